package dev.parallax.ingest;

import dev.parallax.core.Ids;
import dev.parallax.core.Metadata;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The bytes of one article as they arrived, with where they came from. Kept so that every article can be
 * re-analysed from its raw input.
 *
 * @param origin   the path or URL as given, with {@code #n} for the n-th entry of a container (JSONL line, feed item)
 *                 and {@code #offset} for a record of a web archive
 * @param bytes    the raw bytes, decompressed
 * @param given    metadata that came with the input: a sidecar file, a record's fields, a feed entry's fields; it
 *                 wins over what the page itself says
 * @param fallback metadata the container knows but the page itself beats: a web archive's crawl date (a publication
 *                 date found in the page is the better date)
 * @param charset  the charset the transport declared for the bytes (an HTTP {@code Content-Type}), when it did;
 *                 the decoder prefers it to a declaration inside the page
 */
public record RawDocument(String origin, byte[] bytes, Format format, Metadata given, Metadata fallback,
                          Optional<String> charset) {

    public RawDocument {
        requireNonNull(origin, "origin");
        requireNonNull(bytes, "bytes");
        requireNonNull(format, "format");
        requireNonNull(given, "given");
        requireNonNull(fallback, "fallback");
        requireNonNull(charset, "charset");
    }

    /** An input whose transport declared no charset. */
    public RawDocument(String origin, byte[] bytes, Format format, Metadata given, Metadata fallback) {
        this(origin, bytes, format, given, fallback, Optional.empty());
    }

    /** An input without fallback metadata. */
    public RawDocument(String origin, byte[] bytes, Format format, Metadata given) {
        this(origin, bytes, format, given, Metadata.EMPTY);
    }

    public String sha256() {
        return Ids.sha256(bytes);
    }
}
