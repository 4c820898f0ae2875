package dev.parallax.extract;

import dev.parallax.core.Problem;
import dev.parallax.core.Utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes the bytes of a text input: UTF-8 (or UTF-16 with a byte order mark), else Windows-1252 with a problem. */
public final class Decoder {

    /** The decoded text, and a problem when the bytes were not what they claimed to be. */
    public record Decoded(String text, Optional<Problem> problem) {
    }

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes, String origin) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), Optional.empty());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), Optional.empty());
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        Optional<String> invalid = Utf8.firstInvalid(bytes, skip, bytes.length);
        if (invalid.isEmpty()) {
            return new Decoded(new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8), Optional.empty());
        }
        Charset fallback = Charset.forName("windows-1252");
        return new Decoded(new String(bytes, fallback), Optional.of(new Problem("extract", origin,
                "not valid UTF-8: " + invalid.get() + "; decoded as Windows-1252 (the usual encoding of text that is"
                        + " not UTF-8), check the characters")));
    }
}
