package dev.parallax.attribute;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/**
 * The medium a statement reached the article through: the outlet told, quoting or cited.
 *
 * @param name the outlet as written, without a leading article ({@code Global Times})
 * @param span its mention in the clean text
 */
public record Intermediary(String name, Span span) {

    public Intermediary {
        requireNonNull(name, "name");
        requireNonNull(span, "span");
        if (name.isBlank()) {
            throw new IllegalArgumentException("intermediary at " + span + " has a blank name");
        }
    }
}
