package dev.parallax.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionTrainerTest {

    @Test
    void trainsTheSameCueDetectorTwiceAndChoosesItsThresholdOnTheHeldOutTexts(@TempDir Path cache) throws Exception {
        List<AttributionEvaluation.GoldDocument> docs = AttributionEvaluation.load(
                Path.of(AttributionTrainerTest.class.getResource("/polnear-dev").toURI()), new ArrayList<>());
        AttributionTrainer trainer = new AttributionTrainer(new AttributionEvaluation(
                new dev.parallax.attribute.Attributor(), Optional.of(new AnnotationCache(cache))));

        AttributionTrainer.TrainedCues first = trainer.trainCues(docs, 5, 16, List.of("test"), line -> { });
        AttributionTrainer.TrainedCues second = trainer.trainCues(docs, 5, 16, List.of("test"), line -> { });

        assertThat(second.model()).isEqualTo(first.model());
        assertThat(first.trainingTexts()).isEqualTo(16);
        assertThat(first.heldOut().texts()).hasSize(5);
        assertThat(first.positives()).isPositive().isLessThan(first.examples());
        assertThat(first.model().weights()).containsKey("bias").containsKey("clause=true");
        // The threshold is the best of the sweep, or none of them (1.0) when no threshold beats the lexicon rules.
        assertBestOfSweep(first.model().threshold(), first.heldOut());
    }

    @Test
    void trainsTheSameContentEndsTwiceAndChoosesTheirThresholdOnTheHeldOutTexts(@TempDir Path cache)
            throws Exception {
        List<AttributionEvaluation.GoldDocument> docs = AttributionEvaluation.load(
                Path.of(AttributionTrainerTest.class.getResource("/polnear-dev").toURI()), new ArrayList<>());
        AttributionTrainer trainer = new AttributionTrainer(new AttributionEvaluation(
                new dev.parallax.attribute.Attributor(), Optional.of(new AnnotationCache(cache))));

        AttributionTrainer.TrainedEnds first = trainer.trainEnds(docs, 5, 16, List.of("test"), line -> { });
        AttributionTrainer.TrainedEnds second = trainer.trainEnds(docs, 5, 16, List.of("test"), line -> { });

        assertThat(second.model()).isEqualTo(first.model());
        assertThat(first.trainingTexts()).isEqualTo(16);
        // Every content learned from has at least one gold end among at least two possible ends.
        assertThat(first.positives()).isGreaterThanOrEqualTo(first.choices()).isLessThan(first.examples());
        assertThat(first.model().weights()).containsKey("dir=same").containsKey("dir=cut");
        assertBestOfSweep(first.model().threshold(), first.heldOut());
    }

    @Test
    void listsTheCommonNounsThatHeadGoldSourcesBeyondTheHandMadeLists(@TempDir Path cache) throws Exception {
        List<AttributionEvaluation.GoldDocument> docs = AttributionEvaluation.load(
                Path.of(AttributionTrainerTest.class.getResource("/polnear-dev").toURI()), new ArrayList<>());
        AttributionTrainer trainer = new AttributionTrainer(new AttributionEvaluation(
                new dev.parallax.attribute.Attributor(), Optional.of(new AnnotationCache(cache))));

        AttributionTrainer.SourceNouns once = trainer.sourceNouns(docs, 5, 16, 1, line -> { });
        AttributionTrainer.SourceNouns twice = trainer.sourceNouns(docs, 5, 16, 2, line -> { });

        assertThat(once.trainingTexts()).isEqualTo(16);
        assertThat(once.sources()).isPositive();
        assertThat(once.nouns()).isNotEmpty().allSatisfy((noun, n) -> {
            assertThat(n).isPositive();
            assertThat(noun).isLowerCase();
            assertThat(dev.parallax.attribute.CueLexicon.listedSourceNoun(noun)).isFalse();
        });
        // A higher minimum keeps exactly the nouns that head that many sources.
        assertThat(twice.nouns()).isEqualTo(once.nouns().entrySet().stream().filter(e -> e.getValue() >= 2)
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
        // "official", "spokesman" and the like are the hand-made role list's, never learned again.
        assertThat(once.nouns()).doesNotContainKeys("official", "spokesman", "report");
    }

    /**
     * {@code threshold} is the one of the sweep with the best content + source F1 over {@code held}'s score before
     * the model (1.0 when none beats it), and {@code held}'s chosen score is its score.
     */
    private static void assertBestOfSweep(double threshold, AttributionTrainer.HeldOut held) {
        double best = held.before().contentSource().f1();
        double expected = 1.0;
        for (Map.Entry<Double, AttributionScore> e : held.byThreshold().entrySet()) {
            if (e.getValue().contentSource().f1() > best + 1e-9) {
                best = e.getValue().contentSource().f1();
                expected = e.getKey();
            }
        }
        assertThat(threshold).isEqualTo(expected);
        assertThat(held.chosen().contentSource().f1()).isEqualTo(best);
    }
}
