package dev.parallax.brief;

import static java.util.Objects.requireNonNull;

/**
 * A date expression of an article with its normalised date.
 *
 * @param date        TIMEX3 calendar value ({@code 2024-05-14}, {@code 2023-11}, {@code 2024-SP}, {@code 2023}), or
 *                    {@code null} when it could not be anchored
 * @param granularity day, week, month, season, quarter or year; {@code null} with {@code date}
 * @param timex       the value SUTime gave, before anchoring ({@code XXXX-WXX-2})
 * @param anchor      text (a full date as written), published (relative to the stated publication date),
 *                    inferred (relative to an inferred publication date) or none
 */
public record DateRef(String article, int start, int end, String text, String date, String granularity,
                      String timex, String anchor) {

    public DateRef {
        requireNonNull(article, "article");
        requireNonNull(text, "text");
        requireNonNull(timex, "timex");
        requireNonNull(anchor, "anchor");
    }
}
