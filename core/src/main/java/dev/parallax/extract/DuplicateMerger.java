package dev.parallax.extract;

import dev.parallax.core.Metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads: extracted articles in arrival order. Adds: one article per distinct clean text (same {@link Article#id()}),
 * with every origin and the metadata of all its arrivals merged ({@link Metadata#mergedWith}: a value given with an
 * input wins over one found in a page, the first of two equal-ranked values stays, a value is never replaced by
 * nothing). Articles without text are kept apart, never merged, so each failed input stays visible.
 */
public final class DuplicateMerger {

    /** Merges articles none of whose metadata was given with its input. */
    public List<Article> merge(List<Article> articles) {
        return merge(articles, origin -> Metadata.EMPTY);
    }

    /** Merges articles; {@code given} tells the metadata given with the input of an origin. */
    public List<Article> merge(List<Article> articles, Function<String, Metadata> given) {
        Map<String, Article> byId = new LinkedHashMap<>();
        Map<String, Metadata> givenById = new HashMap<>();
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            if (a.text().isBlank()) {
                out.add(a);
                continue;
            }
            Metadata arrivingGiven = given.apply(a.origin());
            Article first = byId.get(a.id());
            if (first == null) {
                byId.put(a.id(), a);
                givenById.put(a.id(), arrivingGiven);
            } else {
                Metadata firstGiven = givenById.get(a.id());
                byId.put(a.id(), first.withOrigins(a.origins())
                        .withMeta(first.meta().mergedWith(firstGiven, a.meta(), arrivingGiven)));
                givenById.put(a.id(), firstGiven.orElse(arrivingGiven));
            }
        }
        List<Article> merged = new ArrayList<>(byId.values());
        merged.addAll(out);
        return merged;
    }
}
