package dev.parallax.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads: one JSON object with article fields, under the names common exports use: the simple ones
 * ({@code url, title, text, outlet, published, author, language}), news-please's ({@code maintext, date_publish,
 * source_domain, authors}), NewsAPI's ({@code content, publishedAt, source: {name}}), schema.org's
 * ({@code headline, articleBody, datePublished, publisher}) and others listed below; the first name present wins.
 * Adds: the article, its body cleaned like any text input, each metadata value with the field it came from.
 * Bad input: a record without a text field is a problem that names the fields it has.
 */
final class RecordReader implements PageExtractor {

    private static final List<String> TEXT = Format.TEXT_FIELDS;
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> URL = List.of("url", "link", "uri", "canonical_url");
    private static final List<String> OUTLET = List.of("outlet", "source_domain", "source", "publisher",
            "source_name", "site_name", "site", "domain", "media", "medium", "newspaper");
    private static final List<String> PUBLISHED = List.of("published", "date_publish", "publishedAt", "published_at",
            "datePublished", "date_published", "publication_date", "pubDate", "pub_date", "date", "timestamp");
    private static final List<String> MODIFIED = List.of("date_modify", "modified", "dateModified", "updated",
            "updated_at");
    private static final List<String> LANGUAGE = List.of("language", "lang", "inLanguage");
    private static final List<String> SECTION = List.of("section", "category", "articleSection");
    private static final List<String> DESCRIPTION = List.of("description", "summary", "abstract", "lead");
    private static final List<String> AUTHORS = List.of("author", "authors", "byline", "creator");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PageExtractor textCleaner;

    RecordReader(PageExtractor textCleaner) {
        this.textCleaner = textCleaner;
    }

    @Override
    public Article extract(RawDocument document, Optional<String> country) {
        JsonNode node;
        try {
            node = JSON.readTree(document.bytes());
        } catch (IOException e) {
            return Articles.empty(document, new Problem("extract", document.origin(), "record is not valid JSON: " + e.getMessage()));
        }
        Metadata.Builder meta = Metadata.builder();
        field(node, meta::title, TITLE);
        field(node, meta::url, URL);
        field(node, meta::outlet, OUTLET);
        field(node, meta::published, PUBLISHED);
        field(node, meta::modified, MODIFIED);
        field(node, meta::language, LANGUAGE);
        field(node, meta::section, SECTION);
        field(node, meta::description, DESCRIPTION);
        for (String name : AUTHORS) {
            JsonNode value = node.get(name);
            if (value != null && value.isArray()) {
                value.forEach(v -> meta.author(scalar(v.has("name") ? v.get("name") : v), "record field " + name));
            } else if (value != null) {
                meta.author(scalar(value.has("name") ? value.get("name") : value), "record field " + name);
            }
        }
        List<Problem> problems = new ArrayList<>();
        Metadata fields = ArticleExtractor.isoDates(meta.build(), document.origin(), country, problems);
        String body = null;
        for (int i = 0; i < TEXT.size() && body == null; i++) {
            body = text(node, TEXT.get(i));
        }
        if (body == null) {
            Article empty = Articles.empty(document, new Problem("extract", document.origin(),
                    "record has no text field (looked for " + String.join(", ", TEXT) + "); fields present: "
                            + fieldNames(node)));
            return empty.withMeta(fields).withProblems(problems);
        }
        RawDocument inner = new RawDocument(document.origin(), body.getBytes(StandardCharsets.UTF_8), Format.TEXT,
                document.given());
        Article cleaned = textCleaner.extract(inner, country);
        // The raw bytes are the record, so the article keeps the record's hash; offsets map into the text field.
        Article article = new Article(cleaned.id(), cleaned.origins(), document.sha256(), Format.RECORD,
                cleaned.text(), cleaned.map(), cleaned.meta(), cleaned.dropped(), cleaned.problems());
        return article.withMeta(fields.orElse(cleaned.meta())).withProblems(problems);
    }

    /** Sets a metadata value from the first of the named fields that holds one, naming that field as evidence. */
    private static void field(JsonNode node, BiFunction<String, String, Metadata.Builder> setter, List<String> names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null && !value.isBlank()) {
                setter.apply(value, "record field " + name);
                return;
            }
        }
    }

    /** A field's text: a scalar as text, or an object's "name" ({"source": {"name": "Reuters"}}); else null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isObject()) {
            value = value.get("name");
        }
        return scalar(value);
    }

    private static String scalar(JsonNode value) {
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
