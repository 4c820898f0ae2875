package dev.parallax.spark;

import dev.parallax.core.Problem;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.index.AnalysisCodec;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.SearchHit;
import dev.parallax.index.SearchRequest;
import dev.parallax.index.SentenceSplitter;
import dev.parallax.ingest.Ingester;
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.core.Progress;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the job once in local[2] on the sample corpus, a web archive and a missing path, and checks its output
 * against the single-JVM pipeline; CoreNLP annotation dominates the cost, so all tests share that one run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisJobTest {

    private static final Path SAMPLE = Path.of("../core/src/test/resources/ai-talks").toAbsolutePath().normalize();
    private static final Path PAGES = Path.of("../core/src/test/resources/extraction/html");
    private static final String SHORT_PAGE = """
            <html><head><title>Ministers meet in Geneva</title></head><body><article>
            <h1>Ministers meet in Geneva</h1>
            <p>The ministers met on Monday to discuss the accord, officials said in a statement.</p>
            </article></body></html>""";

    private Path work;
    private Path archive;
    private long cutRecord;
    private SparkSession spark;
    private AnalysisJob.Report report;
    private Map<String, Row> byId;
    private List<Row> problems;

    @BeforeAll
    void runTheJobOnce() throws IOException {
        work = Files.createTempDirectory("parallax-spark-test");
        archive = work.resolve("news.warc.gz");
        writeArchive(archive);
        spark = AnalysisJob.local("local[2]");
        report = new AnalysisJob(spark).run(List.of(SAMPLE.toString(), archive.toString(),
                work.resolve("missing").toString()), work.resolve("out").toString());
        byId = spark.read().parquet(work.resolve("out/analyses").toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("id")), Function.identity()));
        problems = spark.read().parquet(work.resolve("out/problems").toString()).collectAsList();
    }

    @AfterAll
    void stop() throws IOException {
        if (spark != null) {
            spark.stop();
        }
        try (var walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A gzipped archive: one news page, one short page, and a last page cut off by the end of the file. */
    private void writeArchive(Path file) throws IOException {
        byte[] page;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(PAGES.resolve(
                "9e8c9f082a8d77c58c17bda03b6b4bb6a1d6883fe196c252db4ca83b9991e0d3.html.gz")))) {
            page = in.readAllBytes();
        }
        Instant crawled = Instant.parse("2024-05-16T08:30:00Z");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(new WarcResponse.Builder("https://www.politifact.com/drugs").date(crawled)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML, page).build()).build());
            writer.write(new WarcResponse.Builder("https://news.example.org/geneva").date(crawled)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                            SHORT_PAGE.getBytes(StandardCharsets.UTF_8)).build()).build());
            cutRecord = writer.position();
            writer.write(new WarcResponse.Builder("https://news.example.org/cut").date(crawled)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML, page).build()).build());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(cutRecord + (channel.size() - cutRecord) / 2);
        }
    }

    private static String string(Row r, String column) {
        return r.getString(r.fieldIndex(column));
    }

    @Test
    void writesOneRowPerArticleWithItsOriginsAndMetadata() {
        assertThat(report.articles()).as("articles %s, problems %s", byId.values().stream().map(r -> string(r, "url")
                + " " + r.getList(r.fieldIndex("origins"))).toList(), problems).isEqualTo(6);
        assertThat(byId).hasSize(6);
        List<String> origins = byId.values().stream().flatMap(r -> r.<String>getList(r.fieldIndex("origins")).stream())
                .sorted().toList();
        assertThat(origins).hasSize(6).contains(archive + "#0");
        assertThat(origins.stream().filter(o -> o.startsWith(SAMPLE + "/"))).hasSize(4);
        Row geneva = byId.values().stream().filter(r -> "https://news.example.org/geneva".equals(string(r, "url")))
                .findFirst().orElseThrow();
        assertThat(string(geneva, "published")).startsWith("2024-05-16");
        assertThat(byId.values()).allSatisfy(r -> {
            assertThat(r.getInt(r.fieldIndex("analysis_version"))).isEqualTo(Pipeline.ANALYSIS_VERSION);
            assertThat(r.getList(r.fieldIndex("sentences"))).isNotEmpty();
            assertThat(r.getList(r.fieldIndex("raw"))).hasSize(r.getList(r.fieldIndex("origins")).size());
        });
    }

    @Test
    void badInputsBecomeProblemRowsAndTheJobGoesOn() {
        assertThat(problems).extracting(r -> string(r, "location"))
                .contains(archive + "#" + cutRecord, work.resolve("missing").toString());
        Row cut = problems.stream().filter(r -> string(r, "location").equals(archive + "#" + cutRecord))
                .findFirst().orElseThrow();
        assertThat(string(cut, "message")).contains("truncated");
        assertThat(string(cut, "kind")).isEqualTo(Problem.Kind.INPUT.name());
        assertThat(report.problems()).isEqualTo(problems.size());
    }

    @Test
    void anArticlesAnalysisFromSparkEqualsItsAnalysisFromOneJvm() {
        Pipeline pipeline = new Pipeline();
        Corpus corpus = pipeline.extract(new Ingester().ingest(List.of(SAMPLE)));
        // The shortest sample article keeps the extra CoreNLP work of this test small.
        Article article = corpus.articles().stream().min(Comparator.comparingInt(a -> a.text().length()))
                .orElseThrow();
        AnalysedArticle single = pipeline.analyse(article);
        Row row = byId.get(article.id());
        assertThat(row).isNotNull();
        byte[] fromSpark = (byte[]) row.get(row.fieldIndex("analysis"));
        assertThat(AnalysisCodec.analysis(fromSpark).article()).isEqualTo(article);
        assertThat(fromSpark).isEqualTo(AnalysisCodec.encode(single));

        AnalysisTable.Stored stored = AnalysisTable.stored(row);
        assertThat(stored.sentences()).isEqualTo(new SentenceSplitter().split(article.text()));
        float[][] vectors = new BgeSmallEmbedder().embed(stored.sentences().stream()
                .map(s -> s.of(article.text())).toList());
        assertThat(stored.vectors()).isDeepEqualTo(vectors);
    }

    @Test
    void aCorpusLoadsTheOutputWithoutAnalysingAndFindsTheJointStatement() throws IOException {
        Path data = work.resolve("corpus");
        try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
            AnalysisLoader loader = new AnalysisLoader(spark, new Pipeline(), index, 16);
            IndexReport loaded = loader.load(work.resolve("out").toString(), Progress.NONE, n -> { });
            assertThat(loaded.added()).isEqualTo(6);
            assertThat(loaded.analysed()).isZero();
            assertThat(loaded.problems()).extracting(Problem::location).contains(archive + "#" + cutRecord);
            CorpusUpdater.Update update = loader.updater().update(loaded.problems(), Progress.NONE);
            assertThat(update.placed()).isEqualTo(6);
            assertThat(update.version().briefing().stories()).isNotEmpty();

            List<SearchHit> hits = index.search(new SearchRequest("\"joint statement\"", SearchRequest.Mode.of("words"),
                    10, Optional.empty()), new BgeSmallEmbedder()).hits();
            assertThat(hits).extracting(SearchHit::outlet).anySatisfy(o -> assertThat(o).containsIgnoringCase("semafor"));
            assertThat(hits).extracting(SearchHit::outlet).anySatisfy(o -> assertThat(o).containsIgnoringCase("global times"));

            // Loading again adds nothing: every input is already in the corpus.
            IndexReport again = new AnalysisLoader(spark, new Pipeline(), index, 16)
                    .load(work.resolve("out").toString(), Progress.NONE, n -> { });
            assertThat(again.added()).isZero();
            assertThat(again.unchanged()).isEqualTo(again.inputs());
        }
    }
}
