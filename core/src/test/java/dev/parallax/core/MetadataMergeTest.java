package dev.parallax.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataMergeTest {

    private static Metadata outlet(String name, String evidence) {
        return Metadata.builder().outlet(name, evidence).build();
    }

    @Test
    void aGivenValueWinsOverAFoundOne() {
        Metadata found = outlet("GT", "copyright line");
        Metadata given = outlet("Global Times", "metadata.csv (x)");
        assertThat(found.mergedWith(Metadata.EMPTY, given, given).outlet().orElseThrow().value())
                .isEqualTo("Global Times");
        assertThat(given.mergedWith(given, found, Metadata.EMPTY).outlet().orElseThrow().value())
                .isEqualTo("Global Times");
    }

    @Test
    void aValueIsNeverReplacedByNothing() {
        Metadata given = outlet("Global Times", "metadata.csv (x)");
        assertThat(given.mergedWith(given, Metadata.EMPTY, Metadata.EMPTY)).isEqualTo(given);
        assertThat(Metadata.EMPTY.mergedWith(Metadata.EMPTY, given, Metadata.EMPTY)).isEqualTo(given);
    }

    @Test
    void ofTwoGivenValuesTheFirstStays() {
        Metadata first = outlet("Global Times", "metadata.csv (a)");
        Metadata second = outlet("Xinhua", "metadata.csv (b)");
        assertThat(first.mergedWith(first, second, second).outlet().orElseThrow().value()).isEqualTo("Global Times");
    }

    @Test
    void authorsFollowTheSameRule() {
        Metadata found = Metadata.builder().author("Staff", "byline").build();
        Metadata given = Metadata.builder().author("Li Wei", "metadata.csv (x)").build();
        assertThat(found.mergedWith(Metadata.EMPTY, given, given).authors()).extracting(Attested::value)
                .containsExactly("Li Wei");
        assertThat(given.mergedWith(given, found, Metadata.EMPTY).authors()).extracting(Attested::value)
                .containsExactly("Li Wei");
    }
}
