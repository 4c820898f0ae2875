package dev.parallax.extract.html;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;
import dev.parallax.extract.Articles;
import dev.parallax.extract.PageExtractor;
import dev.parallax.ingest.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads: an HTML page. Adds: title and the paragraphs of the main content.
 * First version: the paragraphs of {@code <article>} (or of the body); the content scorer replaces it.
 */
public final class HtmlPageExtractor implements PageExtractor {

    @Override
    public Article extract(RawDocument document) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(document.bytes()), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
        }
        String text = root.select("p").stream().map(Element::text).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n\n"));
        Metadata meta = Metadata.builder().title(page.title(), "<title>").build();
        List<Problem> problems = new ArrayList<>();
        return Articles.of(document, text, TextMap.none(), meta, List.of(), problems);
    }
}
