package dev.parallax.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attribution acceptance bar on a PolNeAR-like gold split, far above CoreNLP's quote attribution.
 * Run with {@code mvn test -Pquality -Dparallax.attribution.gold=/path/to/dev} (skipped without the data).
 */
@Tag("quality")
class AttributionQualityTest {

    @Test
    void beatsTheBarAndTheCoreNlpBaseline() throws Exception {
        String dir = System.getProperty("parallax.attribution.gold", "");
        Assumptions.assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "set -Dparallax.attribution.gold to a gold directory (text/, attributions/)");
        var docs = AttributionEvaluation.load(Path.of(dir), new ArrayList<>());
        AttributionEvaluation.Result r = new AttributionEvaluation().evaluate(docs, true, line -> { });
        assertThat(r.ours().contentSource().f1()).isGreaterThanOrEqualTo(0.50);
        assertThat(r.ours().directSpeakerAccuracy()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.ours().contentSource().f1()).isGreaterThan(r.baseline().orElseThrow().contentSource().f1() + 0.2);
        assertThat(r.attributeNanos()).isLessThan(r.parseNanos() / 10);
    }
}
