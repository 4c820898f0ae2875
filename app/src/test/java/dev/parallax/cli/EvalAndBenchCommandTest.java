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
    void refusesFewerThanOneAnalysisThread() {
        ExtractCommandTest.Run bench = ExtractCommandTest.run("bench", "--threads", "0", "../examples/ai-talks");
        assertThat(bench.exit()).isEqualTo(2);
        assertThat(bench.err()).contains("--limit and --threads must be at least 1");

        ExtractCommandTest.Run brief = ExtractCommandTest.run("brief", "--threads", "0", "../examples/ai-talks");
        assertThat(brief.exit()).isEqualTo(2);
        assertThat(brief.err()).contains("--threads must be at least 1, got 0");
    }

    /** The four sample articles as a table with gold story ids: the Geneva reports are one story. */
    private static Path labelledTable(Path dir) throws IOException {
        Path sample = Path.of("../examples/ai-talks");
        String[][] rows = {{"000_be6de4bd62aa57b5.txt", "Semafor", "geneva"}, {"001_4f27c6cf54a86f25.txt", "", "bletchley"},
                {"002_7ea9eeeb3fa4b8c8.txt", "Global Times", "geneva"}, {"003_183bc626ba84cb9a.txt", "Global Times", "op-ed"}};
        StringBuilder csv = new StringBuilder("outlet,text,story\n");
        for (String[] r : rows) {
            String text = Files.readString(sample.resolve(r[0])).replace("\"", "\"\"");
            csv.append(r[1]).append(",\"").append(text).append("\",").append(r[2]).append("\n");
        }
        return Files.writeString(dir.resolve("stories.csv"), csv);
    }

    @Test
    void scoresStoryClusteringOfALabelledTableWithTheBaseline(@TempDir Path dir) throws IOException {
        Path table = labelledTable(dir);
        ExtractCommandTest.Run run = ExtractCommandTest.run("eval", "stories", "--quiet", "--errors", table.toString());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("4 articles with text, 4 labelled, 3 gold stories")
                .containsPattern("threshold 0.20\\*  B-cubed P 1.000  R 1.000  F1 1.000")
                .contains("storylines").containsPattern("baseline [0-9.]+ +B-cubed")
                .doesNotContain("split").doesNotContain("mixed");
    }

    @Test
    void trainsAPairScorerOnALabelledTableAndWritesAModelThatReadsBack(@TempDir Path dir) throws IOException {
        Path table = labelledTable(dir);
        Path model = dir.resolve("models/pairs.model");
        ExtractCommandTest.Run run = ExtractCommandTest.run("train", "stories", "--quiet", "--cross-validate",
                "--sweep", "0.2", table.toString(), "--out", model.toString());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("4 labelled articles, 3 gold stories; 5 pairs within 7 days, 1 of the same story")
                .contains("weights  content").contains("model    written to")
                .containsPattern("threshold 0.20\\*  events P [0-9.]+")
                .contains("cannot cross-validate");
        try (java.io.Reader in = Files.newBufferedReader(model)) {
            assertThat(dev.parallax.cluster.PairScorer.read(in).weights()).hasSize(45);
        }
    }

    @Test
    void listsItsStagesWhenGivenNone() {
        ExtractCommandTest.Run eval = ExtractCommandTest.run("eval");

        assertThat(eval.err()).contains("extraction");
    }
}
