package dev.parallax.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SingleLinkBaselineTest {

    private static SingleLinkBaseline.Item item(String id, int day, Map<String, Integer> terms) {
        return new SingleLinkBaseline.Item(id, Optional.of(LocalDate.of(2024, 5, 1).plusDays(day)), terms);
    }

    @Test
    void chainsArticlesThatShareTermsWithinTheWindowOnly() {
        SingleLinkBaseline baseline = new SingleLinkBaseline(List.of(
                item("a", 0, Map.of("geneva", 2, "talk", 1)),
                item("b", 2, Map.of("talk", 1, "ai", 2)),
                item("c", 4, Map.of("ai", 2, "risk", 1)),
                item("d", 9, Map.of("ai", 2, "risk", 1)),
                item("e", 0, Map.of("football", 3))), 2);
        Map<String, String> clusters = baseline.cluster(0.2);
        assertThat(clusters.get("a")).isEqualTo(clusters.get("b")).isEqualTo(clusters.get("c"));
        assertThat(clusters.get("d")).isNotEqualTo(clusters.get("c"));
        assertThat(clusters.get("e")).isNotEqualTo(clusters.get("a"));
        assertThat(baseline.cluster(0.99).values()).doesNotHaveDuplicates();
    }
}
