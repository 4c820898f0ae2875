package dev.parallax.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads: files and directories (recursively). Adds: one {@link RawDocument} per article found — a text or HTML
 * file is one article; a JSONL line, a JSON array element, a CSV or TSV row, a feed entry or an HTML capture in a
 * web archive ({@code .warc}, {@code .warc.gz}, see {@link WarcRecords}) is one article each.
 * Bad input: an unreadable, binary, oversized or malformed file becomes a {@link Problem}; the batch goes on.
 */
public final class Ingester {

    /** Largest single-article file read; pages above it are almost always not articles. */
    public static final long DEFAULT_MAX_BYTES = 20L << 20;
    /** Containers (JSONL, feeds) hold many articles and may be larger. */
    private static final long CONTAINER_FACTOR = 25;

    private final long maxBytes;

    public Ingester() {
        this(DEFAULT_MAX_BYTES);
    }

    public Ingester(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Ingested ingest(List<Path> paths) {
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(new Problem("ingest", path.toString(), "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                ingestDirectory(path, documents, problems);
            } else {
                ingestFile(path, Sidecar.forFile(path, problems), documents, problems);
            }
        }
        return new Ingested(documents, problems);
    }

    private void ingestDirectory(Path dir, List<RawDocument> documents, List<Problem> problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Sidecar.isSidecar(p))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Problem("ingest", dir.toString(), "cannot list directory: " + e.getMessage()));
            return;
        }
        Map<Path, Sidecar> sidecars = new java.util.HashMap<>();
        for (Path file : files) {
            Sidecar sidecar = sidecars.computeIfAbsent(file.toAbsolutePath().getParent(),
                    d -> Sidecar.load(d, problems));
            ingestFile(file, sidecar, documents, problems);
        }
    }

    /**
     * Reads a web archive at a local path, naming it {@code origin} (a local copy of an archive on another
     * filesystem keeps that archive's name).
     */
    public Ingested ingestWarc(Path file, String origin) {
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        WarcRecords.read(file, origin, maxBytes, documents, problems);
        return new Ingested(documents, problems);
    }

    /** A web archive by its name: {@code .warc} or {@code .warc.gz}. */
    public static boolean isWarc(String fileName) {
        return WarcRecords.isWarc(fileName);
    }

    /**
     * Reads one input that is not a local file (e.g. one on a Hadoop filesystem) from its bytes as they are stored
     * (still gzipped for {@code .gz}); its name, the last part of {@code origin}, decides the format as for a file.
     * Web archives are read with {@link #ingestWarc}.
     */
    public Ingested ingest(String origin, byte[] stored, Metadata given) {
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String name = origin.substring(origin.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        long limit = isContainerName(name) ? maxBytes * CONTAINER_FACTOR : maxBytes;
        if (stored.length > limit) {
            problems.add(new Problem("ingest", origin, String.format(Locale.ROOT,
                    "file is %.1f MB, over the %.1f MB limit for one input; is it really an article?",
                    stored.length / 1048576.0, limit / 1048576.0)));
            return new Ingested(documents, problems);
        }
        byte[] bytes = stored;
        if (gzip) {
            try {
                bytes = gunzip(new java.io.ByteArrayInputStream(stored), limit);
            } catch (IOException e) {
                problems.add(new Problem("ingest", origin, "cannot decompress: " + e));
                return new Ingested(documents, problems);
            }
        }
        split(origin, name, bytes, given, documents, problems);
        return new Ingested(documents, problems);
    }

    private void ingestFile(Path file, Sidecar sidecar, List<RawDocument> documents, List<Problem> problems) {
        String origin = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (WarcRecords.isWarc(name)) {
            WarcRecords.read(file, origin, maxBytes, documents, problems);
            return;
        }
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            long limit = isContainerName(name) ? maxBytes * CONTAINER_FACTOR : maxBytes;
            if (size > limit) {
                problems.add(new Problem("ingest", origin, String.format(Locale.ROOT,
                        "file is %.1f MB, over the %.1f MB limit for one input; is it really an article?",
                        size / 1048576.0, limit / 1048576.0)));
                return;
            }
            bytes = gzip ? gunzip(Files.newInputStream(file), limit) : Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Problem("ingest", origin, (gzip ? "cannot decompress: " : "cannot read: ") + e));
            return;
        }
        split(origin, name, bytes, sidecar.metadataFor(file), documents, problems);
    }

    /** One input's documents by its format; {@code name} is its file name without {@code .gz}. */
    private static void split(String origin, String name, byte[] bytes, Metadata given, List<RawDocument> documents,
                              List<Problem> problems) {
        switch (formatOf(name, bytes)) {
            case "text" -> documents.add(new RawDocument(origin, bytes, Format.TEXT, given));
            case "html" -> documents.add(new RawDocument(origin, bytes, Format.HTML, given));
            case "json" -> JsonRecords.split(origin, bytes, given, documents, problems);
            case "csv" -> CsvRecords.split(origin, bytes, ',', given, documents, problems);
            case "tsv" -> CsvRecords.split(origin, bytes, '\t', given, documents, problems);
            case "feed" -> feedEntries(origin, bytes, documents, problems);
            case "binary" -> problems.add(new Problem("ingest", origin,
                    "binary content (" + bytes.length + " bytes), not text, HTML, JSON, a table or a feed"));
            case "empty" -> problems.add(new Problem("ingest", origin, "empty file"));
            default -> problems.add(new Problem("ingest", origin, "unknown format"));
        }
    }

    private static boolean isContainerName(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || name.endsWith(".csv")
                || name.endsWith(".tsv")
                || name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom");
    }

    private static byte[] gunzip(InputStream stored, long limit) throws IOException {
        try (InputStream in = new GZIPInputStream(stored)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw new IOException("decompressed size exceeds the " + (limit >> 20) + " MB limit");
                }
            }
            return out.toByteArray();
        }
    }

    /** Decides by file extension, then by content. */
    static String formatOf(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return "empty";
        }
        if (looksBinary(bytes)) {
            return "binary";
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        switch (ext) {
            case "txt", "text", "md" -> {
                return "text";
            }
            case "html", "htm", "xhtml", "shtml" -> {
                return "html";
            }
            case "json", "jsonl", "ndjson" -> {
                return "json";
            }
            case "rss", "atom", "rdf" -> {
                return "feed";
            }
            case "csv", "tsv" -> {
                return ext;
            }
            default -> {
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("{") || head.startsWith("[")) {
            return "json";
        }
        if (head.startsWith("<")) {
            boolean feed = head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
            return feed ? "feed" : "html";
        }
        return isTabular(head) ? "tsv" : "text";
    }

    /**
     * Lines of tab-separated fields, not prose: at least two whole lines in the file's first kilobytes, each holding
     * a tab (an export or an annotation file such as brat's {@code .ann}, whatever its extension).
     */
    private static boolean isTabular(String head) {
        List<String> lines = head.lines().filter(l -> !l.isBlank()).toList();
        List<String> whole = head.endsWith("\n") ? lines : lines.subList(0, Math.max(0, lines.size() - 1));
        return whole.size() >= 2 && whole.stream().allMatch(l -> l.indexOf('\t') > 0);
    }

    /** NUL bytes or many control characters in the first kilobytes: not a text format. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return !(utf16Bom(bytes));
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean utf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xfe && b[1] == (byte) 0xff) || (b[0] == (byte) 0xff && b[1] == (byte) 0xfe));
    }

    private static void feedEntries(String origin, byte[] bytes, List<RawDocument> documents, List<Problem> problems) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no DTDs, so no XML external entities
            feed = input.build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (FeedException | IllegalArgumentException e) {
            problems.add(new Problem("ingest", origin, "not a readable RSS/Atom feed: " + e.getMessage()));
            return;
        }
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String entryOrigin = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink() : origin + "#" + n;
            String html = entry.getContents().stream().map(SyndContent::getValue)
                    .filter(v -> v != null && !v.isBlank()).findFirst()
                    .orElse(entry.getDescription() == null ? "" : entry.getDescription().getValue());
            if (html == null || html.isBlank()) {
                problems.add(new Problem("ingest", origin + "#" + n, "feed entry '" + entry.getTitle()
                        + "' has no content or description; fetch its link to read the article"));
                continue;
            }
            String evidence = "feed entry " + n + " of " + origin;
            Metadata.Builder given = Metadata.builder()
                    .title(entry.getTitle(), evidence)
                    .url(entry.getLink(), evidence)
                    .outlet(feed.getTitle(), "feed title of " + origin)
                    .published(iso(entry.getPublishedDate()), evidence)
                    .modified(iso(entry.getUpdatedDate()), evidence)
                    .language(feed.getLanguage(), "feed language of " + origin)
                    .author(entry.getAuthor(), evidence);
            documents.add(new RawDocument(entryOrigin, html.getBytes(StandardCharsets.UTF_8), Format.HTML, given.build()));
        }
        if (n == 0) {
            problems.add(new Problem("ingest", origin, "feed has no entries"));
        }
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
    }
}
