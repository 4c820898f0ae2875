package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.cluster.TermVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads: the annotated articles of one story. Adds: the timeline — every sentence with a calendar date (a day,
 * week, month, season, quarter or year as normalised by SUTime), ordered by date; the same date reported in
 * similar words by several articles becomes one entry listing every source span. Dates that could not be anchored
 * (no publication date: "Tuesday" stays XXXX-WXX-2) and vague references (PAST_REF) are left out.
 */
final class TimelineBuilder {

    private static final Pattern CALENDAR = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2}|-(SP|SU|FA|WI)|-Q\\d)?$");
    private static final double SAME_EVENT = 0.3;

    private record Event(String date, String granularity, String expression, AnnotatedArticle article,
                         Sentence sentence, Map<String, Double> vector, List<SourceRef> sources) {
    }

    List<TimelineEntry> build(List<AnnotatedArticle> story, TermVectors tfidf) {
        List<Event> events = new ArrayList<>();
        for (AnnotatedArticle a : story) {
            for (TimeExpression t : a.times()) {
                if (!t.type().equals("DATE") || !CALENDAR.matcher(t.value()).matches()) {
                    continue;
                }
                Sentence s = a.sentences().get(t.sentence());
                if (!NewsPicker.isStatement(a, s)) {
                    continue;
                }
                Map<String, Double> v = tfidf.sentence(a, s);
                Optional<Event> same = events.stream()
                        .filter(e -> e.date.equals(t.value()) && (e.sentence == s
                                || e.article != a && TermVectors.cosine(e.vector, v) >= SAME_EVENT))
                        .findFirst();
                if (same.isPresent()) {
                    if (same.get().sentence != s) {
                        same.get().sources.add(Briefer.ref(a, s.span()));
                    }
                    continue;
                }
                List<SourceRef> sources = new ArrayList<>();
                sources.add(Briefer.ref(a, s.span()));
                events.add(new Event(t.value(), granularity(t.value()), t.text(), a, s, v, sources));
            }
        }
        return events.stream()
                .sorted(Comparator.comparing(Event::date))
                .map(e -> new TimelineEntry(e.date, e.granularity, e.expression, e.sentence.text(e.article.text()),
                        e.sources))
                .toList();
    }

    static String granularity(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "day";
        }
        if (value.matches("\\d{4}-W\\d{2}")) {
            return "week";
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return "month";
        }
        if (value.matches("\\d{4}-(SP|SU|FA|WI)")) {
            return "season";
        }
        if (value.matches("\\d{4}-Q\\d")) {
            return "quarter";
        }
        return "year";
    }
}
