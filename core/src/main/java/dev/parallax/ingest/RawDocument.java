package dev.parallax.ingest;

import dev.parallax.core.Ids;
import dev.parallax.core.Metadata;

import static java.util.Objects.requireNonNull;

/**
 * The bytes of one article as they arrived, with where they came from. Kept so that every article can be
 * re-analysed from its raw input.
 *
 * @param origin the path or URL as given, with {@code #n} for the n-th entry of a container (JSONL line, feed item)
 * @param bytes  the raw bytes, decompressed
 * @param given  metadata that came with the input: a sidecar file, a record's fields, a feed entry's fields
 */
public record RawDocument(String origin, byte[] bytes, Format format, Metadata given) {

    public RawDocument {
        requireNonNull(origin, "origin");
        requireNonNull(bytes, "bytes");
        requireNonNull(format, "format");
        requireNonNull(given, "given");
    }

    public String sha256() {
        return Ids.sha256(bytes);
    }
}
