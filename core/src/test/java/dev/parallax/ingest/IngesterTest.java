package dev.parallax.ingest;

import dev.parallax.core.Metadata;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.DuplicateMerger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class IngesterTest {

    private static final String BODY = "The ministers met on Monday to discuss the accord, officials said in a statement.";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private Ingested ingest(Path... paths) {
        return new Ingester().ingest(List.of(paths));
    }

    @Test
    void readsDirectoriesRecursivelyInNameOrder() throws IOException {
        write("b/two.txt", BODY);
        write("a/one.txt", BODY + " Again.");
        write(".hidden.txt", BODY);
        Ingested in = ingest(dir);
        assertThat(in.documents()).extracting(RawDocument::origin)
                .containsExactly(dir.resolve("a/one.txt").toString(), dir.resolve("b/two.txt").toString());
        assertThat(in.documents()).allSatisfy(d -> assertThat(d.format()).isEqualTo(Format.TEXT));
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void splitsJsonlAndReadsNewsPleaseFields() throws IOException {
        Path jsonl = write("items.jsonl", """
                {"title": "Accord signed", "text": "%s", "url": "https://example.org/a", "outlet": "Example News", "published": "2024-05-14"}
                {"maintext": "%s Later.", "date_publish": "2024-05-15 10:00:00", "source_domain": "example.com", "authors": ["Jane Doe"]}
                not json at all
                """.formatted(BODY, BODY));
        Ingested in = ingest(jsonl);
        assertThat(in.documents()).hasSize(2).allSatisfy(d -> assertThat(d.format()).isEqualTo(Format.RECORD));
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("line 3 is not valid JSON"));

        ArticleExtractor extractor = new ArticleExtractor();
        Article first = extractor.extract(in.documents().get(0));
        assertThat(first.title()).isEqualTo("Accord signed");
        assertThat(first.outlet()).isEqualTo("Example News");
        assertThat(first.text()).isEqualTo(BODY);
        Article second = extractor.extract(in.documents().get(1));
        assertThat(second.outlet()).isEqualTo("example.com");
        assertThat(Metadata.valueOf(second.meta().published())).isEqualTo("2024-05-15T10:00");
        assertThat(second.meta().authors()).extracting(a -> a.value()).containsExactly("Jane Doe");
    }

    @Test
    void readsTheFieldNamesOfOtherExportsAndReportsAnUnreadableDate() throws IOException {
        Path jsonl = write("other.jsonl", """
                {"headline": "Talks open", "content": "%s", "link": "https://example.org/t", "source": {"id": null, "name": "Example Wire"}, "publishedAt": "2024-05-14T08:00:00Z", "author": {"name": "Ann Lee"}}
                {"headline": "Talks end", "articleBody": "%s Later.", "publisher": "Example Times", "date": "May 15, 2024"}
                {"title": "Undated", "body": "%s Again.", "date": "sometime last spring"}
                {"title": "Stamped", "full_text": "%s Once more.", "timestamp": 1715673600}
                """.formatted(BODY, BODY, BODY, BODY));
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = ingest(jsonl).documents().stream().map(extractor::extract).toList();

        Article newsApi = articles.get(0);
        assertThat(newsApi.title()).isEqualTo("Talks open");
        assertThat(newsApi.outlet()).isEqualTo("Example Wire");
        assertThat(newsApi.text()).isEqualTo(BODY);
        assertThat(Metadata.valueOf(newsApi.meta().url())).isEqualTo("https://example.org/t");
        assertThat(newsApi.meta().published()).hasValueSatisfying(p -> {
            assertThat(p.value()).startsWith("2024-05-14T08:00");
            assertThat(p.evidence()).isEqualTo("record field publishedAt");
        });
        assertThat(newsApi.meta().authors()).extracting(a -> a.value()).containsExactly("Ann Lee");

        Article schemaOrg = articles.get(1);
        assertThat(schemaOrg.outlet()).isEqualTo("Example Times");
        assertThat(Metadata.valueOf(schemaOrg.meta().published())).isEqualTo("2024-05-15");

        Article undated = articles.get(2);
        assertThat(undated.meta().published()).isEmpty();
        assertThat(undated.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("record field date").contains("sometime last spring"));

        assertThat(Metadata.valueOf(articles.get(3).meta().published())).isEqualTo("2024-05-14T08:00Z");
    }

    @Test
    void readsCsvAndTsvTablesOneArticleARow() throws IOException {
        Path csv = write("items.csv", """
                id,title,text,outlet,date,story
                1,Accord signed,"%s
                
                Second paragraph, with a comma.",Example News,"May 14, 2024",s1
                2,Accord delayed,"%s Later.",Example Times,2024-05-15,s1
                """.formatted(BODY, BODY));
        Path tsv = write("items.tsv", "title\ttext\tsource\nTalks open\t" + BODY + " Again.\tExample Wire\n");
        Ingested in = ingest(csv, tsv);
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).extracting(RawDocument::origin)
                .containsExactly(csv + "#1", csv + "#2", tsv + "#1");
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = in.documents().stream().map(extractor::extract).toList();
        assertThat(articles.get(0).title()).isEqualTo("Accord signed");
        assertThat(articles.get(0).text()).startsWith(BODY).contains("Second paragraph, with a comma.");
        assertThat(Metadata.valueOf(articles.get(0).meta().published())).isEqualTo("2024-05-14");
        assertThat(articles.get(1).outlet()).isEqualTo("Example Times");
        assertThat(articles.get(2).outlet()).isEqualTo("Example Wire");
    }

    @Test
    void aFileOfTabSeparatedLinesIsATableWhateverItsExtensionNotAnArticle() throws IOException {
        // brat standoff annotations next to the texts they annotate: not prose to analyse
        Path ann = write("talks_1.ann", "T1\tSource 0 15\tHillary Clinton\nT2\tCue 16 20\tsaid\n"
                + "E1\tAttribution:T2 Source:T1\n");
        Path story = write("talks.story", BODY + "\n\nThe talks\twill resume on Monday.\n");
        Ingested in = ingest(ann, story);
        assertThat(in.documents()).noneMatch(d -> d.origin().startsWith(ann.toString()));
        // one problem for the file, naming what it holds, not one per line
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(ann.toString());
            assertThat(p.message()).contains("without a text column").contains("T1, Source 0 15, Hillary Clinton");
        });
        assertThat(in.documents()).filteredOn(d -> d.origin().equals(story.toString()))
                .singleElement().extracting(RawDocument::format).isEqualTo(Format.TEXT);
    }

    @Test
    void readsAJsonArrayAndReportsARecordWithoutText() throws IOException {
        Path json = write("items.json", "[{\"title\": \"A\", \"text\": \"" + BODY + "\"}, {\"title\": \"B\"}]");
        Ingested in = ingest(json);
        assertThat(in.documents()).hasSize(2);
        Article b = new ArticleExtractor().extract(in.documents().get(1));
        assertThat(b.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("has no text field").contains("title"));
    }

    @Test
    void readsRssEntriesAndRefusesExternalEntities() throws IOException {
        Path rss = write("feed.xml", """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Example Wire</title><link>https://example.org</link><description>d</description>
                <item><title>Accord signed</title><link>https://example.org/accord</link>
                <pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;%s&lt;/p&gt;</description></item>
                </channel></rss>
                """.formatted(BODY));
        Ingested in = ingest(rss);
        assertThat(in.documents()).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("https://example.org/accord");
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(Metadata.valueOf(d.given().published())).isEqualTo("2024-05-14T08:00Z");
            assertThat(Metadata.valueOf(d.given().outlet())).isEqualTo("Example Wire");
        });

        Path secret = write("secret.txt", "TOP SECRET");
        Path evil = write("evil.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://%s">]>
                <rss version="2.0"><channel><title>t</title><link>l</link><description>d</description>
                <item><title>&xxe;</title><description>x</description></item></channel></rss>
                """.formatted(secret));
        Ingested bad = ingest(evil);
        assertThat(bad.documents()).noneSatisfy(d -> assertThat(Metadata.valueOf(d.given().title())).contains("SECRET"));
        assertThat(bad.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not a readable RSS/Atom feed"));
    }

    @Test
    void readsGzippedHtmlAndReportsATruncatedGzip() throws IOException {
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(("<html><body><article><p>" + BODY + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(gz);
        Path truncated = dir.resolve("broken.html.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Ingested in = ingest(gz, truncated);
        assertThat(in.documents()).singleElement().satisfies(d -> assertThat(d.format()).isEqualTo(Format.HTML));
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).endsWith("broken.html.gz");
            assertThat(p.message()).startsWith("cannot decompress");
        });
    }

    @Test
    void reportsBinaryEmptyMissingAndOversizedFilesAndGoesOn() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path empty = write("empty.txt", "");
        Path big = write("big.txt", "x".repeat(2048));
        Path good = write("good.txt", BODY);
        Ingested in = new Ingester(1024).ingest(List.of(binary, empty, big, dir.resolve("missing.txt"), good));
        assertThat(in.documents()).extracting(RawDocument::origin).containsExactly(good.toString());
        assertThat(in.problems()).extracting(p -> p.message()).satisfiesExactly(
                m -> assertThat(m).startsWith("binary content"),
                m -> assertThat(m).isEqualTo("empty file"),
                m -> assertThat(m).contains("over the 0.0 MB limit"),
                m -> assertThat(m).isEqualTo("no such file or directory"));
    }

    @Test
    void appliesTheMetadataSidecarAndReportsUnknownColumns() throws IOException {
        write("a.txt", "Accord signed\n\n" + BODY);
        write("metadata.csv", "file,outlet,url,published,colour\na.txt,Example News,https://example.org/a,2024-05-14,blue\n");
        Ingested in = ingest(dir);
        assertThat(in.documents()).singleElement().satisfies(d -> {
            assertThat(Metadata.valueOf(d.given().outlet())).isEqualTo("Example News");
            assertThat(d.given().outlet().orElseThrow().evidence()).contains("metadata.csv");
        });
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("unknown column 'colour'"));
    }

    @Test
    void sidecarDatesInAnyCommonShapeBecomeIsoAndAnUnreadableOneIsAProblem() throws IOException {
        write("a.txt", "Accord signed\n\n" + BODY);
        write("b.txt", "Accord delayed\n\n" + BODY + " Later.");
        write("metadata.csv", "file,published\na.txt,\"May 14, 2024\"\nb.txt,last spring\n");
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = ingest(dir).documents().stream().map(extractor::extract).toList();
        assertThat(Metadata.valueOf(articles.get(0).meta().published())).isEqualTo("2024-05-14");
        assertThat(articles.get(0).problems()).isEmpty();
        assertThat(articles.get(1).meta().published()).isEmpty();
        assertThat(articles.get(1).problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("'last spring'").contains("metadata.csv"));
    }

    @Test
    void theSameTextTwiceIsOneArticleWithBothOrigins() throws IOException {
        Path a = write("a.txt", "Headline\n\n" + BODY);
        Path b = write("copy/b.txt", "Headline\n\n" + BODY + "\n");
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = new DuplicateMerger().merge(
                ingest(a, b).documents().stream().map(extractor::extract).toList());
        assertThat(articles).singleElement().satisfies(x ->
                assertThat(x.origins()).containsExactly(a.toString(), b.toString()));
    }
}
