package dev.parallax.extract;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.TextMap;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction of any page: the text cleaner and the HTML extractor never fail on their input (a failure would be an
 * internal problem), and clean text maps back to the raw text it was cut from. {@code -Pfuzz} fuzzes each target;
 * kept crash inputs replay in the default run.
 */
class ExtractFuzzTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @FuzzTest
    @DictionaryEntries({"By ", "Published: ", "Updated ", "May 15, 2024", "2024-05-15 10:00 GMT+8", "Share",
            "Photo: ", "Related", "The author is ", "ANALYSIS", "BEIJING, May 14 (Xinhua) -- "})
    void cleanTextMapsBackToTheRawText(@NotNull @WithUtf8Length(max = 3000) String page) {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        Article article = EXTRACTOR.extract(new RawDocument("fuzz.txt", bytes, Format.TEXT, Metadata.EMPTY));
        assertThat(article.problems()).noneMatch(Problem::isInternal);
        String raw = Decoder.decode(bytes, "fuzz.txt").text();
        for (TextMap.Piece p : article.map().pieces()) {
            assertThat(raw.regionMatches(p.rawStart(), article.text(), p.cleanStart(), p.length()))
                    .as("clean [%d, +%d) maps to raw [%d, +%d)", p.cleanStart(), p.length(), p.rawStart(), p.length())
                    .isTrue();
        }
        for (Article.Dropped d : article.dropped()) {
            assertThat(d.raw().end()).isLessThanOrEqualTo(raw.length());
        }
    }

    @FuzzTest
    @DictionaryEntries({"<html>", "<body>", "<article>", "<p>", "</p>", "<meta property=\"og:title\" content=\"",
            "<meta name=\"author\" content=\"", "<time datetime=\"", "<script type=\"application/ld+json\">",
            "{\"@type\":\"NewsArticle\",\"datePublished\":\"", "\"headline\":\"", "\"author\":{\"name\":\"", "<h1>",
            "<div class=\"byline\">", "<link rel=\"canonical\" href=\"", "<meta charset=\""})
    void htmlPageGivesAnArticle(@NotNull @WithUtf8Length(max = 4000) String page) {
        Article article = EXTRACTOR.extract(new RawDocument("fuzz.html", page.getBytes(StandardCharsets.UTF_8),
                Format.HTML, Metadata.EMPTY));
        assertThat(article.problems()).noneMatch(Problem::isInternal);
    }
}
