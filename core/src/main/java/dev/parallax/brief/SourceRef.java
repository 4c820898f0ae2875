package dev.parallax.brief;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/** Where a briefing sentence comes from: a character span of an article's clean text. */
public record SourceRef(String article, String outlet, int start, int end) {

    public SourceRef {
        requireNonNull(article, "article");
        requireNonNull(outlet, "outlet");
        new Span(start, end); // validates the range
    }

    public Span span() {
        return new Span(start, end);
    }
}
