package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A dated event: the sentence that dates it, the date expression as written and its normalised value.
 *
 * @param date        TIMEX3 value: {@code 2024-05-14}, {@code 2023-11}, {@code 2023}, {@code 2024-SP}
 * @param granularity day, week, month, season, quarter or year
 * @param sources     every article span that reports this event on this date
 */
public record TimelineEntry(String date, String granularity, String expression, String text,
                            List<SourceRef> sources) {

    public TimelineEntry {
        requireNonNull(date, "date");
        requireNonNull(granularity, "granularity");
        requireNonNull(expression, "expression");
        requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }
}
