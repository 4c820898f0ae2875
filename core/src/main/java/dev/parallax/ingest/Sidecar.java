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

    /** The name of the sidecar's directory, as the evidence of the values it gives. */
    private final String dirName;
    private final Map<String, Map<String, String>> rows;

    private Sidecar(String dirName, Map<String, Map<String, String>> rows) {
        this.dirName = dirName;
        this.rows = rows;
    }

    /** No sidecar: no file has given metadata. */
    public static final Sidecar NONE = new Sidecar("", Map.of());

    public static boolean isSidecar(Path path) {
        return path.getFileName().toString().equals(FILE_NAME);
    }

    static Sidecar forFile(Path file, List<Problem> problems) {
        Path dir = file.toAbsolutePath().getParent();
        return load(dir, problems);
    }

    /** Reads {@code dir/metadata.csv} when present; a malformed sidecar is a problem, not a failure. */
    static Sidecar load(Path dir, List<Problem> problems) {
        Path csv = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(csv)) {
            return NONE;
        }
        try {
            return parse(csv.toString(), String.valueOf(dir.getFileName()), Files.readAllBytes(csv), problems);
        } catch (IOException e) {
            problems.add(new Problem("ingest", csv.toString(), "cannot read metadata sidecar: " + e.getMessage()));
            return NONE;
        }
    }

    /**
     * Reads the bytes of a sidecar that is not on a local path (e.g. on a Hadoop filesystem); {@code csv} names it in
     * problems, {@code dirName} is its directory's name. A malformed sidecar is a problem, not a failure.
     */
    public static Sidecar parse(String csv, String dirName, byte[] bytes, List<Problem> problems) {
        Map<String, Map<String, String>> rows = new HashMap<>();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .readValues(bytes)) {
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
            problems.add(new Problem("ingest", csv, "cannot read metadata sidecar: " + e.getMessage()));
        }
        return new Sidecar(dirName, rows);
    }

    Metadata metadataFor(Path path) {
        return metadataFor(path.getFileName().toString());
    }

    /** What the sidecar gives for the file of this name in its directory; empty metadata when it has no row. */
    public Metadata metadataFor(String fileName) {
        Map<String, String> row = rows.get(fileName);
        if (row == null) {
            return Metadata.EMPTY;
        }
        String evidence = FILE_NAME + " (" + dirName + ")";
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
