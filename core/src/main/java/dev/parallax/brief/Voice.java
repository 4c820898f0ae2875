package dev.parallax.brief;

import dev.parallax.core.Span;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Someone an article lets speak: the speaker's label as the article gives it, the id of the actor the speaker is
 * (empty for an unnamed source: "US officials", "the head of research at ByteDance"), the span of what they
 * said and the span of the words that report it ("accused", "did not expect", "called for"), from
 * {@link AttributionVoices}.
 */
public record Voice(String article, String speaker, Optional<String> actor, Span span, Span says) {

    public Voice {
        requireNonNull(article, "article");
        requireNonNull(speaker, "speaker");
        requireNonNull(actor, "actor");
        requireNonNull(span, "span");
        requireNonNull(says, "says");
    }
}
