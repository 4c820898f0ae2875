package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.Tree;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: an article's date expressions as SUTime normalised them, and the date to anchor its relative expressions
 * on (the stated publication date, or an inferred one). Adds: each expression's calendar date and granularity,
 * and what it rests on. Relative values SUTime left open for want of a publication date are resolved here:
 * a bare weekday ({@code XXXX-WXX-2}) is that day of the reference date's week, as SUTime resolves it; "last year"
 * ({@code THIS P1Y OFFSET P-1Y}) the year before; a month without a year ({@code XXXX-10}) the latest such month
 * not after the reference date in a past-tense clause, the next one in a future-tense clause, else the reference
 * year's. Bad input: values that are not calendar dates ("recently", durations, sets) stay unanchored.
 * Stateless and thread-safe.
 */
public final class TimeAnchorer {

    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
    private static final Pattern MONTH = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?(?: OFFSET P([+-]?\\d+)Y)?");
    private static final Pattern SEASON = Pattern.compile("XXXX-(SP|SU|FA|WI)(?: OFFSET P([+-]?\\d+)Y)?");
    private static final Pattern THIS_YEAR = Pattern.compile(
            "THIS P1Y(?: OFFSET P([+-]?\\d+)Y)?(?: INTERSECT XXXX-(\\d{2}|SP|SU|FA|WI))?");
    private static final Pattern THIS_MONTH = Pattern.compile("THIS P1M(?: OFFSET P([+-]?\\d+)M)?");
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");

    /**
     * @param reference the date relative expressions are anchored on; empty when the article's date is unknown
     * @param anchor    {@link DatedExpression.Anchor#PUBLISHED} or {@link DatedExpression.Anchor#INFERRED}
     */
    public List<DatedExpression> anchor(AnnotatedArticle a, Optional<LocalDate> reference, DatedExpression.Anchor anchor) {
        List<DatedExpression> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
                continue;
            }
            Optional<CalendarDate> stated = CalendarDate.parse(t.value());
            boolean written = YEAR_WRITTEN.matcher(t.text()).find();
            Optional<CalendarDate> date;
            DatedExpression.Anchor by;
            if (stated.isPresent() && (written || anchor == DatedExpression.Anchor.PUBLISHED)) {
                date = stated;
                by = written ? DatedExpression.Anchor.TEXT : anchor;
            } else if (reference.isPresent()) {
                date = resolve(t.value(), reference.get(), tense(a, t));
                by = date.isPresent() ? anchor : DatedExpression.Anchor.NONE;
            } else {
                date = Optional.empty();
                by = DatedExpression.Anchor.NONE;
            }
            if (t.type().equals("TIME") && date.isEmpty()) {
                continue; // "Morning" and other bare times of day say nothing about the calendar
            }
            out.add(new DatedExpression(a.id(), t.span(), t.text(), t.value(), date, by, t.sentence()));
        }
        return out;
    }

    /** The calendar date of a relative TIMEX3 value against a reference day; empty for values it cannot place. */
    static Optional<CalendarDate> resolve(String timex, LocalDate reference, Tense tense) {
        String v = timex.strip();
        Matcher m = WEEKDAY.matcher(v);
        if (m.matches()) {
            LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(CalendarDate.day(monday.plusDays(Integer.parseInt(m.group(1)) - 1L)));
        }
        m = MONTH.matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int year = reference.getYear();
            if (m.group(3) != null) {
                year += Integer.parseInt(m.group(3));
            } else if (tense == Tense.PAST && month > reference.getMonthValue()) {
                year--;
            } else if (tense == Tense.FUTURE && month < reference.getMonthValue()) {
                year++;
            }
            if (m.group(2) != null) {
                try {
                    return Optional.of(CalendarDate.day(LocalDate.of(year, month, Integer.parseInt(m.group(2)))));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
            return month >= 1 && month <= 12 ? Optional.of(CalendarDate.month(YearMonth.of(year, month))) : Optional.empty();
        }
        m = SEASON.matcher(v);
        if (m.matches()) {
            int offset = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(CalendarDate.season(reference.getYear() + offset, m.group(1)));
        }
        m = THIS_YEAR.matcher(v);
        if (m.matches()) {
            int year = reference.getYear() + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
            if (m.group(2) == null) {
                return Optional.of(CalendarDate.year(year));
            }
            return m.group(2).matches("\\d{2}") ? Optional.of(CalendarDate.month(YearMonth.of(year, Integer.parseInt(m.group(2)))))
                    : Optional.of(CalendarDate.season(year, m.group(2)));
        }
        m = THIS_MONTH.matcher(v);
        if (m.matches()) {
            YearMonth month = YearMonth.from(reference).plusMonths(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
            return Optional.of(CalendarDate.month(month));
        }
        if (v.equals("PRESENT_REF")) {
            return Optional.empty();
        }
        return CalendarDate.parse(v);
    }

    /** The tense of the clause an expression belongs to. */
    static Tense tense(AnnotatedArticle a, TimeExpression t) {
        if (t.sentence() < 0 || t.sentence() >= a.sentences().size()) {
            return Tense.PRESENT;
        }
        Tree s = new Tree(a.sentences().get(t.sentence()));
        int head = s.head(s.tokensIn(t.span()));
        return head < 0 ? Tense.PRESENT : Tense.of(s, s.clauseVerb(head));
    }
}
