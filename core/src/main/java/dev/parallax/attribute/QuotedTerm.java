package dev.parallax.attribute;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/**
 * Words in quotation marks that are not a statement: a scare quote, a coined term, a title or a name.
 * Kept so that readers can see them, never attributed to anyone.
 *
 * @param span the quoted words with their marks
 */
public record QuotedTerm(Span span, Reason reason) {

    /** Why the quotation is not a statement. */
    public enum Reason {
        /** A few words marked as someone's term or held at a distance: {@code “safe”}, {@code “deliverables”}. */
        SCARE_QUOTE,
        /** A title or a name: {@code “Bletchley Declaration”}, {@code “The Intellectual”}. */
        TITLE_OR_NAME
    }

    public QuotedTerm {
        requireNonNull(span, "span");
        requireNonNull(reason, "reason");
    }
}
