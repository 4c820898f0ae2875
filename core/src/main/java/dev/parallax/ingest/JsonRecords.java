package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Splits a JSON file (one object, an array of objects) or a JSONL file (one object a line) into records. */
final class JsonRecords {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecords() {
    }

    static void split(String origin, byte[] bytes, Metadata given, List<RawDocument> out, List<Problem> problems) {
        JsonNode whole;
        try {
            whole = JSON.readTree(bytes);
        } catch (IOException e) {
            splitLines(origin, bytes, given, out, problems);
            return;
        }
        if (whole == null || whole.isMissingNode()) {
            problems.add(new Problem("ingest", origin, "empty JSON file"));
        } else if (whole.isArray()) {
            for (int i = 0; i < whole.size(); i++) {
                add(origin + "#" + (i + 1), whole.get(i), given, out, problems);
            }
        } else {
            add(origin, whole, given, out, problems);
        }
    }

    private static void splitLines(String origin, byte[] bytes, Metadata given, List<RawDocument> out,
                                   List<Problem> problems) {
        Utf8.firstInvalid(bytes, 0, bytes.length).ifPresent(where -> problems.add(new Problem("ingest", origin,
                "not valid UTF-8: " + where + "; read as UTF-8 with each invalid byte replaced by U+FFFD (JSON is"
                        + " UTF-8 by definition), check the characters")));
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = origin + "#" + (i + 1);
            try {
                add(where, JSON.readTree(lines[i]), given, out, problems);
            } catch (JsonProcessingException e) {
                problems.add(new Problem("ingest", where, "line " + (i + 1) + " is not valid JSON: "
                        + e.getOriginalMessage()));
            }
        }
    }

    private static void add(String where, JsonNode node, Metadata given, List<RawDocument> out, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem("ingest", where, "expected a JSON object with article fields, found "
                    + node.getNodeType().name().toLowerCase()));
            return;
        }
        byte[] raw;
        try {
            raw = JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always serialises", e);
        }
        out.add(new RawDocument(where, raw, Format.RECORD, given));
    }
}
