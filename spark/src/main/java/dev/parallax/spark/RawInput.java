package dev.parallax.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.parallax.core.Metadata;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.io.Serializable;
import java.io.UncheckedIOException;

import static java.util.Objects.requireNonNull;

/**
 * A {@link RawDocument} on its way between Spark tasks and in the {@code raw} column of the output: Java-serializable,
 * the metadata as JSON.
 *
 * @param seq the input's place in the job's input order (file order, then place in the file): the first arrival of
 *            a text gives its article's metadata, as in a single-JVM run
 */
record RawInput(long seq, String origin, String format, String given, String fallback, byte[] bytes)
        implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    RawInput {
        requireNonNull(origin, "origin");
        requireNonNull(format, "format");
        requireNonNull(given, "given");
        requireNonNull(fallback, "fallback");
        requireNonNull(bytes, "bytes");
    }

    static RawInput of(long seq, RawDocument doc) {
        return new RawInput(seq, doc.origin(), doc.format().name(), json(doc.given()), json(doc.fallback()),
                doc.bytes());
    }

    RawDocument document() {
        return new RawDocument(origin, bytes, Format.valueOf(format), metadata(given), metadata(fallback));
    }

    static String json(Metadata m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata records always serialise", e);
        }
    }

    static Metadata metadata(String json) {
        try {
            return JSON.readValue(json, Metadata.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("metadata column is not readable (written by another version?)", e);
        }
    }
}
