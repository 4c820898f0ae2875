package dev.parallax.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date and time of dateline-like strings ("May 14, 2024 08:21 PM", "14 May 2024", "2024-05-14T08:21Z",
 * "Feb 11, 2024 11:48 AM GMT+8") into ISO 8601, keeping the zone when the string gives one.
 */
public final class DateLines {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            formatter("MMM d, uuuu h:mm a"), formatter("MMMM d, uuuu h:mm a"),
            formatter("MMM d, uuuu H:mm"), formatter("MMMM d, uuuu H:mm"),
            formatter("d MMM uuuu h:mm a"), formatter("d MMMM uuuu H:mm"), formatter("d MMM uuuu H:mm"),
            formatter("uuuu-MM-dd H:mm"), formatter("uuuu-MM-dd H:mm:ss"), formatter("uuuu/MM/dd H:mm"),
            formatter("EEEE, MMMM d, uuuu h:mm a"), formatter("EEE, MMM d, uuuu h:mm a"));
    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("MMM d, uuuu"), formatter("MMMM d, uuuu"), formatter("d MMM uuuu"), formatter("d MMMM uuuu"),
            formatter("uuuu-MM-dd"), formatter("uuuu/MM/dd"), formatter("EEEE, MMMM d, uuuu"),
            formatter("EEE, MMM d, uuuu"), formatter("MMM. d, uuuu"));
    private static final Pattern ZONE = Pattern.compile(
            "\\s*\\(?(?:(GMT|UTC)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?|([+-]\\d{2}):?(\\d{2})|(EDT|EST|CET|CEST|BST|JST|KST|IST|PST|PDT|HKT|UTC|GMT|Z))\\)?\\s*$");
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("EDT", "-04:00"), Map.entry("EST", "-05:00"), Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"), Map.entry("BST", "+01:00"), Map.entry("JST", "+09:00"),
            Map.entry("KST", "+09:00"), Map.entry("IST", "+05:30"), Map.entry("PST", "-08:00"),
            Map.entry("PDT", "-07:00"), Map.entry("HKT", "+08:00"), Map.entry("UTC", "Z"), Map.entry("GMT", "Z"),
            Map.entry("Z", "Z"));

    private DateLines() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** ISO 8601 for the whole string, or empty when it is not a date. */
    public static Optional<String> parse(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ")
                .replace("a.m.", "AM").replace("p.m.", "PM").replace("A.M.", "AM").replace("P.M.", "PM");
        try {
            return Optional.of(OffsetDateTime.parse(s).toString());
        } catch (DateTimeParseException ignored) {
            // not ISO with offset; try the other shapes
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toString());
        } catch (DateTimeParseException ignored) {
            // not ISO local
        }
        String zone = null;
        Matcher z = ZONE.matcher(s);
        if (z.find() && z.start() > 0) {
            try {
                zone = zoneOf(z);
            } catch (java.time.DateTimeException e) {
                return Optional.empty(); // "GMT+25": no offset on Earth, so no date Parallax can place
            }
            s = s.substring(0, z.start()).strip();
        }
        s = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s*,\\s*$", "");
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                LocalDateTime t = LocalDateTime.parse(s, f);
                return Optional.of(zone == null ? t.toString() : t.atOffset(ZoneOffset.of(zone)).toString());
            } catch (java.time.DateTimeException ignored) {
                // next shape
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f).toString());
            } catch (DateTimeParseException ignored) {
                // next shape
            }
        }
        return Optional.empty();
    }

    private static String zoneOf(Matcher z) {
        if (z.group(1) != null) {
            int hours = Integer.parseInt(z.group(2));
            int minutes = z.group(3) == null ? 0 : Integer.parseInt(z.group(3));
            return ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes).getId();
        }
        if (z.group(4) != null) {
            return z.group(4) + ":" + z.group(5);
        }
        return ZONES.get(z.group(6));
    }

    /** The date part (yyyy-MM-dd) of an ISO string produced by {@link #parse}. */
    public static Optional<LocalDate> dateOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
