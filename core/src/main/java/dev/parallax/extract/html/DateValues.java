package dev.parallax.extract.html;

import dev.parallax.extract.DateLines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date values pages put in metadata — ISO 8601 with or without zone, seconds or fraction
 * ({@code 2019-11-18T10:05:00.000+0000}, {@code 2019-11-18 10:05:00}), compact dates ({@code 20191118}), epoch
 * seconds — and visible datelines (via {@link DateLines}) into ISO 8601. Anything else is no date.
 */
final class DateValues {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?)(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\s*(?:first\\s+)?(?:published|posted|updated|last updated|modified|date|on)\\s*(?:on|at)?\\s*:?\\s*");

    private DateValues() {
    }

    static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 120) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            return iso(m);
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            if (m.group(4) != null) {
                String seconds = m.group(6) == null ? "00" : m.group(6);
                return valid(date + "T" + m.group(4) + ":" + m.group(5) + ":" + seconds);
            }
            return valid(date);
        }
        String unlabelled = LABEL.matcher(s).replaceFirst("");
        Optional<String> line = DateLines.parse(unlabelled);
        if (line.isPresent()) {
            return line;
        }
        // A dateline with more words around the date: "Nov 18, 2019 / 10:05 AM EST" or "Monday 18 November 2019".
        Matcher inner = Pattern.compile(
                "(?i)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                        + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4})")
                .matcher(unlabelled);
        if (inner.find()) {
            return DateLines.parse(inner.group(1).replace(".", ""));
        }
        Matcher isoInside = ISO.matcher(s);
        return isoInside.find() ? iso(isoInside) : Optional.empty();
    }

    private static Optional<String> iso(Matcher m) {
        String date = m.group(1);
        if (m.group(2) == null) {
            return valid(date);
        }
        String time = m.group(2);
        if (time.length() == 4) {
            time = "0" + time;
        }
        if (time.length() == 5) {
            time += ":00";
        }
        String zone = m.group(3);
        if (zone == null) {
            return valid(date + "T" + time);
        }
        if (zone.equals("UTC") || zone.equals("GMT")) {
            zone = "Z";
        } else if (zone.length() == 5) {
            zone = zone.substring(0, 3) + ":" + zone.substring(3);
        } else if (zone.length() == 3) {
            zone = zone + ":00";
        }
        return valid(date + "T" + time + zone);
    }

    private static Optional<String> valid(String iso) {
        try {
            if (iso.length() == 10) {
                return Optional.of(LocalDate.parse(iso).toString());
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return Optional.of(OffsetDateTime.parse(iso).toString());
            }
            return Optional.of(LocalDateTime.parse(iso).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
