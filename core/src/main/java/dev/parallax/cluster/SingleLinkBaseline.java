package dev.parallax.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The classic baseline that story clustering is measured against: TF-IDF vectors of the articles (document
 * frequencies over the batch), and single-link grouping — two articles are in one cluster when a chain of pairs, each
 * published at most {@code windowDays} apart and with a cosine of at least the threshold, joins them.
 *
 * <p>Reads: articles' term counts (as {@link TermVectors#counts} gives them) and publication days. Adds: a cluster
 * label per article. Bad input: an undated article is compared with every other; an article without terms stays
 * alone.
 */
public final class SingleLinkBaseline {

    /** One article: its id, day (empty when unknown) and term counts. */
    public record Item(String id, Optional<LocalDate> published, Map<String, Integer> terms) {
        public Item {
            requireNonNull(id, "id");
            requireNonNull(published, "published");
            terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms)); // the same sums every run
        }
    }

    private final List<Item> items;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final int windowDays;

    public SingleLinkBaseline(List<Item> items, int windowDays) {
        this.items = List.copyOf(items);
        TermVectors tfidf = TermVectors.ofCounts(this.items.stream().map(Item::terms).toList());
        this.items.forEach(i -> vectors.add(tfidf.weigh(i.terms())));
        this.windowDays = windowDays;
    }

    /** Cluster label (the id of one member) of every article at this cosine threshold. */
    public Map<String, String> cluster(double threshold) {
        int n = items.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (near(items.get(i), items.get(j)) && TermVectors.cosine(vectors.get(i), vectors.get(j)) >= threshold) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(items.get(i).id(), items.get(root(parent, i)).id());
        }
        return out;
    }

    private boolean near(Item a, Item b) {
        if (a.published().isEmpty() || b.published().isEmpty()) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get())) <= windowDays;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
