package dev.parallax.resolve;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/** One place an actor is named: the article, the span over its clean text and the text there ("Lee"). */
public record ActorMention(String article, Span span, String text) {

    public ActorMention {
        requireNonNull(article, "article");
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        if (span.isEmpty()) {
            throw new IllegalArgumentException("empty mention span " + span + " in article " + article);
        }
    }
}
