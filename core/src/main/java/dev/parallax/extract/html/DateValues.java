package dev.parallax.extract.html;

import dev.parallax.extract.DateLines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date values pages put in metadata — ISO 8601 with or without zone, seconds or fraction
 * ({@code 2019-11-18T10:05:00.000+0000}, {@code 2019-11-18 10:05:00}), compact dates ({@code 20191118}), epoch
 * seconds — and visible datelines (via {@link DateLines}, and day-month-year or month-day-year with month names in
 * English, German, French, Spanish, Italian, Portuguese or Dutch) into ISO 8601. Anything else is no date.
 */
public final class DateValues {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?)(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?");
    /** Epoch seconds (10 digits) or milliseconds (13 digits), as feeds and exports often give them. */
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^\\s*(?:first\\s+)?(?:published|posted|updated|last updated|modified|date|on|publiziert|veröffentlicht"
                    + "|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)\\s*"
                    + "(?:on|at|am|le|el|em|il|op)?\\s*:?\\s*");

    /** Month names and abbreviations in the languages of most news sites using the Latin script. */
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|"));
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+)?(" + MONTH + ")\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?<!\\p{L})(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    private DateValues() {
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "jänner"},
                {"february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari"},
                {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
                {"may", "mai", "mayo", "maggio", "mag", "maio", "mei"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
                {"november", "nov", "novembre", "noviembre", "novembro"},
                {"december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre",
                        "dezembro"}};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return months;
    }

    private static Optional<String> date(String year, String month, String day) {
        Integer m = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (m == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)).toString());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> parse(String raw) {
        return parse(raw, Optional.empty());
    }

    /**
     * ISO 8601 for a date value, or empty when it is no date.
     *
     * @param country the ISO 3166-1 code of the outlet's country, which decides a zone such as IST ({@link DateLines})
     */
    public static Optional<String> parse(String raw, Optional<String> country) {
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
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant t = s.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
            return Optional.of(t.atOffset(ZoneOffset.UTC).toString());
        }
        String unlabelled = LABEL.matcher(s).replaceFirst("");
        Optional<String> line = DateLines.parse(unlabelled, country);
        if (line.isPresent()) {
            return line;
        }
        // A dateline with more words around the date: "Nov 18, 2019 / 10:05 AM EST", "publiziert am 25. September
        // 2018", "le 3 mars 2021", "18 de noviembre de 2019".
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(unlabelled);
        if (dayFirst.find()) {
            return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(unlabelled);
        if (monthFirst.find()) {
            return date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
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
