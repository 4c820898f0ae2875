package dev.parallax.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Splits a CSV or TSV table with a header row into records, one article a row, with the column names JSON records
 * use ({@code title, text, url, outlet, published, …}). Origins are {@code FILE#N}, N counting the articles' rows
 * from 1. Bad input: a malformed table is a problem; the rows read before it are kept.
 */
final class CsvRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CsvRecords() {
    }

    static void split(String origin, byte[] bytes, char separator, Metadata given, List<RawDocument> out,
                      List<Problem> problems) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        int row = 0;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(bytes)) {
            List<String> columns = rows.hasNextValue() ? header(rows) : List.of();
            if (!columns.isEmpty() && columns.stream().map(String::strip).noneMatch(Format.TEXT_FIELDS::contains)) {
                problems.add(new Problem("ingest", origin, "a table without a text column (looked for "
                        + String.join(", ", Format.TEXT_FIELDS) + "); its columns: "
                        + String.join(", ", columns.subList(0, Math.min(6, columns.size())))
                        + (columns.size() > 6 ? ", …" : "") + "; no article read from it"));
                return;
            }
            while (rows.hasNextValue()) {
                Map<String, String> values = rows.nextValue();
                row++;
                ObjectNode record = JSON.createObjectNode();
                values.forEach((column, value) -> {
                    if (value != null && !value.isBlank()) {
                        record.put(column.strip(), value);
                    }
                });
                out.add(new RawDocument(origin + "#" + row, JSON.writeValueAsBytes(record), Format.RECORD, given));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("ingest", origin + "#" + (row + 1), "cannot read the table after row " + row
                    + ": " + e.getMessage()));
        }
    }

    /** The column names the header row gave, in order. */
    private static List<String> header(MappingIterator<Map<String, String>> rows) {
        if (rows.getParser().getSchema() instanceof CsvSchema read) {
            List<String> names = new java.util.ArrayList<>();
            read.forEach(c -> names.add(c.getName()));
            return names;
        }
        return List.of();
    }
}
