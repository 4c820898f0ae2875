package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.core.Span;
import dev.parallax.resolve.CalendarDate;
import dev.parallax.resolve.DatedEvent;
import dev.parallax.resolve.DatedExpression;
import dev.parallax.resolve.EventFinder;
import dev.parallax.resolve.EventTerms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads: articles, their dated events (anchored on stated or inferred publication dates) and the ids of the
 * government actors. Adds: the timeline — one entry per event, the same event from several articles merged: their
 * dates must be compatible (one contains the other: "this spring" and 2024-05-14; "last year" and November 2023)
 * and they must say the same thing: a shared name and wording, or much shared wording, or a shared actor other than
 * a government. An entry is dated at the finest granularity its sources give, lists every source span, and also the
 * sentences of other articles that restate the event undated ("the understandings reached … in San Francisco").
 * Entries are ordered by date. Headings and questions date nothing; unanchored dates are left out.
 */
final class TimelineBuilder {

    private static final double SAME_WORDING = 0.3;
    private static final double SAME_ACTORS_WORDING = 0.2;

    private final EventFinder finder;

    TimelineBuilder(EventFinder finder) {
        this.finder = finder;
    }

    private record Member(AnnotatedArticle article, DatedEvent event, int order) {
    }

    private static final class Entry {
        final List<Member> members = new ArrayList<>();
        final List<SourceRef> restated = new ArrayList<>();
        CalendarDate date;

        Entry(Member first) {
            members.add(first);
            date = first.event.calendarDate();
        }

        Set<String> articles() {
            Set<String> out = new LinkedHashSet<>();
            members.forEach(m -> out.add(m.article.id()));
            restated.forEach(r -> out.add(r.article()));
            return out;
        }
    }

    List<TimelineEntry> build(List<AnnotatedArticle> articles, Map<String, List<DatedEvent>> events,
                              Set<String> governments) {
        List<Entry> entries = new ArrayList<>();
        int order = 0;
        for (AnnotatedArticle a : articles) {
            for (DatedEvent e : events.getOrDefault(a.id(), List.of())) {
                Optional<Sentence> s = sentenceAt(a, e.sentence());
                if (s.isEmpty() || !NewsPicker.isStatement(a, s.get())) {
                    continue;
                }
                Member m = new Member(a, e, order++);
                Optional<Entry> same = entries.stream().filter(x -> joins(x, m, governments)).findFirst();
                if (same.isPresent()) {
                    Entry x = same.get();
                    x.members.add(m);
                    if (x.date.contains(e.calendarDate())) {
                        x.date = e.calendarDate();
                    }
                } else {
                    entries.add(new Entry(m));
                }
            }
        }
        for (Entry x : entries) {
            for (AnnotatedArticle b : articles) {
                if (x.articles().contains(b.id())) {
                    continue;
                }
                for (Member m : List.copyOf(x.members)) {
                    Optional<Span> restated = finder.restatement(b, m.event);
                    if (restated.isPresent()) {
                        x.restated.add(Briefer.ref(b, restated.get()));
                        break;
                    }
                }
            }
        }
        return entries.stream()
                .sorted(Comparator.comparing((Entry x) -> x.date)
                        .thenComparingInt(x -> x.members.stream().mapToInt(Member::order).min().orElse(0)))
                .map(TimelineBuilder::entry)
                .toList();
    }

    private static boolean joins(Entry x, Member m, Set<String> governments) {
        if (!x.date.compatible(m.event.calendarDate())) {
            return false;
        }
        boolean sameSentence = x.members.stream().anyMatch(o -> o.article == m.article
                && o.event.sentence().equals(m.event.sentence()));
        if (sameSentence) {
            return true;
        }
        if (x.members.stream().anyMatch(o -> o.article == m.article)) {
            return false; // one article reports different events on one date in different sentences
        }
        return x.members.stream().anyMatch(o -> similar(o.event, m.event, governments));
    }

    private static boolean similar(DatedEvent a, DatedEvent b, Set<String> governments) {
        Set<String> shared = EventTerms.shared(a.terms(), b.terms());
        double overlap = EventTerms.overlap(a.terms(), b.terms());
        Set<String> actors = new LinkedHashSet<>(a.actors());
        actors.retainAll(b.actors());
        actors.removeAll(governments);
        return EventTerms.shareName(a.terms(), b.terms()) && shared.size() >= 2
                || overlap >= SAME_WORDING && shared.size() >= 3
                || !actors.isEmpty() && overlap >= SAME_ACTORS_WORDING;
    }

    private static TimelineEntry entry(Entry x) {
        // The entry speaks with its most precise source; a date the page anchors beats an inferred one.
        Member lead = x.members.stream()
                .min(Comparator.comparing((Member m) -> m.event.calendarDate().granularity())
                        .thenComparing(m -> m.event.date().anchor() == DatedExpression.Anchor.INFERRED)
                        .thenComparingInt(Member::order))
                .orElseThrow();
        List<SourceRef> sources = new ArrayList<>();
        sources.add(Briefer.ref(lead.article, lead.event.sentence()));
        List<String> actors = new ArrayList<>();
        List<DateRef> dates = new ArrayList<>();
        List<Member> ordered = new ArrayList<>(x.members);
        ordered.remove(lead);
        ordered.addFirst(lead);
        for (Member m : ordered) {
            SourceRef ref = Briefer.ref(m.article, m.event.sentence());
            if (!sources.contains(ref)) {
                sources.add(ref);
            }
            m.event.actors().stream().filter(id -> !actors.contains(id)).forEach(actors::add);
            dates.add(dateRef(m.event.date()));
        }
        x.restated.stream().filter(r -> !sources.contains(r)).forEach(sources::add);
        return new TimelineEntry(x.date.value(), x.date.granularity().label(), lead.event.date().text(),
                lead.event.sentence().of(lead.article.text()), sources, actors, dates, "");
    }

    static DateRef dateRef(DatedExpression d) {
        return new DateRef(d.article(), d.span().start(), d.span().end(), d.text(),
                d.date().map(CalendarDate::value).orElse(null),
                d.date().map(c -> c.granularity().label()).orElse(null), d.timex(),
                d.anchor().name().toLowerCase(Locale.ROOT));
    }

    private static Optional<Sentence> sentenceAt(AnnotatedArticle a, Span span) {
        return a.sentences().stream().filter(s -> s.span().equals(span)).findFirst();
    }
}
