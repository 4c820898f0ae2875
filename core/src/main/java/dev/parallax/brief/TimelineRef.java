package dev.parallax.brief;

import static java.util.Objects.requireNonNull;

/**
 * An entry of the corpus-wide timeline: the date of a dated event and where it is shown — entry {@code entry} (from
 * 0) of the timeline of story {@code story}. The corpus timeline orders the stories' events by date and refers to
 * them; the event itself, its sentence and sources, is shown once, in its story.
 *
 * @param date        TIMEX3 value, as the story's entry gives it
 * @param granularity day, week, month, season, quarter or year
 */
public record TimelineRef(String date, String granularity, String story, int entry) {

    public TimelineRef {
        requireNonNull(date, "date");
        requireNonNull(granularity, "granularity");
        requireNonNull(story, "story");
        if (entry < 0) {
            throw new IllegalArgumentException("timeline entry index " + entry + " of story " + story + " is negative");
        }
    }
}
