package dev.parallax.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpanTest {

    @Test
    void rejectsNegativeAndInvertedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("[-1, 2)");
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measuresOverlapAndContainment() {
        Span a = new Span(0, 10);
        Span b = new Span(5, 15);
        assertThat(a.overlap(b)).isEqualTo(5);
        assertThat(a.overlaps(new Span(10, 12))).isFalse();
        assertThat(a.contains(new Span(2, 3))).isTrue();
        assertThat(a.union(b)).isEqualTo(new Span(0, 15));
    }

    @Test
    void cutsTextAndFailsFastOutsideIt() {
        assertThat(new Span(4, 9).of("the quick fox")).isEqualTo("quick");
        assertThatThrownBy(() -> new Span(4, 99).of("short")).hasMessageContaining("exceeds text of length 5");
    }
}
