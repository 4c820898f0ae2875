package dev.parallax.index;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One search result: a sentence of an article, the span {@code [start, end)} of the article's clean text it covers.
 *
 * @param origin  the input the article first came from, as given to {@code ingest}
 * @param score   BM25 score (words), cosine similarity (meaning) or fused reciprocal-rank score (hybrid)
 * @param match   what found it: {@code words}, {@code meaning} or {@code words+meaning}
 * @param snippet the text of {@code [start, end)}
 */
public record SearchHit(String article, String origin, List<String> origins, String title, String outlet,
                        String published, String url, float score, String match, int start, int end, String snippet) {

    public SearchHit {
        requireNonNull(article, "article");
        requireNonNull(origin, "origin");
        origins = List.copyOf(origins);
        requireNonNull(match, "match");
        requireNonNull(snippet, "snippet");
    }
}
