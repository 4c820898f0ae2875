package dev.parallax.attribute;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearModelTest {

    private static final LinearModel MODEL = new LinearModel(List.of("made by hand"), 0.4,
            Map.of("bias", -0.5, "cue=said", 2.0, "source=none", -1.0));

    @Test
    void addsTheWeightsOfTheFeaturesPresentThroughTheLogistic() {
        assertThat(MODEL.probability(List.of("bias"))).isCloseTo(1 / (1 + Math.exp(0.5)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MODEL.probability(List.of("bias", "cue=said", "unknown feature")))
                .isCloseTo(1 / (1 + Math.exp(-1.5)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MODEL.accepts(List.of("bias", "cue=said"))).isTrue();
        assertThat(MODEL.accepts(List.of("bias", "source=none"))).isFalse();
    }

    @Test
    void scoresFeaturesWrittenInPiecesAsTheirJoinedNames() {
        Consumer<FeatureSink> features = f -> {
            f.add("bias");
            f.add("cue=", "said");
            f.add("cue", "=", "said"); // the same feature again: counts once
            f.add("unknown ", "feature");
        };
        assertThat(FeatureSink.names(features)).containsExactly("bias", "cue=said", "unknown feature");
        assertThat(MODEL.probability(features)).isEqualTo(MODEL.probability(List.of("bias", "cue=said")));
        assertThat(MODEL.score(features).has("cue=said")).isTrue();
        assertThat(MODEL.score(features).has("unknown feature")).isTrue();
        assertThat(MODEL.score(features).has("source=none")).isFalse();
    }

    @Test
    void readsBackWhatItWrites() {
        LinearModel read = LinearModel.parse(MODEL.format(), "inline");
        assertThat(read).isEqualTo(MODEL);
        assertThat(MODEL.format()).startsWith("# made by hand\nthreshold 0.4000\n")
                .contains("2.000000\tcue=said\n");
    }

    @Test
    void namesTheFileAndLineOfAMalformedModel() {
        assertThatThrownBy(() -> LinearModel.parse("threshold 0.5\nnot a weight\n", "broken.model"))
                .hasMessageContaining("broken.model line 2").hasMessageContaining("not a weight");
        assertThatThrownBy(() -> LinearModel.parse("0.5\tbias\n", "headless.model"))
                .hasMessageContaining("headless.model has no 'threshold P' line");
    }

    @Test
    void theBundledFilterIsATrainedModel() {
        LinearModel bundled = LinearModel.resource(Attributor.FILTER_MODEL);
        assertThat(bundled.comments()).anyMatch(c -> c.startsWith("Made by: parallax train attribution"));
        assertThat(bundled.weights()).hasSizeGreaterThan(100).containsKeys("bias", "kind=direct");
        assertThat(bundled.threshold()).isBetween(0.05, 0.95);
    }
}
