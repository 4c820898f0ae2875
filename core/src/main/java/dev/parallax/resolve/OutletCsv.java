package dev.parallax.resolve;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parallax.core.Problem;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads outlet rows from registry CSV: a header row naming the columns (any order), then one outlet per row;
 * lists inside a cell are separated by {@code ;}; lines starting with {@code #} are comments. A row that cannot be
 * read becomes a {@link Problem} naming the file, line and cause, and the other rows are still read.
 */
final class OutletCsv {

    static final List<String> REQUIRED = List.of("id", "name", "domains", "country", "ownership", "source");
    static final Set<String> OPTIONAL = Set.of("aliases", "languages", "language", "groups");

    private OutletCsv() {
    }

    static List<Outlet> read(Reader in, String location, List<Problem> problems) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Outlet> outlets = new ArrayList<>();
        int line = 0;
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withComments()).readValues(in)) {
            Map<String, Integer> columns = null;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                line = lineOf(rows.getCurrentLocation());
                if (columns == null) {
                    columns = header(row, location + ":" + line, problems);
                    if (columns == null) {
                        return List.of();
                    }
                    continue;
                }
                toOutlet(row, columns, location + ":" + line, problems).ifPresent(outlets::add);
            }
            if (columns == null) {
                problems.add(new Problem("resolve", location, "outlet file is empty: expected a header row with "
                        + String.join(",", REQUIRED) + " and more"));
            }
        } catch (IOException | RuntimeException e) {
            // The parser wraps a failure of the reader itself; that is no quoting mistake.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            boolean unreadable = root instanceof IOException && !(root instanceof JsonProcessingException);
            Throwable shown = unreadable ? root : e;
            String cause = shown.getMessage() == null ? shown.getClass().getSimpleName()
                    : shown.getMessage().lines().findFirst().orElse(shown.getClass().getSimpleName());
            problems.add(new Problem("resolve", location + ":" + (line + 1), "cannot read outlet rows after line "
                    + line + " (" + cause + ")" + (unreadable ? "; the file could not be read further"
                    : "; likely an unbalanced quote") + "; the rows before it were kept"));
        }
        return outlets;
    }

    // The parser stands just past the row it returned; rows end with a line break, so that is the next line.
    private static int lineOf(JsonLocation after) {
        return after.getColumnNr() <= 1 ? after.getLineNr() - 1 : after.getLineNr();
    }

    private static Map<String, Integer> header(String[] row, String where, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            String name = row[i].strip().toLowerCase(Locale.ROOT);
            if (REQUIRED.contains(name) || OPTIONAL.contains(name)) {
                columns.put(name, i);
            } else {
                problems.add(new Problem("resolve", where, "unknown column '" + row[i] + "' ignored; columns are "
                        + String.join(", ", REQUIRED) + " and optionally aliases, languages, groups"));
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem("resolve", where, "header lacks column(s) " + String.join(", ", missing)
                    + "; no outlets read. Header found: " + String.join(",", row)));
            return null;
        }
        return columns;
    }

    private static Optional<Outlet> toOutlet(String[] row, Map<String, Integer> columns, String where,
                                             List<Problem> problems) {
        int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (row.length < expected) {
            problems.add(new Problem("resolve", where, "row has " + row.length + " cells, expected at least "
                    + expected + " (a missing comma?): " + String.join(",", row)));
            return Optional.empty();
        }
        String ownershipCode = cell(row, columns, "ownership");
        Optional<Ownership> ownership = Ownership.parse(ownershipCode);
        if (ownership.isEmpty()) {
            problems.add(new Problem("resolve", where, "ownership '" + ownershipCode + "' is not one of "
                    + Ownership.codes() + "; row ignored"));
            return Optional.empty();
        }
        String languages = columns.containsKey("languages") ? cell(row, columns, "languages") : cell(row, columns, "language");
        try {
            return Optional.of(new Outlet(
                    cell(row, columns, "id").toLowerCase(Locale.ROOT),
                    cell(row, columns, "name"),
                    list(cell(row, columns, "aliases")),
                    list(cell(row, columns, "domains")).stream().map(OutletCsv::domain).toList(),
                    cell(row, columns, "country").toUpperCase(Locale.ROOT),
                    list(languages).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList(),
                    ownership.get(),
                    list(cell(row, columns, "groups")),
                    cell(row, columns, "source")));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("resolve", where, e.getMessage() + "; row ignored"));
            return Optional.empty();
        }
    }

    private static String cell(String[] row, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String domain(String value) {
        return Hosts.of(value).orElse(value.toLowerCase(Locale.ROOT));
    }
}
