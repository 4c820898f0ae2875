package dev.parallax.eval;

import dev.parallax.core.Problem;
import dev.parallax.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractionEvaluationTest {

    private static final Path BENCHMARK_SAMPLE = Path.of("src/test/resources/extraction");

    @Test
    void scoresRealBenchmarkPagesHighly() throws IOException {
        ExtractionEvaluation.Report report = new ExtractionEvaluation(new ArticleExtractor()).evaluate(BENCHMARK_SAMPLE);

        assertThat(report.pages()).hasSize(3);
        assertThat(report.f1()).isGreaterThan(0.95);
        assertThat(report.titles()).isEqualTo(3);
        assertThat(report.publishedDates()).isEqualTo(3);
        assertThat(report.urlDated()).isZero(); // "/2019/nov/18/" is not a numeric date
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void averagesPrecisionAndRecallOverPagesAndListsTheWorstFirst(@TempDir Path dir) throws IOException {
        String body = "The city council voted on Tuesday to expand the bus network, adding four new routes.";
        writePage(dir, "good", "<html><body><article><p>" + body + " " + body.replace("Tuesday", "Monday")
                + "</p><p>" + body.replace("four", "five") + "</p></article></body></html>");
        writePage(dir, "empty", "<html><body></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"good": {"articleBody": "%s", "url": "https://example.com/2024/05/14/bus"},
                 "empty": {"articleBody": "%s", "url": "https://example.com/other"}}""".formatted(body, body));

        ExtractionEvaluation.Report report = new ExtractionEvaluation(new ArticleExtractor()).evaluate(dir);

        assertThat(report.worst(1)).extracting(ExtractionEvaluation.PageScore::id).containsExactly("empty");
        ExtractionEvaluation.PageScore good = report.worst(2).get(1);
        assertThat(good.score().recall()).isEqualTo(1.0);
        assertThat(report.recall()).isEqualTo(0.5);
        assertThat(report.precision()).isEqualTo(good.score().precision() / 2);
        assertThat(report.f1()).isEqualTo(ShingleScore.f1(report.precision(), report.recall()));
        assertThat(report.meanPageF1()).isEqualTo(good.f1() / 2);
    }

    @Test
    void scoresAMissingOrTruncatedPageAsZeroWithAProblem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        byte[] gzip = gzip("<html><body><p>" + "Some text of a page. ".repeat(200) + "</p></body></html>");
        Files.write(dir.resolve("html/cut.html.gz"), java.util.Arrays.copyOf(gzip, gzip.length / 2));
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"cut": {"articleBody": "Some text of a page.", "url": ""},
                 "gone": {"articleBody": "Some text of a page.", "url": ""}}""");

        ExtractionEvaluation.Report report = new ExtractionEvaluation(new ArticleExtractor()).evaluate(dir);

        assertThat(report.f1()).isZero();
        assertThat(report.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "cannot read: Unexpected end of ZLIB input stream", "page listed in ground-truth.json is missing");
    }

    @Test
    void explainsAMissingGroundTruthFile(@TempDir Path dir) {
        assertThatThrownBy(() -> new ExtractionEvaluation(new ArticleExtractor()).evaluate(dir))
                .hasMessageContaining("no ground-truth.json in " + dir);
    }

    @Test
    void readsDatesFromUrls() {
        assertThat(ExtractionEvaluation.urlDate("https://www.cnn.com/2019/11/18/politics/x/index.html"))
                .contains(LocalDate.of(2019, 11, 18));
        assertThat(ExtractionEvaluation.urlDate("https://example.com/2019-11-18-some-story")).contains(LocalDate.of(2019, 11, 18));
        assertThat(ExtractionEvaluation.urlDate("https://example.com/news/12345")).isEmpty();
    }

    private static void writePage(Path dir, String id, String html) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.write(dir.resolve("html").resolve(id + ".html.gz"), gzip(html));
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
