package dev.parallax.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads: one JSON object with article fields — the simple ones ({@code url, title, text, outlet, published,
 * author, language}) or news-please's ({@code maintext, date_publish, source_domain, authors}).
 * Adds: the article, its body cleaned like any text input. Bad input: a record without a text field is a problem.
 */
final class RecordReader implements PageExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PageExtractor textCleaner;

    RecordReader(PageExtractor textCleaner) {
        this.textCleaner = textCleaner;
    }

    @Override
    public Article extract(RawDocument document) {
        JsonNode node;
        try {
            node = JSON.readTree(document.bytes());
        } catch (IOException e) {
            return Articles.empty(document, new Problem("extract", document.origin(), "record is not valid JSON: " + e.getMessage()));
        }
        String evidence = "record field ";
        Metadata.Builder meta = Metadata.builder()
                .title(text(node, "title"), evidence + "title")
                .url(text(node, "url"), evidence + "url")
                .outlet(text(node, "outlet"), evidence + "outlet")
                .outlet(text(node, "source_domain"), evidence + "source_domain")
                .published(text(node, "published"), evidence + "published")
                .published(text(node, "date_publish"), evidence + "date_publish")
                .modified(text(node, "date_modify"), evidence + "date_modify")
                .language(text(node, "language"), evidence + "language")
                .description(text(node, "description"), evidence + "description")
                .author(text(node, "author"), evidence + "author");
        JsonNode authors = node.get("authors");
        if (authors != null && authors.isArray()) {
            authors.forEach(a -> meta.author(a.asText(), evidence + "authors"));
        }
        String body = text(node, "text");
        if (body == null) {
            body = text(node, "maintext");
        }
        if (body == null) {
            Article empty = Articles.empty(document, new Problem("extract", document.origin(),
                    "record has no 'text' or 'maintext' field; fields present: " + fieldNames(node)));
            return empty.withMeta(meta.build());
        }
        RawDocument inner = new RawDocument(document.origin(), body.getBytes(StandardCharsets.UTF_8), Format.TEXT,
                document.given());
        Article cleaned = textCleaner.extract(inner);
        // The raw bytes are the record, so the article keeps the record's hash; offsets map into the text field.
        Article article = new Article(cleaned.id(), cleaned.origins(), document.sha256(), Format.RECORD,
                cleaned.text(), cleaned.map(), cleaned.meta(), cleaned.dropped(), cleaned.problems());
        return article.withMeta(meta.build().orElse(cleaned.meta()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
