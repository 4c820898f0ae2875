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
