package dev.parallax.core;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {

    @Test
    void namesTheFirstInvalidByteWithItsOffsetAndLine() {
        byte[] bytes = "Harbour\nCaf\u00e9 owners".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length))
                .contains("byte 0xE9 at offset 11 (line 2) starts no UTF-8 character");
    }

    @Test
    void namesACharacterCutOffAtTheEnd() {
        byte[] full = "Caf\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        assertThat(Utf8.firstInvalid(cut, 0, cut.length))
                .contains("byte 0xC3 at offset 3 (line 1) starts a UTF-8 character cut off at the end");
    }

    @Test
    void validUtf8HasNoInvalidByte() {
        byte[] bytes = "Café, 北京 and ✓".repeat(2000).getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isEmpty();
    }
}
