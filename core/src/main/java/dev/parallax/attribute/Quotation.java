package dev.parallax.attribute;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/**
 * A stretch of text between quotation marks, marks included.
 *
 * @param continues whether this quotation carries on the previous one: a quotation left open at the end of a
 *                  paragraph whose next paragraph opens with a quotation mark is one quotation in several pieces
 */
public record Quotation(Span span, boolean continues) {

    public Quotation {
        requireNonNull(span, "span");
        if (span.length() < 2) {
            throw new IllegalArgumentException("quotation " + span + " is shorter than its marks");
        }
    }

    /** The quoted words without the marks (and without a mark left open at a paragraph end). */
    public Span inner(String text) {
        int start = span.start() + 1;
        if (start < span.end() && Quotes.isMark(String.valueOf(text.charAt(start)))) {
            start++;
        }
        int end = span.end();
        while (end > start && end > span.end() - 2 && Quotes.isMark(String.valueOf(text.charAt(end - 1)))) {
            end--;
        }
        return new Span(start, Math.max(start, end));
    }
}
