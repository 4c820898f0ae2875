package dev.parallax.eval;

import dev.parallax.extract.ArticleExtractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The full development set of the extraction benchmark; run with {@code -Pquality}. */
@Tag("quality")
class ExtractionQualityTest {

    private static final Path DEV = Path.of(System.getProperty("parallax.extraction.dev",
            "../../shared/eval/extraction-dev"));

    @Test
    void reachesTheTargetF1OnTheDevelopmentPages() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "extraction dev set not found at " + DEV.toAbsolutePath());
        ExtractionEvaluation.Report report = new ExtractionEvaluation(new ArticleExtractor()).evaluate(DEV);

        assertThat(report.f1()).isGreaterThanOrEqualTo(0.96);
        assertThat(report.titles()).isEqualTo(report.pages().size());
        assertThat(report.publishedMatchesUrl()).isEqualTo(report.urlDated());
    }
}
