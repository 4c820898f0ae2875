package dev.parallax.index;

import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A search: full-text (BM25 over titles and texts; {@code "phrases"}, {@code +must}, {@code -not}, {@code pre*})
 * or semantic (nearest sentences by meaning), at most {@code limit} hits, optionally restricted to some articles.
 */
public record SearchRequest(String query, Mode mode, int limit, Optional<Set<String>> articles) {

    /** The most hits one search returns, whatever is asked. */
    public static final int MAX_LIMIT = 100;

    public enum Mode { TEXT, SEMANTIC }

    public SearchRequest {
        requireNonNull(query, "query");
        requireNonNull(mode, "mode");
        if (query.isBlank()) {
            throw new IllegalArgumentException("empty search query");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("search limit must be at least 1, got " + limit);
        }
        limit = Math.min(limit, MAX_LIMIT);
        articles = articles.map(Set::copyOf);
    }
}
