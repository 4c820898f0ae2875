package dev.parallax.annotate;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/**
 * A date or time expression with its TIMEX3 value, normalised by SUTime against the article's publication date.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: {@code 2024-05-14}, {@code 2023-11}, {@code 2024-SP}, {@code PAST_REF}, or
 *              {@code XXXX-WXX-2} when no publication date anchored it; empty when SUTime gave none
 */
public record TimeExpression(Span span, String text, String type, String value, int sentence) {

    public TimeExpression {
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(type, "type");
        requireNonNull(value, "value");
    }
}
