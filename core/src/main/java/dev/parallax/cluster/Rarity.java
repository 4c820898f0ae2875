package dev.parallax.cluster;

import org.apache.lucene.search.similarities.ClassicSimilarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How rare each term or entity is among the articles counted so far: Lucene's classic inverse document frequency,
 * {@code 1 + ln((n + 1) / (df + 1))}. Grows as articles are counted; not thread-safe.
 */
public final class Rarity {

    private static final ClassicSimilarity SIMILARITY = new ClassicSimilarity();

    private final Map<String, Integer> frequency = new HashMap<>();
    private long documents;

    /** The rarity of the keys of the given articles (each collection one article's distinct keys). */
    public static Rarity of(Collection<? extends Collection<String>> articles) {
        Rarity r = new Rarity();
        articles.forEach(r::count);
        return r;
    }

    /** Counts one article's keys (duplicates count once). */
    public void count(Collection<String> keys) {
        documents++;
        keys.stream().distinct().forEach(k -> frequency.merge(k, 1, Integer::sum));
    }

    /** The inverse document frequency of the key; a key never counted is as rare as can be. */
    public double idf(String key) {
        return SIMILARITY.idf(frequency.getOrDefault(key, 0), documents);
    }
}
