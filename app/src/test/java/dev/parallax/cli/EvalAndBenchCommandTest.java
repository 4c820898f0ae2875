package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalAndBenchCommandTest {

    private static Path benchmarkDir(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.write(dir.resolve("html/bus.html.gz"), ExtractCommandTest.gzip(ExtractCommandTest.PAGE));
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"bus": {"articleBody": "The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the northern suburbs with the hospital district, according to documents seen by reporters.", "url": "https://example.com/2024/05/14/bus"}}""");
        return dir;
    }

    @Test
    void scoresExtractionOnABenchmarkDirectory(@TempDir Path dir) throws IOException {
        ExtractCommandTest.Run run = ExtractCommandTest.run("eval", "extraction", benchmarkDir(dir).toString());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("pages      1").contains("recall     1.0000").contains("F1")
                .contains("title      1/1 pages")
                .contains("agrees with the date in the URL on 1 of 1 pages")
                .contains("worst 1 pages:").contains("bus  https://example.com/2024/05/14/bus");
    }

    @Test
    void explainsAWrongDirectory(@TempDir Path dir) {
        ExtractCommandTest.Run run = ExtractCommandTest.run("eval", "extraction", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no ground-truth.json in " + dir);
    }

    @Test
    void measuresExtractionSpeed(@TempDir Path dir) throws IOException {
        ExtractCommandTest.Run run = ExtractCommandTest.run("bench", "extraction", "--rounds", "1", benchmarkDir(dir).toString());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("pages        1").containsPattern("wall clock +[0-9.]+ pages/s")
                .containsPattern("thread CPU +[0-9.]+ pages/s");
    }

    @Test
    void listsItsStagesWhenGivenNone() {
        ExtractCommandTest.Run eval = ExtractCommandTest.run("eval");

        assertThat(eval.err()).contains("extraction");
    }
}
