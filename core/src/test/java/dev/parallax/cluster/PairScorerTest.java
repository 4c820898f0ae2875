package dev.parallax.cluster;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairScorerTest {

    /** Same event when titles and entities overlap, whatever the content cosine. */
    private static PairScorer titleAndEntityScorer() {
        List<PairFeatures> pairs = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            for (int j = 0; j <= 10; j++) {
                pairs.add(new PairFeatures((i * 7 % 11) / 10.0, 0.5, 0.2, 0.3, i / 10.0, 0.4, j / 10.0, 0, 0.1));
                same.add(i + j >= 12);
            }
        }
        return PairScorer.train(pairs, same);
    }

    @Test
    void learnsWhichFeaturesTellTheSameEvent() {
        PairScorer scorer = titleAndEntityScorer();
        double same = scorer.probability(new PairFeatures(0.2, 0.5, 0.2, 0.3, 0.9, 0.4, 0.8, 0, 0.1));
        double different = scorer.probability(new PairFeatures(0.9, 0.5, 0.2, 0.3, 0.1, 0.4, 0.2, 0, 0.1));
        assertThat(same).isGreaterThan(0.8);
        assertThat(different).isLessThan(0.2);
        PairFeatures base = new PairFeatures(0.5, 0.5, 0.2, 0.3, 0.5, 0.4, 0.5, 0, 0.1);
        assertThat(scorer.probability(new PairFeatures(0.5, 0.5, 0.2, 0.3, 0.7, 0.4, 0.5, 0, 0.1)))
                .as("more title words in common").isGreaterThan(scorer.probability(base));
        assertThat(scorer.probability(new PairFeatures(0.5, 0.5, 0.2, 0.3, 0.5, 0.4, 0.7, 0, 0.1)))
                .as("more entities in common").isGreaterThan(scorer.probability(base));
    }

    @Test
    void trainingIsDeterministicAndTheSavedModelScoresTheSame() throws IOException {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        titleAndEntityScorer().save(first);
        titleAndEntityScorer().save(second);
        assertThat(first.toString()).isEqualTo(second.toString());
        PairScorer read = PairScorer.read(new StringReader(first.toString()));
        PairFeatures pair = new PairFeatures(0.5, 0.5, 0.3, 0.4, 0.6, 0.5, 0.6, 0.33, 0.14);
        assertThat(read.probability(pair)).isEqualTo(titleAndEntityScorer().probability(pair));
    }

    @Test
    void refusesLabelsOfOneKindWithTheLikelyCause() {
        List<PairFeatures> pairs = List.of(new PairFeatures(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0, 0),
                new PairFeatures(0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0, 0));
        assertThatThrownBy(() -> PairScorer.train(pairs, List.of(false, false)))
                .hasMessageContaining("all different").hasMessageContaining("share story ids");
    }

    @Test
    void refusesAModelOverOtherFeatures() {
        String twoFeatures = """
                solver_type L2R_LR
                nr_class 2
                label 1 0
                nr_feature 2
                bias 1.0
                w
                0.5\s
                0.5\s
                0.1\s
                """;
        assertThatThrownBy(() -> PairScorer.read(new StringReader(twoFeatures)))
                .hasMessageContaining("has 2 features").hasMessageContaining("train stories");
    }

    @Test
    void theBundledModelTellsAReportOfTheSameEventFromAnotherOnTheSameTopic() {
        PairScorer bundled = PairScorer.bundled();
        double sameEvent = bundled.probability(new PairFeatures(0.92, 0.85, 0.45, 0.5, 0.4, 0.6, 0.7, 0.33, 0));
        double sameTopic = bundled.probability(new PairFeatures(0.75, 0.6, 0.1, 0.15, 0.0, 0.1, 0.3, 0, 0.14));
        assertThat(sameEvent).isGreaterThan(StoryIndex.Settings.DEFAULT.eventThreshold());
        assertThat(sameTopic).isLessThan(StoryIndex.Settings.DEFAULT.eventThreshold());
    }
}
