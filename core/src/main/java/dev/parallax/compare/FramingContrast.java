package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads: the articles of one story with each article's side, and a background of articles (the whole batch).
 * Adds: for each side, the words and noun phrases it uses markedly more than the other sides — the weighted
 * log-odds ratio with an informative Dirichlet prior from the background (Monroe, Colaresi and Quinn 2008), side
 * against the other sides together — each with the spans where that side uses it. A term counts when its log-odds
 * ratio is at least {@code ln 2} (the side uses it at twice the others' rate or more) and its z-score reaches
 * {@link #MIN_Z}; terms are ranked by z-score. Terms are how things are named: lemmas of common nouns and adjectives,
 * hyphenated compounds ("deal-making", "self-imposed"), and noun phrases of two of them ("joint statement",
 * "technological protectionism"), from the prose sentences of the articles (questions included: rhetorical
 * questions frame too; headings, bylines and captions do not). Names are actors, not framing; so are the outlets,
 * countries and people, numbers, and the words of reporting and generic news words ({@code say}, {@code official},
 * {@code year}). Bad input: a story with one side has no contrast, so no terms.
 */
final class FramingContrast {

    /** Generic news words and words of reporting: they say who spoke and when, not how the thing is named. */
    private static final Set<String> STOP = Set.of("other", "such", "more", "most", "many", "much", "new", "first",
            "last", "next", "year", "day", "week", "month", "time", "way", "thing", "part", "place", "lot", "kind",
            "side", "sides", "issue", "term", "field", "area", "regard", "respect", "number", "people", "one", "recent",
            "several", "various", "certain", "own", "same", "well", "whole", "able", "likely", "possible", "due",
            "official", "spokesperson", "spokesman", "spokeswoman", "source", "report", "statement", "comment",
            "remark", "interview", "news", "article", "story", "media", "reporter", "editor", "analyst", "expert",
            "according", "director", "head", "fellow", "professor", "president", "minister", "leader", "senior",
            "deputy", "chief", "former", "current", "early", "late", "recently", "detail", "topic", "form", "range");
    /** Named-entity classes that name a kind of thing rather than an actor ({@code protectionism}: IDEOLOGY). */
    private static final Set<String> COMMON_CLASSES = Set.of("O", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH",
            "RELIGION");
    /** Strength of the background prior, in pseudo-words. */
    private static final double PRIOR_SIZE = 100;
    /** Terms below this z-score are not shown; in a few articles few terms pass 1.96, so this ranks more than it tests. */
    static final double MIN_Z = 0.5;
    /** The side uses the term at least twice as often (in odds) as the others. */
    private static final double MIN_LOG_ODDS = Math.log(2);
    private static final int PER_SIDE = 8;
    private static final int EVIDENCE = 4;

    private record Occurrence(String term, String article, Span span) {
    }

    /** One word of the text as framing sees it: a token, or a hyphenated compound of three tokens. */
    private record Word(String lemma, String pos, boolean common, Span span) {
    }

    List<FramingTerm> contrast(List<AnnotatedArticle> story, Map<String, String> sideOf, List<AnnotatedArticle> background) {
        Map<String, List<Occurrence>> bySide = new LinkedHashMap<>();
        for (AnnotatedArticle a : story) {
            String side = sideOf.getOrDefault(a.id(), "unknown");
            if (!side.equals("unknown")) {
                bySide.computeIfAbsent(side, k -> new ArrayList<>()).addAll(terms(a));
            }
        }
        if (bySide.size() < 2) {
            return List.of();
        }
        Map<String, Integer> prior = new HashMap<>();
        int priorTotal = 0;
        for (AnnotatedArticle a : background) {
            for (Occurrence o : terms(a)) {
                prior.merge(o.term, 1, Integer::sum);
                priorTotal++;
            }
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        bySide.forEach((side, occ) -> {
            Map<String, Integer> c = new HashMap<>();
            occ.forEach(o -> c.merge(o.term, 1, Integer::sum));
            counts.put(side, c);
            totals.put(side, occ.size());
        });
        List<FramingTerm> out = new ArrayList<>();
        for (String side : bySide.keySet()) {
            Map<String, Integer> mine = counts.get(side);
            Map<String, Integer> rest = new HashMap<>();
            int restTotal = 0;
            for (String other : bySide.keySet()) {
                if (!other.equals(side)) {
                    counts.get(other).forEach((t, n) -> rest.merge(t, n, Integer::sum));
                    restTotal += totals.get(other);
                }
            }
            List<FramingTerm> sideTerms = new ArrayList<>();
            for (Map.Entry<String, Integer> e : mine.entrySet()) {
                int y1 = e.getValue();
                int y2 = rest.getOrDefault(e.getKey(), 0);
                double alpha = PRIOR_SIZE * (prior.getOrDefault(e.getKey(), 0) + 0.5) / (priorTotal + 0.5 * prior.size());
                double n1 = totals.get(side);
                double delta = Math.log((y1 + alpha) / (n1 + PRIOR_SIZE - y1 - alpha))
                        - Math.log((y2 + alpha) / (restTotal + PRIOR_SIZE - y2 - alpha));
                double z = delta / Math.sqrt(1 / (y1 + alpha) + 1 / (y2 + alpha));
                if (z >= MIN_Z && delta >= MIN_LOG_ODDS) {
                    List<FramingTerm.Use> uses = bySide.get(side).stream().filter(o -> o.term.equals(e.getKey()))
                            .limit(EVIDENCE).map(o -> new FramingTerm.Use(o.article, o.span)).toList();
                    sideTerms.add(new FramingTerm(side, e.getKey(), z, y1, uses));
                }
            }
            sideTerms.sort(Comparator.comparingDouble(FramingTerm::zScore).reversed()
                    .thenComparing(Comparator.comparingInt(FramingTerm::count).reversed()).thenComparing(FramingTerm::term));
            out.addAll(dropCovered(sideTerms).stream().limit(PER_SIDE).toList());
        }
        return out;
    }

    /** A word whose every use is inside one of the side's chosen phrases adds nothing; keep the phrase. */
    private static List<FramingTerm> dropCovered(List<FramingTerm> terms) {
        List<FramingTerm> out = new ArrayList<>();
        for (FramingTerm t : terms) {
            boolean covered = !t.term().contains(" ") && terms.stream().anyMatch(p -> p.term().contains(" ")
                    && List.of(p.term().split(" ")).contains(t.term()) && p.count() >= t.count());
            if (!covered) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Occurrence> terms(AnnotatedArticle a) {
        List<Occurrence> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (!isProse(a, s)) {
                continue; // headings, bylines and captions are layout, not framing
            }
            Word previous = null;
            for (Word w : words(s)) {
                boolean content = w.common && (w.pos.startsWith("NN") || w.pos.startsWith("JJ")) && w.lemma.length() > 2
                        && w.lemma.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') && !STOP.contains(w.lemma);
                if (!content) {
                    previous = null;
                    continue;
                }
                out.add(new Occurrence(w.lemma, a.id(), w.span));
                if (previous != null && w.pos.startsWith("NN")) {
                    out.add(new Occurrence(previous.lemma + " " + w.lemma, a.id(), previous.span.union(w.span)));
                }
                previous = w;
            }
        }
        return out;
    }

    /** Six tokens or more with a verb, on one line: a sentence of the article's prose, questions included. */
    private static boolean isProse(AnnotatedArticle a, Sentence s) {
        return s.tokens().size() >= 6 && !s.text(a.text()).strip().contains("\n")
                && s.tokens().stream().map(Token::pos).anyMatch(p -> p.startsWith("VB") || p.equals("MD"));
    }

    /**
     * The sentence's words, with hyphenated compounds written without spaces joined into one ({@code deal-making}),
     * typed by their last part. A word is common when it is no proper noun and no named entity.
     */
    private static List<Word> words(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")
                    && tokens.get(i + 1).span().start() == t.span().end()
                    && tokens.get(i + 2).span().start() == tokens.get(i + 1).span().end()) {
                Token last = tokens.get(i + 2);
                out.add(new Word(t.word().toLowerCase(Locale.ROOT).equals(t.word()) ? t.word() + "-"
                        + last.lemma().toLowerCase(Locale.ROOT) : t.word() + "-" + last.lemma(),
                        last.pos().startsWith("NN") ? "NN" : "JJ",
                        common(t) && common(last), t.span().union(last.span())));
                i += 2;
            } else {
                out.add(new Word(t.lemma().toLowerCase(Locale.ROOT), t.pos(), common(t), t.span()));
            }
        }
        return out;
    }

    private static boolean common(Token t) {
        return !t.pos().startsWith("NNP") && COMMON_CLASSES.contains(t.ner());
    }
}
