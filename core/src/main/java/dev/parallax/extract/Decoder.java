package dev.parallax.extract;

import dev.parallax.core.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(text, Optional.empty());
        } catch (CharacterCodingException e) {
            Charset fallback = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, fallback), Optional.of(new Problem("extract", origin,
                    "not valid UTF-8 (" + e.getMessage() + "); decoded as Windows-1252, check the characters")));
        }
    }
}
