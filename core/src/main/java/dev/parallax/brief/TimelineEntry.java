package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A dated event, merged across the articles that report it: the sentence that dates it most precisely, its date at
 * that granularity, every article span that reports it, the actors its clauses name, and each source's own date
 * expression.
 *
 * @param date        TIMEX3 value: {@code 2024-05-14}, {@code 2023-11}, {@code 2023}, {@code 2024-SP}
 * @param granularity day, week, month, season, quarter or year
 * @param expression  the date expression of {@code text}, as written
 * @param sources     every article span (sentence) that reports this event; the first one holds {@code text}.
 *                    Sources without an entry in {@code dates} restate the event without dating it.
 * @param actors      ids of the actors named in the dated clauses (see the briefing's {@code actors})
 * @param dates       the date expression of each dated source, as that article wrote and anchored it
 * @param shownIn     empty when the timeline shows {@code text}; otherwise the story section that already shows
 *                    that sentence (see {@link StoryBrief}): the entry gives the date and refers there
 */
public record TimelineEntry(String date, String granularity, String expression, String text,
                            List<SourceRef> sources, List<String> actors, List<DateRef> dates, String shownIn) {

    /** The entry as the story's timeline shows it, or refers to the section that already shows its sentence. */
    public TimelineEntry shownIn(String section) {
        return new TimelineEntry(date, granularity, expression, text, sources, actors, dates, section);
    }

    public TimelineEntry {
        requireNonNull(date, "date");
        requireNonNull(granularity, "granularity");
        requireNonNull(expression, "expression");
        requireNonNull(text, "text");
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        dates = List.copyOf(dates);
        requireNonNull(shownIn, "shownIn");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("timeline entry without a source: " + text);
        }
    }
}
