package dev.parallax.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw inputs of a corpus kept outside its Lucene index, under {@code DIR/raw}, so that a damaged index can be
 * rebuilt from them ({@code parallax repair}): each input's bytes once by their SHA-256 in {@code objects/}, and an
 * append-only log {@code inputs.jsonl} of one line per input kept (origin, hash, format, given and fallback
 * metadata, the charset the transport declared; the last line of an origin wins). Bytes are written and forced to disk before the log line that names
 * them, and the log is forced to disk before the index commit that records the inputs, so the store always holds at
 * least what the index holds. A line cut off by a crash is reported and skipped when read.
 */
public final class RawStore implements java.io.Closeable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final String LOG = "inputs.jsonl";

    private final Path dir;
    private final Map<String, String> keptByOrigin = new HashMap<>();
    private FileChannel log;

    private RawStore(Path dir) {
        this.dir = dir;
    }

    /** Opens the store of the corpus under {@code dataDir} for appending, creating it if needed. */
    static RawStore open(Path dataDir) throws IOException {
        RawStore store = new RawStore(dataDir.resolve("raw"));
        Files.createDirectories(store.dir.resolve("objects"));
        for (Map.Entry<String, JsonNode> e : store.lines(new ArrayList<>()).entrySet()) {
            store.keptByOrigin.put(e.getKey(), key(e.getValue()));
        }
        store.log = FileChannel.open(store.dir.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return store;
    }

    /** Whether the corpus under {@code dataDir} keeps its raw inputs outside the index. */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("raw").resolve(LOG));
    }

    boolean isEmpty() {
        return keptByOrigin.isEmpty();
    }

    /** Keeps an input: its bytes (once per content) and a log line, unless this exact input is kept already. */
    void put(RawDocument doc) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("origin", doc.origin());
        line.put("sha256", doc.sha256());
        line.put("format", doc.format().name());
        line.set("given", JSON.valueToTree(doc.given()));
        line.set("fallback", JSON.valueToTree(doc.fallback()));
        doc.charset().ifPresent(c -> line.put("charset", c));
        String key = key(line);
        if (key.equals(keptByOrigin.get(doc.origin()))) {
            return;
        }
        Path object = object(doc.sha256());
        if (!Files.exists(object)) {
            Files.createDirectories(object.getParent());
            Path tmp = object.resolveSibling(object.getFileName() + ".tmp");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(doc.bytes());
                while (b.hasRemaining()) {
                    out.write(b);
                }
                out.force(true);
            }
            try {
                Files.move(tmp, object, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, object, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        ByteBuffer b = ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            log.write(b);
        }
        keptByOrigin.put(doc.origin(), key);
    }

    /** Forces the log to disk: called before each index commit. */
    void sync() throws IOException {
        log.force(true);
    }

    /**
     * Every input kept, the last line of each origin, in origin order; a cut-off or unreadable line, or bytes that
     * are missing or do not match their hash, are problems.
     */
    public static List<RawDocument> read(Path dataDir, List<Problem> problems) throws IOException {
        RawStore store = new RawStore(dataDir.resolve("raw"));
        List<RawDocument> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : store.lines(problems).entrySet()) {
            JsonNode n = e.getValue();
            String sha = n.path("sha256").asText();
            Path object = store.object(sha);
            if (!Files.exists(object)) {
                problems.add(new Problem("repair", e.getKey(), "the kept bytes " + object + " are missing"));
                continue;
            }
            RawDocument doc = new RawDocument(e.getKey(), Files.readAllBytes(object),
                    Format.valueOf(n.path("format").asText()), JSON.treeToValue(n.path("given"), Metadata.class),
                    JSON.treeToValue(n.path("fallback"), Metadata.class),
                    java.util.Optional.ofNullable(n.hasNonNull("charset") ? n.get("charset").asText() : null));
            if (!doc.sha256().equals(sha)) {
                problems.add(new Problem("repair", e.getKey(), "the kept bytes " + object + " do not match their"
                        + " SHA-256 (the disk damaged them)"));
                continue;
            }
            out.add(doc);
        }
        out.sort(java.util.Comparator.comparing(RawDocument::origin));
        return out;
    }

    private Map<String, JsonNode> lines(List<Problem> problems) throws IOException {
        Map<String, JsonNode> byOrigin = new LinkedHashMap<>();
        Path file = dir.resolve(LOG);
        if (!Files.exists(file)) {
            return byOrigin;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(lines.get(i));
                byOrigin.put(n.path("origin").asText(), n);
            } catch (IOException e) {
                problems.add(new Problem("repair", file + ":" + (i + 1), "log line is cut off or unreadable"
                        + " (a crash while it was written?); skipped"));
            }
        }
        return byOrigin;
    }

    private static String key(JsonNode line) {
        return line.path("sha256").asText() + " " + line.path("format").asText() + " " + line.path("given")
                + " " + line.path("fallback") + " " + line.path("charset");
    }

    private Path object(String sha256) {
        return dir.resolve("objects").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public void close() throws IOException {
        if (log != null) {
            log.close();
        }
    }
}
