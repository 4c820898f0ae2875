package dev.parallax.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    @Test
    void leavesOutHeadingsAndSourceLinesButKeepsSentences() {
        String text = "Know More\n\nSources:  Nikkei, Breaking Defense\n\nThe talks opened on Tuesday. Both sides spoke.\n";
        assertThat(new SentenceSplitter().split(text)).extracting(s -> s.of(text))
                .containsExactly("The talks opened on Tuesday.", "Both sides spoke.");
    }

    @Test
    void keepsALongLineWithoutAFullStop() {
        String text = "Officials from both countries met in Geneva for the first round of talks on the risks of AI";
        assertThat(new SentenceSplitter().split(text)).hasSize(1);
    }
}
