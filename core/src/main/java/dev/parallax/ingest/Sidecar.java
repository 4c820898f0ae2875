package dev.parallax.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Metadata a user knows about the files of a directory: a {@code metadata.csv} beside them with a header row and
 * the columns {@code file} (name within the directory) and any of {@code url, outlet, published, author, title,
 * language, section, type}. Files without a row, and directories without the file, simply have no given metadata.
 */
public final class Sidecar {

    public static final String FILE_NAME = "metadata.csv";
    private static final Set<String> COLUMNS =
            Set.of("file", "url", "outlet", "published", "author", "title", "language", "section", "type");

    private final Path file;
    private final Map<String, Map<String, String>> rows;

    private Sidecar(Path file, Map<String, Map<String, String>> rows) {
        this.file = file;
        this.rows = rows;
    }

    static boolean isSidecar(Path path) {
        return path.getFileName().toString().equals(FILE_NAME);
    }

    static Sidecar forFile(Path file, List<Problem> problems) {
        Path dir = file.toAbsolutePath().getParent();
        return load(dir, problems);
    }

    /** Reads {@code dir/metadata.csv} when present; a malformed sidecar is a problem, not a failure. */
    static Sidecar load(Path dir, List<Problem> problems) {
        Path csv = dir.resolve(FILE_NAME);
        Map<String, Map<String, String>> rows = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return new Sidecar(csv, rows);
        }
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .readValues(csv.toFile())) {
            int line = 1;
            while (it.hasNext()) {
                line++;
                Map<String, String> row = it.next();
                String name = row.getOrDefault("file", "").strip();
                if (name.isEmpty()) {
                    problems.add(new Problem("ingest", csv + ":" + line, "row has no 'file' value; it is ignored"));
                    continue;
                }
                for (String column : row.keySet()) {
                    if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
                        problems.add(new Problem("ingest", csv + ":" + line, "unknown column '" + column
                                + "' ignored; known columns: " + String.join(", ", COLUMNS.stream().sorted().toList())));
                    }
                }
                rows.put(name, row);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("ingest", csv.toString(), "cannot read metadata sidecar: " + e.getMessage()));
        }
        return new Sidecar(csv, rows);
    }

    Metadata metadataFor(Path path) {
        Map<String, String> row = rows.get(path.getFileName().toString());
        if (row == null) {
            return Metadata.EMPTY;
        }
        String evidence = FILE_NAME + " (" + file.getParent().getFileName() + ")";
        return Metadata.builder()
                .url(row.get("url"), evidence)
                .outlet(row.get("outlet"), evidence)
                .published(row.get("published"), evidence)
                .author(row.get("author"), evidence)
                .title(row.get("title"), evidence)
                .language(row.get("language"), evidence)
                .section(row.get("section"), evidence)
                .type(row.get("type"), evidence)
                .build();
    }
}
