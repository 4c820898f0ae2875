package dev.parallax.eval;

import dev.parallax.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BratReaderTest {

    private final BratReader reader = new BratReader();

    @Test
    void tiesContentCueAndSourceThroughTheAttributionEvent() {
        String text = "Sources said the talks failed.";
        String ann = """
                T1\tSource 0 7\tSources
                T2\tCue 8 12\tsaid
                T3\tContent 13 29\tthe talks failed
                T4\tAttribution 8 12\tsaid
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                T5\tDiscard 0 3\tSou
                """;
        BratReader.Read read = reader.read(ann, text);
        assertThat(read.problems()).isEmpty();
        assertThat(read.attributions()).singleElement().satisfies(a -> {
            assertThat(a.content()).containsExactly(new Span(13, 29));
            assertThat(a.cue()).containsExactly(new Span(8, 12));
            assertThat(a.source()).containsExactly(new Span(0, 7));
        });
    }

    @Test
    void readsDiscontinuousFragmentsAndAttributionsWithoutSource() {
        String text = "“One,” he said. “Two.” The clip has faced ridicule online.";
        String ann = """
                T1\tContent 0 6;16 22\t“One,” “Two.”
                T2\tCue 10 14\tsaid
                T3\tSource 7 9\the
                T4\tAttribution 10 14\tsaid
                E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3
                T5\tCue 32 57\thas faced ridicule online
                T6\tContent 23 31\tThe clip
                T7\tAttribution-no-source 32 57\thas faced ridicule online
                E2\tAttribution-no-source:T7 Content:T6 Cue:T5
                """;
        List<BratAttribution> read = reader.read(ann, text).attributions();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).content()).containsExactly(new Span(0, 6), new Span(16, 22));
        assertThat(read.get(1).source()).isEmpty();
    }

    @Test
    void convertsCodePointOffsetsToStringOffsets() {
        String text = "😀 Lee said no.";
        BratReader.Read read = reader.read("T1\tContent 11 13\tno\nE1\tAttribution:T9 Content:T1\n", text);
        assertThat(read.attributions().getFirst().content().getFirst().of(text)).isEqualTo("no");
    }

    @Test
    void reportsBrokenLinesWithTheirNumberAndReadsTheRest() {
        String text = "He said yes.";
        String ann = "T1\tContent x y\tyes\nT2\tContent 8 11\tyes\nE1\tAttribution:T4 Content:T2 Source:T7\n";
        BratReader.Read read = reader.read(ann, text);
        assertThat(read.problems()).anySatisfy(p -> assertThat(p).startsWith("line 1:").contains("bad offsets"));
        assertThat(read.problems()).anySatisfy(p -> assertThat(p).startsWith("line 3:").contains("T7"));
        assertThat(read.attributions()).singleElement();
    }
}
