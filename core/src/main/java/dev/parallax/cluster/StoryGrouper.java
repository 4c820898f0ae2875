package dev.parallax.cluster;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.core.Ids;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads: annotated articles. Adds: stories — groups of articles whose TF-IDF vectors (content lemmas and entity
 * names) are similar, by single-link grouping above a threshold. The result does not depend on input order:
 * articles are sorted by id first, and story ids derive from their smallest member id.
 * Articles without text form no story.
 */
public final class StoryGrouper {

    /** Cosine similarity above which two articles are taken to cover the same story. */
    public static final double DEFAULT_THRESHOLD = 0.25;

    private final double threshold;

    public StoryGrouper() {
        this(DEFAULT_THRESHOLD);
    }

    public StoryGrouper(double threshold) {
        this.threshold = threshold;
    }

    public List<Story> group(List<AnnotatedArticle> input) {
        List<AnnotatedArticle> articles = input.stream().filter(a -> !a.text().isBlank())
                .sorted(Comparator.comparing(AnnotatedArticle::id)).toList();
        TermVectors tfidf = TermVectors.of(articles);
        List<Map<String, Double>> vectors = articles.stream().map(tfidf::article).toList();
        int n = articles.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (TermVectors.cosine(vectors.get(i), vectors.get(j)) >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Story> stories = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            List<String> ids = members.stream().map(i -> articles.get(i).id()).toList();
            stories.add(new Story("s-" + Ids.ofText(ids.getFirst()).substring(0, 8),
                    headline(members, articles, vectors), ids));
        }
        stories.sort(Comparator.comparing((Story s) -> -s.articles().size()).thenComparing(Story::id));
        return stories;
    }

    /** The title of the member most similar to the others (the first titled member for a single article). */
    private static String headline(List<Integer> members, List<AnnotatedArticle> articles,
                                   List<Map<String, Double>> vectors) {
        int best = members.getFirst();
        double bestScore = -1;
        for (int i : members) {
            if (articles.get(i).article().title().isBlank()) {
                continue;
            }
            double score = 0;
            for (int j : members) {
                if (i != j) {
                    score += TermVectors.cosine(vectors.get(i), vectors.get(j));
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        String title = articles.get(best).article().title();
        return title.isBlank() ? "Untitled story" : title;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
