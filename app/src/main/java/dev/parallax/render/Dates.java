package dev.parallax.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as a reader writes them: {@code 2024-05-14} → "14 May 2024", {@code 2023-11} → "November 2023". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final Pattern PARTS = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|W\\d{2})");
    private static final Map<String, String> SEASONS = Map.of("SP", "spring", "SU", "summer", "FA", "autumn", "WI", "winter");

    private Dates() {
    }

    /** A TIMEX3 calendar value in words; a value of another shape is returned as it is. */
    public static String of(String timex) {
        if (timex == null || timex.isBlank()) {
            return "";
        }
        try {
            if (timex.length() >= 10 && Character.isDigit(timex.charAt(9))) {
                return LocalDate.parse(timex.substring(0, 10)).format(DAY);
            }
            if (timex.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(timex).format(MONTH);
            }
        } catch (DateTimeParseException e) {
            return timex;
        }
        Matcher m = PARTS.matcher(timex);
        if (m.matches()) {
            String part = m.group(2);
            if (SEASONS.containsKey(part)) {
                return SEASONS.get(part) + " " + m.group(1);
            }
            return part.startsWith("Q") ? part + " " + m.group(1) : "week " + Integer.parseInt(part.substring(1)) + ", " + m.group(1);
        }
        return timex;
    }

    /** The day of an ISO date or date-time ({@code 2024-05-14T20:21} → "14 May 2024"). */
    public static String day(String iso) {
        return of(iso.length() > 10 ? iso.substring(0, 10) : iso);
    }
}
