package dev.parallax.cluster;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BCubedTest {

    @Test
    void perfectClusteringScoresOne() {
        BCubed s = BCubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "2"));
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void mergingTwoGoldStoriesCostsPrecisionNotRecall() {
        BCubed s = BCubed.score(Map.of("a", "x", "b", "x", "c", "x"), Map.of("a", "1", "b", "1", "c", "2"));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, within(1e-9));
    }

    @Test
    void itemsMissingFromThePredictionAreSingletons() {
        BCubed s = BCubed.score(Map.of(), Map.of("a", "1", "b", "1"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
