package dev.parallax.ingest;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class WarcRecordsTest {

    private static final Instant CRAWLED = Instant.parse("2024-05-16T08:30:00Z");
    /** A page with a publication date of its own (OpenGraph {@code article:published_time} 2016-12-01). */
    private static final String DATED_PAGE = "85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3.html.gz";
    private static final String PAGE = "9e8c9f082a8d77c58c17bda03b6b4bb6a1d6883fe196c252db4ca83b9991e0d3.html.gz";
    private static final String SHORT_PAGE = """
            <html><head><title>Ministers meet in Geneva</title></head><body><article>
            <h1>Ministers meet in Geneva</h1>
            <p>The ministers met on Monday to discuss the accord, officials said in a statement.</p>
            <p>Both delegations said the talks would continue next month in Beijing, according to a joint release.</p>
            </article></body></html>""";

    @TempDir
    Path dir;

    static byte[] page(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(WarcRecordsTest.class.getResourceAsStream("/extraction/html/" + name))) {
            return in.readAllBytes();
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, Instant date)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }

    /**
     * Writes an archive of: warcinfo-less captures in this order — a dated news page, its request, an image, a
     * page the crawler truncated, a redirect, a resource page without a date, and last a page cut off by the end of
     * the file. Returns the offsets of the records as written.
     */
    static long[] writeArchive(Path file, WarcCompression compression) throws IOException {
        long[] offsets = new long[7];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            offsets[0] = writer.position();
            writer.write(response("https://www.example.jp/column/trademark", 200, "text/html; charset=utf-8",
                    page(DATED_PAGE), CRAWLED));
            offsets[1] = writer.position();
            writer.write(new WarcRequest.Builder("https://www.example.jp/column/trademark").date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/column/trademark").build()).build());
            offsets[2] = writer.position();
            writer.write(response("https://www.example.jp/logo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
                    CRAWLED));
            offsets[3] = writer.position();
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, page(PAGE)).build();
            writer.write(new WarcResponse.Builder("https://www.example.com/drugs").date(CRAWLED)
                    .truncated(WarcTruncationReason.LENGTH).body(http).build());
            offsets[4] = writer.position();
            writer.write(response("http://example.com/moved", 301, "text/html", "<a href=x>moved</a>"
                    .getBytes(StandardCharsets.UTF_8), CRAWLED));
            offsets[5] = writer.position();
            writer.write(new WarcResource.Builder(java.net.URI.create("https://news.example.org/geneva"))
                    .date(CRAWLED).body(MediaType.HTML_UTF8, SHORT_PAGE.getBytes(StandardCharsets.UTF_8)).build());
            offsets[6] = writer.position();
            writer.write(response("https://news.example.org/cut", 200, "text/html", page(PAGE), CRAWLED));
        }
        // Cut the file in the middle of the last record, as an interrupted download or crawl leaves it.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(offsets[6] + (channel.size() - offsets[6]) / 2);
        }
        return offsets;
    }

    private Ingested ingest(Path file) {
        return new Ingester().ingest(List.of(file));
    }

    @Test
    void readsEachHtmlCaptureOfAGzippedArchiveAsOneDocumentAndReportsTheRestByOffset() throws IOException {
        Path file = dir.resolve("news.warc.gz");
        long[] at = writeArchive(file, WarcCompression.GZIP);
        Ingested in = ingest(file);

        assertThat(in.documents()).extracting(RawDocument::origin)
                .containsExactly(file + "#" + at[0], file + "#" + at[5]);
        assertThat(in.documents()).extracting(d -> Metadata.valueOf(d.given().url()))
                .containsExactly("https://www.example.jp/column/trademark", "https://news.example.org/geneva");
        assertThat(in.documents().get(0).bytes()).isEqualTo(page(DATED_PAGE));
        assertThat(in.problems()).extracting(Problem::location)
                .containsExactly(file + "#" + at[2], file + "#" + at[3], file + "#" + at[4], file + "#" + at[6]);
        assertThat(in.problems().get(0).message()).contains("image/png", "not HTML");
        assertThat(in.problems().get(1).message()).contains("truncated by the crawler (length)");
        assertThat(in.problems().get(2).message()).contains("HTTP status 301");
        assertThat(in.problems().get(3).message()).contains("the file is truncated");
    }

    @Test
    void readsAPlainArchiveTheSameWay() throws IOException {
        Path file = dir.resolve("news.warc");
        long[] at = writeArchive(file, WarcCompression.NONE);
        Ingested in = ingest(file);
        assertThat(in.documents()).extracting(RawDocument::origin)
                .containsExactly(file + "#" + at[0], file + "#" + at[5]);
        assertThat(in.problems()).extracting(Problem::location).contains(file + "#" + at[6]);
    }

    @Test
    void goesOnAfterAMalformedRecord() throws IOException {
        Path good = dir.resolve("good.warc.gz");
        long[] at = writeArchive(good, WarcCompression.GZIP);
        Path file = dir.resolve("damaged.warc.gz");
        byte[] archive = Files.readAllBytes(good);
        byte[] garbage = gzip("WARC/1.0\r\nWARC-Type response\r\nno colon anywhere\r\n\r\n");
        // A damaged record first, then the archive as before.
        byte[] joined = new byte[garbage.length + archive.length];
        System.arraycopy(garbage, 0, joined, 0, garbage.length);
        System.arraycopy(archive, 0, joined, garbage.length, archive.length);
        Files.write(file, joined);

        Ingested in = ingest(file);
        assertThat(in.problems().get(0).location()).isEqualTo(file + "#0");
        assertThat(in.problems().get(0).message()).contains("malformed WARC record at offset 0");
        assertThat(in.documents()).extracting(RawDocument::origin)
                .containsExactly(file + "#" + garbage.length, file + "#" + (garbage.length + at[5]));
        assertThat(in.problems()).hasSize(5);
    }

    @Test
    void thePagesOwnDateBeatsTheCrawlDateWhichStandsInWhenThePageHasNone() throws IOException {
        Path file = dir.resolve("news.warc.gz");
        writeArchive(file, WarcCompression.GZIP);
        List<Article> articles = ingest(file).documents().stream().map(new ArticleExtractor()::extract).toList();
        assertThat(articles.get(0).meta().published()).hasValueSatisfying(d -> assertThat(d.value()).startsWith("2016-12-01"));
        assertThat(articles.get(1).meta().published()).hasValueSatisfying(d -> {
            assertThat(d.value()).startsWith("2024-05-16");
            assertThat(d.evidence()).contains("WARC-Date");
        });
        assertThat(articles.get(1).meta().url()).hasValueSatisfying(u -> assertThat(u.value())
                .isEqualTo("https://news.example.org/geneva"));
        assertThat(articles.get(1).text()).contains("The ministers met on Monday");
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
