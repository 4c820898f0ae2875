package dev.parallax.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Tells where bytes stop being UTF-8, so a decoding fallback can say why it was taken. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Where bytes {@code [from, to)} stop being UTF-8, said for a reader ({@code "byte 0xE9 at offset 812 (line 14)
     * starts no UTF-8 character"}), or empty when they are valid UTF-8.
     */
    public static Optional<String> firstInvalid(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            if (result.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                String what = result.isMalformed() && at + result.length() >= to && (bytes[at] & 0xc0) == 0xc0
                        ? "a UTF-8 character cut off at the end" : "no UTF-8 character";
                return Optional.of(String.format(Locale.ROOT, "byte 0x%02X at offset %d (line %d) starts %s",
                        bytes[at] & 0xff, at, line, what));
            }
            break;
        }
        return Optional.empty();
    }
}
