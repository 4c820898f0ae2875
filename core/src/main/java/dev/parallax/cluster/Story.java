package dev.parallax.cluster;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An event story: articles about one happening, with a headline taken from one of them, and the storyline (a chain
 * of connected events) it belongs to. Ids derive from the founding article, so they stay stable as articles arrive.
 */
public record Story(String id, String headline, List<String> articles, String storyline) {

    public Story {
        requireNonNull(id, "id");
        requireNonNull(headline, "headline");
        requireNonNull(storyline, "storyline");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
    }
}
