package dev.parallax.index;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One search result: an article and the span of its clean text that matched best.
 *
 * @param origin  the input the article first came from, as given to {@code ingest}
 * @param snippet the text of {@code [start, end)}
 */
public record SearchHit(String article, String origin, List<String> origins, String title, String outlet,
                        String published, String url, float score, int start, int end, String snippet) {

    public SearchHit {
        requireNonNull(article, "article");
        requireNonNull(origin, "origin");
        origins = List.copyOf(origins);
        requireNonNull(snippet, "snippet");
    }
}
