package dev.parallax.cluster;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.similarities.ClassicSimilarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of content lemmas and entity names, weighted by the document frequencies of one batch: a term's
 * weight is its sublinear frequency times Lucene's classic inverse document frequency ({@link ClassicSimilarity}).
 * Lemmas are CoreNLP's, of nouns, verbs and adjectives; Lucene's English stop words and light verbs are left out.
 * Immutable once built.
 */
public final class TermVectors {

    /** Verbs too common in news to tell stories apart. */
    private static final Set<String> LIGHT_VERBS = Set.of("have", "do", "say", "make", "get", "go", "also");
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final ClassicSimilarity SIMILARITY = new ClassicSimilarity();

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TermVectors(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.documents = documents;
    }

    /** Document frequencies over the given articles. */
    public static TermVectors of(Collection<AnnotatedArticle> articles) {
        Map<String, Integer> df = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            counts(a.sentences(), a.entities()).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        return new TermVectors(df, articles.size());
    }

    /** Document frequencies over the term counts of articles (as {@link #counts(AnnotatedArticle)} gives them). */
    public static TermVectors ofCounts(Collection<Map<String, Integer>> articles) {
        Map<String, Integer> df = new HashMap<>();
        articles.forEach(a -> a.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        return new TermVectors(df, articles.size());
    }

    /** How often each content lemma (nouns, verbs, adjectives) and entity name ({@code entity:…}) occurs. */
    public static Map<String, Integer> counts(AnnotatedArticle a) {
        return counts(a.sentences(), a.entities());
    }

    public Map<String, Double> article(AnnotatedArticle a) {
        return weigh(counts(a.sentences(), a.entities()));
    }

    /** The TF-IDF vector of term counts. */
    public Map<String, Double> weigh(Map<String, Integer> tf) {
        Map<String, Double> v = new HashMap<>();
        tf.forEach((term, n) -> {
            double idf = SIMILARITY.idf(documentFrequency.getOrDefault(term, 0), documents);
            v.put(term, (1 + Math.log(n)) * idf);
        });
        return v;
    }

    public Map<String, Double> sentence(AnnotatedArticle a, Sentence s) {
        List<EntityMention> inSentence = a.entities().stream().filter(e -> e.sentence() == s.index()).toList();
        return weigh(counts(List.of(s), inSentence));
    }

    /** How often each content lemma and entity name occurs in the given sentences and mentions. */
    public static Map<String, Integer> counts(List<Sentence> sentences, List<EntityMention> entities) {
        Map<String, Integer> tf = new HashMap<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                boolean content = t.pos().startsWith("NN") || t.pos().startsWith("VB") || t.pos().startsWith("JJ");
                if (content && lemma.length() > 2 && !STOP_WORDS.contains(lemma) && !LIGHT_VERBS.contains(lemma)) {
                    tf.merge(lemma, 1, Integer::sum);
                }
            }
        }
        for (EntityMention e : entities) {
            tf.merge("entity:" + e.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return tf;
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm(a) * norm(b));
    }

    /** The sum of vectors, for a centroid. */
    public static Map<String, Double> sum(Collection<Map<String, Double>> vectors) {
        Map<String, Double> out = new HashMap<>();
        vectors.forEach(v -> v.forEach((k, w) -> out.merge(k, w, Double::sum)));
        return out;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double w : v.values()) {
            s += w * w;
        }
        return Math.sqrt(s);
    }
}
