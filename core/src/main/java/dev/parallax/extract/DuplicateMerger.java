package dev.parallax.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads: extracted articles in arrival order. Adds: one article per distinct clean text (same {@link Article#id()}),
 * keeping the first arrival's metadata and every origin. Articles without text are kept apart, never merged, so
 * each failed input stays visible.
 */
public final class DuplicateMerger {

    public List<Article> merge(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            if (a.text().isBlank()) {
                out.add(a);
                continue;
            }
            byId.merge(a.id(), a, (first, again) -> first.withOrigins(again.origins()));
        }
        List<Article> merged = new ArrayList<>(byId.values());
        merged.addAll(out);
        return merged;
    }
}
