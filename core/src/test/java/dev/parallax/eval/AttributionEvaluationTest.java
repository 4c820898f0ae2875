package dev.parallax.eval;

import dev.parallax.attribute.Attributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real PolNeAR text with its gold, through the whole pipeline. */
class AttributionEvaluationTest {

    private static Path gold() throws URISyntaxException {
        return Path.of(AttributionEvaluationTest.class.getResource("/attribution-gold").toURI());
    }

    @Test
    void loadsTextsWithTheirFirstAnnotationFile() throws Exception {
        List<String> problems = new ArrayList<>();
        List<AttributionEvaluation.GoldDocument> docs = AttributionEvaluation.load(gold(), problems);
        assertThat(problems).isEmpty();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("breitbart_2016-09-12_stealth-over-health-hillary-clin");
            assertThat(d.gold()).hasSize(6);
        });
    }

    @Test
    void scoresTheAttributorOnARealArticle() throws Exception {
        List<AttributionEvaluation.GoldDocument> docs = AttributionEvaluation.load(gold(), new ArrayList<>());
        List<String> progress = new ArrayList<>();
        // The lexicon rules alone, so that this checks the harness and not the learned parts' choices.
        AttributionEvaluation.Result r = new AttributionEvaluation(Attributor.rulesOnly(), Optional.empty())
                .evaluate(docs, false, progress::add);
        assertThat(progress).hasSize(1);
        assertThat(r.baseline()).isEmpty();
        // Six reported statements tagged "reports", "has learned", "said" and "added", before and after them.
        assertThat(r.ours().content().recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.ours().contentSource().f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.attributeNanos()).isLessThan(r.parseNanos());
    }

    @Test
    void scoresOtherAnnotatorsAgainstTheFirst(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String text = "Lee said the plan would fail. Diaz said it was late.";
        Files.writeString(dir.resolve("text/memo.txt"), text);
        String lee = "T1\tSource 0 3\tLee\nT2\tCue 4 8\tsaid\nT3\tContent 9 28\tthe plan would fail\n"
                + "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        String diaz = "T5\tSource 30 34\tDiaz\nT6\tCue 35 39\tsaid\nT7\tContent 40 51\tit was late\n"
                + "T8\tAttribution 35 39\tsaid\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n";
        Files.writeString(dir.resolve("attributions/memo_a.ann"), lee + diaz);
        // One annotator marks the same two; another only Lee's, with Diaz as its source.
        Files.writeString(dir.resolve("attributions/memo_b.ann"), lee + diaz);
        Files.writeString(dir.resolve("attributions/memo_c.ann"),
                lee.replace("Source 0 3\tLee", "Source 30 34\tDiaz"));
        List<String> problems = new ArrayList<>();
        AttributionEvaluation.Agreement a = AttributionEvaluation.agreement(AttributionEvaluation.load(dir, problems), problems);
        assertThat(problems).isEmpty();
        assertThat(a.texts()).isEqualTo(1);
        assertThat(a.annotations()).isEqualTo(2);
        // Against memo_a's two statements, counted once per other annotator: b finds both, c one content with the
        // wrong source.
        assertThat(a.score().content()).isEqualTo(new AttributionScore.Counts(3, 4, 3));
        assertThat(a.score().contentSource()).isEqualTo(new AttributionScore.Counts(3, 4, 2));
    }

    @Test
    void explainsAGoldDirectoryWithTheWrongLayout(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        assertThatThrownBy(() -> AttributionEvaluation.load(dir, new ArrayList<>()))
                .hasMessageContaining("text/NAME.txt").hasMessageContaining("attributions/");
    }

    @Test
    void reportsTextsWithoutAnnotations(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/lonely.txt"), "Nobody annotated this.");
        List<String> problems = new ArrayList<>();
        assertThat(AttributionEvaluation.load(dir, problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("lonely.txt").contains("skipped"));
    }
}
