package dev.parallax.index;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A search of the corpus's sentences (see {@link CorpusSearcher}): by words (BM25), by meaning (sentence vectors) or
 * both fused (hybrid, the default); the page of at most {@code limit} hits from {@code offset} on; optionally only
 * in some articles.
 */
public record SearchRequest(String query, Mode mode, int limit, int offset, Optional<Set<String>> articles) {

    /** The most hits one page holds, whatever is asked. */
    public static final int MAX_LIMIT = 100;
    /** The longest query accepted. */
    public static final int MAX_QUERY_CHARS = 500;

    public enum Mode {
        /** Words and meaning, fused. */
        HYBRID,
        /** Words only (BM25). */
        TEXT,
        /** Meaning only (sentence vectors). */
        SEMANTIC;

        /** The mode of its name as users type it: {@code hybrid}, {@code text} (or {@code words}), {@code semantic}. */
        public static Mode of(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "hybrid" -> HYBRID;
                case "text", "words" -> TEXT;
                case "semantic", "meaning" -> SEMANTIC;
                default -> throw new IllegalArgumentException("unknown search mode '" + name
                        + "'; use hybrid (words and meaning, the default), text or semantic");
            };
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchRequest {
        requireNonNull(query, "query");
        requireNonNull(mode, "mode");
        if (query.isBlank()) {
            throw new IllegalArgumentException("empty search query");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query is " + query.length() + " characters; at most " + MAX_QUERY_CHARS);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
        limit = Math.min(limit, MAX_LIMIT);
        articles = articles.map(Set::copyOf);
    }

    /** The first page. */
    public SearchRequest(String query, Mode mode, int limit, Optional<Set<String>> articles) {
        this(query, mode, limit, 0, articles);
    }
}
