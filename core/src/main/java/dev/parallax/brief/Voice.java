package dev.parallax.brief;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/**
 * Someone an article lets speak: the speaker's name as the article gives it and the span of what they said (or of
 * the attribution), from {@link AttributionVoices}.
 */
public record Voice(String article, String speaker, Span span) {

    public Voice {
        requireNonNull(article, "article");
        requireNonNull(speaker, "speaker");
        requireNonNull(span, "span");
    }
}
