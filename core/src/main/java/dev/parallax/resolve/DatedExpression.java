package dev.parallax.resolve;

import dev.parallax.core.Span;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A date expression of an article with its calendar date: "last year" → 2023, "on Tuesday" → 2024-05-14.
 *
 * @param timex    the value SUTime gave it ({@code XXXX-WXX-2}, {@code THIS P1Y OFFSET P-1Y}, {@code 2023-11})
 * @param date     its calendar date; empty when it could not be anchored (no publication date, or not a calendar
 *                 date: "recently", "the future")
 * @param anchor   what the date rests on
 * @param sentence the index of its sentence
 */
public record DatedExpression(String article, Span span, String text, String timex, Optional<CalendarDate> date,
                              Anchor anchor, int sentence) {

    /** What a date rests on. */
    public enum Anchor {
        /** The expression is a full date by itself ("in 2017", "May 14, 2024"). */
        TEXT,
        /** A relative expression resolved against the publication date the article states. */
        PUBLISHED,
        /** A relative expression resolved against a publication date Parallax inferred. */
        INFERRED,
        /** Not anchored. */
        NONE
    }

    public DatedExpression {
        requireNonNull(article, "article");
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(timex, "timex");
        requireNonNull(date, "date");
        requireNonNull(anchor, "anchor");
        if (date.isEmpty() != (anchor == Anchor.NONE)) {
            throw new IllegalArgumentException("date expression '" + text + "' in " + article
                    + ": anchor " + anchor + " does not fit date " + date);
        }
    }
}
