package dev.parallax.ingest;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every container format read from untrusted files — JSON and JSONL records, CSV and TSV tables, RSS and Atom
 * feeds, web archives and the metadata sidecar — turns any bytes into documents and problems, never an exception,
 * and each document it yields extracts without an internal problem. {@code -Pfuzz} fuzzes each target; kept crash
 * inputs replay in the default run.
 */
class IngestFuzzTest {

    private static final Ingester INGESTER = new Ingester();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("parallax-fuzz");
    }

    @AfterAll
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @FuzzTest
    @DictionaryEntries({"{", "}", "[", "]", "\"text\":", "\"title\":", "\"published\":", "\"date_publish\":",
            "\"maintext\":", "\"source\":{\"name\":", "\"publishedAt\":", "\"authors\":[", "\"url\":", "null",
            "1715760000", "\"May 15, 2024\""})
    void jsonRecords(@NotNull @WithLength(max = 4000) byte[] bytes) {
        readAndExtract("fuzz.jsonl", bytes);
    }

    @FuzzTest
    @DictionaryEntries({"text,title,published,outlet,url", "\"", ",", "maintext", "date_publish", "2024-05-15",
            "May 15, 2024", "https://example.com/a"})
    void csvTables(@NotNull @WithLength(max = 4000) byte[] bytes) {
        readAndExtract("fuzz.csv", bytes);
        readAndExtract("fuzz.tsv", bytes);
    }

    @MethodSource("feedSeeds")
    @FuzzTest
    @DictionaryEntries({"<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "<channel>", "<item>", "</item>",
            "<title>", "<link>", "<description>", "<pubDate>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<entry>", "<content type=\"html\">", "<updated>", "<![CDATA[", "]]>", "<!DOCTYPE", "&amp;", "<dc:date>"})
    void feeds(@NotNull @WithLength(max = 4000) byte[] bytes) {
        readAndExtract("fuzz.rss", bytes);
    }

    @MethodSource("archives")
    @FuzzTest
    @DictionaryEntries({"WARC/1.0", "WARC/1.1", "WARC-Type: response", "WARC-Type: resource",
            "WARC-Target-URI: http://example.com/", "WARC-Date: 2024-05-15T10:00:00Z", "Content-Length: ",
            "Content-Type: application/http;msgtype=response", "HTTP/1.1 200 OK", "Content-Type: text/html",
            "WARC-Truncated: length", "WARC-Record-ID: <urn:uuid:1>"})
    void webArchives(@NotNull @WithLength(max = 4000) byte[] bytes) throws IOException {
        Path file = dir.resolve("fuzz.warc");
        Files.write(file, bytes);
        Ingested ingested = INGESTER.ingestWarc(file, "fuzz.warc");
        extractAll(ingested);
    }

    @FuzzTest
    @DictionaryEntries({"file,url,outlet,published,author,title,language,section,type", "a.txt", ",", "\"",
            "May 15, 2024", "2024-05-15T10:00:00+08:00", "GMT+8", "https://www.globaltimes.cn/a", "Global Times"})
    void metadataSidecar(@NotNull @WithLength(max = 2000) byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Sidecar sidecar = Sidecar.parse("metadata.csv", "fuzz", bytes, problems);
        Metadata given = sidecar.metadataFor("a.txt");
        Article article = EXTRACTOR.extract(new RawDocument("a.txt", "A line of text.".getBytes(), Format.TEXT, given));
        assertThat(article.problems()).noneMatch(Problem::isInternal);
    }

    /** A well-formed archive of one HTML response, for the fuzzer to start from. */
    static Stream<Arguments> archives() {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                + "<html><head><title>Talks</title></head><body><p>Officials met in Geneva on Tuesday.</p></body></html>";
        String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/a\r\n"
                + "WARC-Date: 2024-05-15T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n"
                + http + "\r\n\r\n";
        return Stream.of(Arguments.of((Object) warc.getBytes(StandardCharsets.UTF_8)));
    }

    /** A small RSS feed of one entry with content, for the fuzzer to start from. */
    static Stream<Arguments> feedSeeds() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Global Times</title><item>"
                + "<title>Talks</title><link>https://www.globaltimes.cn/a</link><pubDate>Wed, 15 May 2024 10:00:00 GMT"
                + "</pubDate><description>&lt;p&gt;Officials met in Geneva on Tuesday.&lt;/p&gt;</description></item>"
                + "</channel></rss>";
        return Stream.of(Arguments.of((Object) rss.getBytes(StandardCharsets.UTF_8)));
    }

    private static void readAndExtract(String name, byte[] bytes) {
        extractAll(INGESTER.ingest(name, bytes, Metadata.EMPTY));
    }

    private static void extractAll(Ingested ingested) {
        for (RawDocument doc : ingested.documents()) {
            Article article = EXTRACTOR.extract(doc);
            assertThat(article.problems()).as("problems of %s", doc.origin()).noneMatch(Problem::isInternal);
        }
    }
}
