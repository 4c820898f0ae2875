package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.extract.Article;
import dev.parallax.extract.DateLines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: a batch of annotated articles, some without a publication date. Adds: for each of those, a
 * {@link DateInference} — a date with a confidence and the evidence, or "unknown" with the reason.
 * <p>The method: an undated article's bare weekday ("talks … in Geneva on Tuesday") is matched to a dated event of
 * another article (same weekday, shared wording and a shared name such as a place: "The talks are scheduled on
 * Tuesday in Geneva", 2024-05-14). Taking a bare weekday as that day of the publication week (as SUTime does), the
 * article appeared in that week: on or before the day when the clause is in the future tense, on or after it when
 * in the past. Its other weekdays then narrow the window ("rolled out … Monday": on or after that Monday), and so
 * does the latest full date it reports in the past tense. Without a matching event the date stays unknown.
 * Articles with a stated date get no inference. Stateless and thread-safe.
 */
public final class PublicationDateInferrer {

    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
    private static final double MIN_OVERLAP = 0.3;
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\b\\d{4}\\b");
    /** The match between articles is a heuristic: a one-day window is not a certainty. */
    private static final double MATCH_TRUST = 0.9;

    private record DatedEvent(AnnotatedArticle article, TimeExpression time, LocalDate day, Set<String> terms) {
    }

    private record Match(TimeExpression time, DatedEvent event, Set<String> shared, double score) {
    }

    public Map<String, DateInference> infer(List<AnnotatedArticle> articles) {
        List<DatedEvent> dated = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            if (published(a.article()).isEmpty()) {
                continue;
            }
            for (TimeExpression t : a.times()) {
                Optional<CalendarDate> d = CalendarDate.parse(t.value());
                if (t.type().equals("DATE") && d.isPresent() && d.get().granularity() == Granularity.DAY && inRange(a, t)) {
                    dated.add(new DatedEvent(a, t, d.get().first(), EventTerms.of(a.sentences().get(t.sentence()))));
                }
            }
        }
        Map<String, DateInference> out = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            if (published(a.article()).isEmpty() && !a.text().isBlank()) {
                out.put(a.id(), infer(a, dated));
            }
        }
        return out;
    }

    /** The publication date an article states, if any. */
    public static Optional<LocalDate> published(Article a) {
        return a.meta().published().flatMap(p -> DateLines.dateOf(p.value()));
    }

    private DateInference infer(AnnotatedArticle a, List<DatedEvent> dated) {
        LocalDate earliest = LocalDate.MIN;
        LocalDate latest = LocalDate.MAX;
        List<String> evidence = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            Matcher m = WEEKDAY.matcher(t.value());
            if (!m.matches() || !inRange(a, t)) {
                continue;
            }
            int weekday = Integer.parseInt(m.group(1));
            Set<String> terms = EventTerms.of(a.sentences().get(t.sentence()));
            Match best = null;
            for (DatedEvent e : dated) {
                if (e.article == a || e.day.getDayOfWeek().getValue() != weekday) {
                    continue;
                }
                Set<String> shared = EventTerms.shared(terms, e.terms);
                double score = EventTerms.overlap(terms, e.terms);
                if (shared.size() >= 2 && score >= MIN_OVERLAP && EventTerms.shareName(terms, e.terms)
                        && (best == null || score > best.score)) {
                    best = new Match(t, e, shared, score);
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        for (Match match : matches) {
            LocalDate day = match.event.day;
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Tense tense = TimeAnchorer.tense(a, match.time);
            LocalDate from = tense == Tense.PAST ? day : monday;
            LocalDate to = tense == Tense.FUTURE ? day : monday.plusDays(6);
            earliest = max(earliest, from);
            latest = min(latest, to);
            evidence.add("“" + match.time.text() + "” in “" + excerpt(a, match.time) + "” matches "
                    + outletOf(match.event.article) + " dating the same event " + day + " (“" + excerpt(match.event.article,
                    match.event.time) + "”; shared: " + String.join(", ", match.shared.stream()
                    .map(s -> s.substring(s.indexOf(':') + 1)).toList()) + "); a bare weekday is that day of the "
                    + "publication week, and the " + tense.name().toLowerCase() + " tense puts publication "
                    + (tense == Tense.FUTURE ? "on or before " + day
                    : tense == Tense.PAST ? "on or after " + day : "in the week of " + monday));
        }
        if (matches.isEmpty()) {
            Optional<LocalDate> bound = latestPastDate(a);
            return DateInference.unknown(bound, "no bare weekday of this article matches a dated event of another "
                    + "article" + bound.map(b -> "; the latest date it reports in the past tense gives a lower bound, "
                    + b).orElse(""));
        }
        if (earliest.isAfter(latest)) {
            return DateInference.unknown(Optional.empty(), "the matched events disagree: " + String.join("; ", evidence));
        }
        // The week is known: the article's other weekdays now name days of it.
        LocalDate monday = earliest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (TimeExpression t : a.times()) {
            Matcher m = WEEKDAY.matcher(t.value());
            if (!m.matches() || !inRange(a, t) || matches.stream().anyMatch(x -> x.time == t)) {
                continue;
            }
            LocalDate day = monday.plusDays(Integer.parseInt(m.group(1)) - 1L);
            Tense tense = TimeAnchorer.tense(a, t);
            if (tense == Tense.PAST && !day.isBefore(earliest) && !day.isAfter(latest)
                    && evidence.stream().noneMatch(x -> x.endsWith("on or after " + day))) {
                earliest = day;
                evidence.add("“" + t.text() + "” in the past tense (“" + excerpt(a, t) + "”) puts it on or after " + day);
            } else if (tense == Tense.FUTURE && !day.isAfter(latest) && !day.isBefore(earliest)) {
                latest = day;
                evidence.add("“" + t.text() + "” in the future tense (“" + excerpt(a, t) + "”) puts it on or before " + day);
            }
        }
        Optional<LocalDate> bound = latestPastDate(a);
        if (bound.isPresent() && bound.get().isAfter(earliest) && !bound.get().isAfter(latest)) {
            earliest = bound.get();
            evidence.add("it reports " + bound.get() + " in the past tense");
        }
        long days = latest.toEpochDay() - earliest.toEpochDay() + 1;
        evidence.add(days == 1 ? "published " + earliest : "published between " + earliest + " and " + latest);
        return new DateInference(Optional.of(earliest), Optional.of(earliest), Optional.of(latest),
                MATCH_TRUST / days, String.join("; ", evidence));
    }

    /** The first day of the latest dated event the article reports in a past-tense clause ("in March 2023"). */
    private static Optional<LocalDate> latestPastDate(AnnotatedArticle a) {
        Optional<LocalDate> latest = Optional.empty();
        for (TimeExpression t : a.times()) {
            Optional<CalendarDate> d = CalendarDate.parse(t.value());
            if (d.isPresent() && YEAR_WRITTEN.matcher(t.text()).find() && inRange(a, t)
                    && TimeAnchorer.tense(a, t) == Tense.PAST
                    && (latest.isEmpty() || d.get().first().isAfter(latest.get()))) {
                latest = Optional.of(d.get().first());
            }
        }
        return latest;
    }

    private static boolean inRange(AnnotatedArticle a, TimeExpression t) {
        return t.sentence() >= 0 && t.sentence() < a.sentences().size();
    }

    private static String outletOf(AnnotatedArticle a) {
        String outlet = a.article().outlet();
        return (outlet.isBlank() ? "article " + a.id() : outlet) + " (published "
                + published(a.article()).map(LocalDate::toString).orElse("?") + ")";
    }

    private static String excerpt(AnnotatedArticle a, TimeExpression t) {
        Sentence s = a.sentences().get(t.sentence());
        String text = s.text(a.text()).replaceAll("\\s+", " ").strip();
        if (text.length() <= 90) {
            return text;
        }
        int at = Math.max(0, Math.min(text.length() - 90, t.span().start() - s.span().start() - 45));
        return (at > 0 ? "…" : "") + text.substring(at, at + 90).strip() + (at + 90 < text.length() ? "…" : "");
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
