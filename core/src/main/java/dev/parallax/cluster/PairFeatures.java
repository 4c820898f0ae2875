package dev.parallax.cluster;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the {@link PairScorer} reads of two articles, each value in [0, 1]: whether they report the same event.
 *
 * @param content    cosine of the embeddings of their titles and leads (negative cosines count as 0)
 * @param title      cosine of the embeddings of their titles (the content cosine when either has no title)
 * @param terms      TF-IDF cosine of their content lemmas and entity names (the baseline's similarity)
 * @param termShare  rarity-weighted share of the terms of the article with fewer that the other has too
 * @param titleWords Dice overlap of the stemmed words of their titles, stop words left out
 * @param titleInText share of each title's stemmed words found in the other article's terms (the mean of both ways):
 *                   headlines framed differently still name what the other report tells
 * @param entities   rarity-weighted Jaccard overlap of their named entities (a lone generic name in common is little)
 * @param numbers    distinctive numbers both state, up to three (3 reads as 1)
 * @param days       days between their publication days, up to a week (7 reads as 1; one day when either is
 *                   undated)
 *
 * <p>The scorer also reads two interactions with the days, worked out from these ({@link #values()}):
 * {@code content × (1 − days)} and {@code termShare × (1 − days)}, as a close meaning or shared rare words count for
 * more the nearer the days.
 */
public record PairFeatures(double content, double title, double terms, double termShare, double titleWords,
                           double titleInText, double entities, double numbers, double days) {

    /** The feature names, in the order of {@link #values()}. */
    public static final List<String> NAMES = List.of("content", "title", "terms", "termShare", "titleWords",
            "titleInText", "entities", "numbers", "days", "contentByDay", "termShareByDay");

    private static final Analyzer TITLE_ANALYZER = new EnglishAnalyzer();
    private static final int MAX_NUMBERS = 3;
    private static final double MAX_DAYS = 7;
    /**
     * Days taken between two articles when either is undated: a day, the usual spread of coverage of one event, so
     * that a missing date neither counts as the same day nor rules the pair out.
     */
    private static final double UNDATED_DAYS = 1;

    public PairFeatures {
        for (double v : new double[] {content, title, terms, termShare, titleWords, titleInText, entities, numbers,
                days}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("pair feature " + v + " is outside [0, 1]");
            }
        }
    }

    /** The values, in the order of {@link #NAMES}: the features, then their interactions with the days. */
    public double[] values() {
        return new double[] {content, title, terms, termShare, titleWords, titleInText, entities, numbers, days,
                content * (1 - days), termShare * (1 - days)};
    }

    /**
     * One article as pairs compare it: its signal with its title's stemmed words worked out once.
     */
    public record Side(ArticleSignal signal, Set<String> titleWords, Set<String> textWords, boolean hasTitle) {
        public Side {
            titleWords = Set.copyOf(titleWords);
            textWords = Set.copyOf(textWords);
        }

        public static Side of(ArticleSignal signal) {
            StringBuilder text = new StringBuilder();
            signal.terms().keySet().forEach(t -> text.append(t.startsWith("entity:") ? t.substring(7) : t).append(' '));
            return new Side(signal, stems(signal.title()), stems(text.toString()), signal.hasTitle());
        }
    }

    /** The features of a pair, with rarities of terms and entities counted over a corpus. */
    public static PairFeatures of(Side a, Side b, Rarity rarity) {
        ArticleSignal x = a.signal();
        ArticleSignal y = b.signal();
        double content = clamp(StoryIndex.dot(x.vector(), y.vector()));
        double title = a.hasTitle() && b.hasTitle() ? clamp(StoryIndex.dot(x.titleVector(), y.titleVector())) : content;
        double terms = clamp(TermVectors.cosine(weigh(x.terms(), rarity), weigh(y.terms(), rarity)));
        double termShare = termShare(x.terms(), y.terms(), rarity);
        double titleWords = a.titleWords().isEmpty() || b.titleWords().isEmpty() ? 0
                : 2.0 * shared(a.titleWords(), b.titleWords()) / (a.titleWords().size() + b.titleWords().size());
        double titleInText = 0.5 * (share(a.titleWords(), b.textWords()) + share(b.titleWords(), a.textWords()));
        double entities = entities(x.entities(), y.entities(), rarity);
        double numbers = Math.min(MAX_NUMBERS, shared(Set.copyOf(x.numbers()), Set.copyOf(y.numbers())))
                / (double) MAX_NUMBERS;
        double days = x.published().isEmpty() || y.published().isEmpty() ? UNDATED_DAYS / MAX_DAYS
                : Math.min(MAX_DAYS, Math.abs(ChronoUnit.DAYS.between(x.published().get(), y.published().get())))
                / MAX_DAYS;
        return new PairFeatures(content, title, terms, termShare, titleWords, titleInText, entities, numbers, days);
    }

    /** The keys whose rarity matters to the features: an article's terms and its entities. */
    public static Set<String> rarityKeys(ArticleSignal a) {
        Set<String> keys = new TreeSet<>(a.terms().keySet());
        a.entities().forEach(e -> keys.add("name:" + e));
        return keys;
    }

    private static double entities(List<String> a, List<String> b, Rarity rarity) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double sumA = 0;
        double sumB = 0;
        double common = 0;
        Set<String> inB = Set.copyOf(b);
        for (String e : a) {
            double w = rarity.idf("name:" + e);
            sumA += w;
            if (inB.contains(e)) {
                common += w;
            }
        }
        for (String e : b) {
            sumB += rarity.idf("name:" + e);
        }
        return clamp(common / (sumA + sumB - common));
    }

    private static double termShare(Map<String, Integer> a, Map<String, Integer> b, Rarity rarity) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double all = 0;
        double common = 0;
        for (String t : small.keySet()) {
            double w = rarity.idf(t);
            all += w;
            if (large.containsKey(t)) {
                common += w;
            }
        }
        return clamp(common / all);
    }

    /** The share of {@code words} found in {@code in}; 0 when there are no words. */
    private static double share(Set<String> words, Set<String> in) {
        return words.isEmpty() ? 0 : shared(words, in) / (double) words.size();
    }

    private static Map<String, Double> weigh(Map<String, Integer> counts, Rarity rarity) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((term, n) -> v.put(term, (1 + Math.log(n)) * rarity.idf(term)));
        return v;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }

    /** The title's words as Lucene's English analyzer stems them, stop words left out. */
    static Set<String> stems(String title) {
        Set<String> out = new TreeSet<>();
        try (TokenStream ts = TITLE_ANALYZER.tokenStream("title", title)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a title in memory failed", e);
        }
        return out;
    }
}
