package dev.parallax.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Parses the date and time of dateline-like strings ("May 14, 2024 08:21 PM", "14 May 2024", "2024-05-14T08:21Z",
 * "Feb 11, 2024 11:48 AM GMT+8") into ISO 8601 with {@code java.time} formatters, keeping the zone when the string
 * gives one: an offset ({@code GMT+8}, {@code UTC+05:30}, {@code +0800}, {@code +08:00}) or one of the abbreviations
 * of {@link #ZONES}. An abbreviation that names different zones in different countries ({@code IST}: India, Ireland
 * or Israel; {@code CST}: North America, China or Cuba) is read by the country of the outlet that printed it, and
 * otherwise not guessed: the time is kept without a zone. A string with another abbreviation is not read as a date.
 */
public final class DateLines {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            formatter("MMM d, uuuu h:mm a"), formatter("MMMM d, uuuu h:mm a"),
            formatter("MMM d, uuuu H:mm"), formatter("MMMM d, uuuu H:mm"),
            formatter("d MMM uuuu h:mm a"), formatter("d MMMM uuuu H:mm"), formatter("d MMM uuuu H:mm"),
            formatter("uuuu-MM-dd H:mm:ss"), formatter("uuuu-MM-dd H:mm"), formatter("uuuu/MM/dd H:mm"),
            formatter("EEEE, MMMM d, uuuu h:mm a"), formatter("EEE, MMM d, uuuu h:mm a"));
    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("MMM d, uuuu"), formatter("MMMM d, uuuu"), formatter("d MMM uuuu"), formatter("d MMMM uuuu"),
            formatter("uuuu-MM-dd"), formatter("uuuu/MM/dd"), formatter("EEEE, MMMM d, uuuu"),
            formatter("EEE, MMM d, uuuu"), formatter("MMM. d, uuuu"));
    /** Offsets after a time: {@code GMT+8} and {@code GMT+05:30} (also written UTC), {@code +08:00}, {@code +0800}. */
    private static final List<DateTimeFormatter> OFFSETS = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendLocalizedOffset(TextStyle.SHORT)
                    .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().appendOffset("+HH:MM", "Z").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().appendOffset("+HHMM", "Z").toFormatter(Locale.ROOT));
    /**
     * The zone abbreviations read after a time, each with the one offset it names wherever it is printed: North
     * American, European, East Asian and Australian zones as news sites print them ({@code BST} is British Summer
     * Time, as British sites print it); nothing else is read.
     */
    static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            entry("UTC", ZoneOffset.UTC), entry("GMT", ZoneOffset.UTC), entry("Z", ZoneOffset.UTC),
            entry("EST", hours(-5)), entry("EDT", hours(-4)), entry("CDT", hours(-5)),
            entry("MST", hours(-7)), entry("MDT", hours(-6)), entry("PST", hours(-8)), entry("PDT", hours(-7)),
            entry("WET", hours(0)), entry("WEST", hours(1)), entry("BST", hours(1)), entry("CET", hours(1)),
            entry("CEST", hours(2)),
            entry("EET", hours(2)), entry("EEST", hours(3)), entry("MSK", hours(3)),
            entry("HKT", hours(8)), entry("SGT", hours(8)), entry("JST", hours(9)), entry("KST", hours(9)),
            entry("AEST", hours(10)), entry("AEDT", hours(11)));

    /**
     * Abbreviations that name different zones in different countries, with the offset each names in each country
     * (ISO 3166-1 codes): {@code IST} is India (+05:30), Irish (+01:00) or Israel (+02:00) Standard Time, {@code CST}
     * North American Central (−06:00), China (+08:00) or Cuba (−05:00) Standard Time. The country of the outlet that
     * printed the time decides; without one, or in another country, the time is kept without a zone, never guessed.
     */
    static final Map<String, Map<String, ZoneOffset>> AMBIGUOUS = Map.of(
            "IST", Map.of("IN", ZoneOffset.ofHoursMinutes(5, 30), "IE", hours(1), "IL", hours(2)),
            "CST", Map.of("US", hours(-6), "CA", hours(-6), "MX", hours(-6), "CN", hours(8), "TW", hours(8),
                    "CU", hours(-5)));

    private DateLines() {
    }

    private static ZoneOffset hours(int h) {
        return ZoneOffset.ofHours(h);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** ISO 8601 for the whole string, or empty when it is not a date; an {@link #AMBIGUOUS} zone is left out. */
    public static Optional<String> parse(String raw) {
        return parse(raw, Optional.empty());
    }

    /**
     * ISO 8601 for the whole string, or empty when it is not a date.
     *
     * @param country the ISO 3166-1 code of the printing outlet's country, which decides an {@link #AMBIGUOUS} zone
     */
    public static Optional<String> parse(String raw, Optional<String> country) {
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
        s = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s*,\\s*$", "");
        for (DateTimeFormatter f : DATE_TIMES) {
            ParsePosition at = new ParsePosition(0);
            LocalDateTime time;
            try {
                time = LocalDateTime.from(f.parse(s, at));
            } catch (DateTimeException e) {
                continue; // another shape
            }
            String rest = s.substring(at.getIndex()).strip().replaceAll("^\\((.*)\\)$", "$1");
            if (rest.isEmpty()) {
                return Optional.of(time.toString());
            }
            Optional<Optional<ZoneOffset>> zone = zone(rest, country);
            if (zone.isPresent()) {
                return Optional.of(zone.get().map(z -> time.atOffset(z).toString()).orElse(time.toString()));
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

    /**
     * The zone a string after a time names: an offset, or empty for an {@link #AMBIGUOUS} abbreviation the country does
     * not decide; no answer when the string is no zone Parallax reads.
     */
    private static Optional<Optional<ZoneOffset>> zone(String text, Optional<String> country) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (ZONES.containsKey(upper)) {
            return Optional.of(Optional.of(ZONES.get(upper)));
        }
        if (AMBIGUOUS.containsKey(upper)) {
            Map<String, ZoneOffset> byCountry = AMBIGUOUS.get(upper);
            return Optional.of(country.map(c -> byCountry.get(c.toUpperCase(Locale.ROOT))));
        }
        String offset = upper.startsWith("UTC") ? "GMT" + upper.substring(3) : upper;
        for (DateTimeFormatter f : OFFSETS) {
            try {
                return Optional.of(Optional.of(ZoneOffset.from(f.parse(offset))));
            } catch (DateTimeException ignored) {
                // next shape, or no offset on Earth ("GMT+25")
            }
        }
        return Optional.empty();
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
