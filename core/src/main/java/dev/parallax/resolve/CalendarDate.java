package dev.parallax.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A calendar date at some granularity, as the interval of days it covers: {@code 2024-05-14} (a day),
 * {@code 2023-11} (a month), {@code 2024-SP} (spring: March to May, northern-hemisphere meteorological seasons),
 * {@code 2023} (a year).
 *
 * @param value TIMEX3 value
 * @param first the first day it covers
 * @param last  the last day it covers
 */
public record CalendarDate(String value, Granularity granularity, LocalDate first, LocalDate last)
        implements Comparable<CalendarDate> {

    private static final Pattern TIMEX = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2})|-(SP|SU|FA|WI)|-Q([1-4]))?");

    public CalendarDate {
        requireNonNull(value, "value");
        requireNonNull(granularity, "granularity");
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date " + value + " ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /**
     * The calendar date of a TIMEX3 value, ignoring a time of day ({@code 2024-05-14TMO}); empty for values that
     * are not calendar dates ({@code PAST_REF}, {@code XXXX-WXX-2}, {@code P3D}) or not valid ones.
     */
    public static Optional<CalendarDate> parse(String timex) {
        String v = timex.contains("T") && timex.indexOf('T') >= 4 ? timex.substring(0, timex.indexOf('T')) : timex;
        Matcher m = TIMEX.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return Optional.of(day(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
            }
            if (m.group(2) != null) {
                return Optional.of(month(YearMonth.of(year, Integer.parseInt(m.group(2)))));
            }
            if (m.group(4) != null) {
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new CalendarDate(v, Granularity.WEEK, monday, monday.plusDays(6)));
            }
            if (m.group(5) != null) {
                return Optional.of(season(year, m.group(5)));
            }
            if (m.group(6) != null) {
                int q = Integer.parseInt(m.group(6));
                LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
                return Optional.of(new CalendarDate(v, Granularity.QUARTER, start, start.plusMonths(3).minusDays(1)));
            }
            return Optional.of(new CalendarDate(v, Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static CalendarDate day(LocalDate day) {
        return new CalendarDate(day.toString(), Granularity.DAY, day, day);
    }

    public static CalendarDate month(YearMonth month) {
        return new CalendarDate(month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static CalendarDate year(int year) {
        return new CalendarDate(String.format("%04d", year), Granularity.YEAR, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    public static CalendarDate season(int year, String season) {
        LocalDate start = switch (season) {
            case "SP" -> LocalDate.of(year, 3, 1);
            case "SU" -> LocalDate.of(year, 6, 1);
            case "FA" -> LocalDate.of(year, 9, 1);
            case "WI" -> LocalDate.of(year, 12, 1);
            default -> throw new IllegalArgumentException("season " + season + " is not SP, SU, FA or WI");
        };
        return new CalendarDate(year + "-" + season, Granularity.SEASON, start, start.plusMonths(3).minusDays(1));
    }

    /** Whether every day of {@code other} is a day of this date: 2024-SP contains 2024-05-14. */
    public boolean contains(CalendarDate other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** Whether one of the two contains the other: the same date told at different granularities. */
    public boolean compatible(CalendarDate other) {
        return contains(other) || other.contains(this);
    }

    /** Earlier first; of two dates starting on the same day, the finer first. */
    @Override
    public int compareTo(CalendarDate o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }
}
