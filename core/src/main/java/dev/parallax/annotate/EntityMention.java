package dev.parallax.annotate;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/**
 * A named-entity mention found by CoreNLP.
 *
 * @param type CoreNLP's fine-grained type: PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY,
 *             TITLE, MISC, ... (date and time expressions are {@link TimeExpression}s instead)
 */
public record EntityMention(Span span, String text, String type, int sentence) {

    public EntityMention {
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(type, "type");
    }
}
