package dev.parallax.cluster;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A group of articles about one story, with a headline taken from one of them. */
public record Story(String id, String headline, List<String> articles) {

    public Story {
        requireNonNull(id, "id");
        requireNonNull(headline, "headline");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
    }
}
