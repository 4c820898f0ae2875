package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code spark analyze} then {@code ingest --analyses} then {@code search}, as a user runs them; one short article. */
class SparkCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void analysesInSparkThenLoadsAndSearchesTheCorpus() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("geneva.txt"), """
                Ministers meet in Geneva

                The ministers met on Monday in Geneva to discuss the accord, officials said in a joint statement.
                """);
        Files.writeString(inputs.resolve("broken.json"), "{\"title\": \"no text\", ");
        Path out = dir.resolve("out");

        CliRun analyse = run("spark", "analyze", inputs.toString(), "--out", out.toString(), "--master", "local[2]");
        assertThat(analyse.exit()).as(analyse.err()).isEqualTo(ExitCodes.FAILED); // the broken JSON file
        assertThat(analyse.out()).contains("analysed 1 articles from 1 inputs", "1 problems");
        assertThat(out.resolve("analyses")).isDirectory();

        Path corpus = dir.resolve("corpus");
        CliRun ingest = run("ingest", "--analyses", out.toString(), "--data", corpus.toString(), "--quiet");
        assertThat(ingest.out()).as(ingest.err()).contains("1 new articles (analysed 0)", "briefing version 1");
        assertThat(ingest.err()).contains("broken.json");

        CliRun search = run("search", "\"joint statement\"", "--data", corpus.toString());
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("1 hits", "geneva.txt");
    }
}
