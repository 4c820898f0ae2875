package dev.parallax.core;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextMapTest {

    @Test
    void mapsCleanOffsetsBackIntoTheRawText() {
        String raw = "icon\n\nFirst paragraph.\n\nshare\nSecond one.";
        TextMap.Builder b = new TextMap.Builder();
        b.copy(raw, 6, 22);
        b.separator("\n\n");
        b.copy(raw, 30, 41);
        String clean = b.text();
        TextMap map = b.map();
        assertThat(clean).isEqualTo("First paragraph.\n\nSecond one.");
        Span second = new Span(clean.indexOf("Second"), clean.length());
        assertThat(map.toRaw(second).of(raw)).isEqualTo("Second one.");
    }

    @Test
    void everyCopiedCharacterMapsToTheSameCharacter() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            StringBuilder raw = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                raw.append((char) ('a' + random.nextInt(26)));
            }
            TextMap.Builder b = new TextMap.Builder();
            int at = 0;
            while (at < raw.length()) {
                int skip = random.nextInt(10);
                int take = random.nextInt(30);
                int start = Math.min(raw.length(), at + skip);
                int end = Math.min(raw.length(), start + take);
                b.copy(raw.toString(), start, end);
                b.separator("\n");
                at = end;
            }
            String clean = b.text();
            TextMap map = b.map();
            for (TextMap.Piece p : map.pieces()) {
                for (int i = 0; i < p.length(); i++) {
                    assertThat(raw.charAt(map.toRaw(p.cleanStart() + i))).isEqualTo(clean.charAt(p.cleanStart() + i));
                }
            }
        }
    }
}
