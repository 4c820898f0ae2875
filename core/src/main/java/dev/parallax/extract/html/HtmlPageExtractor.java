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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads: an HTML page (a whole page or a feed entry's fragment). Adds: the article's main text — paragraphs
 * separated by blank lines, without headline, navigation, related stories, captions, share bars, newsletter and
 * paywall boxes, comments or cookie notices — and its metadata with evidence (see {@link MetadataReader}), the
 * language identified on the text (see {@link LanguageIdentifier}).
 *
 * <p>The chain, in order: {@link HtmlDecoder} (bytes to text) → jsoup (text to DOM) → {@link MetadataReader}
 * → {@link PagePruner} → {@link ContentScorer} → {@link ContentCleaner} → {@link TextCollector} → paragraph filter.
 * When the strict pass (furniture removed by name) finds little text, a lenient pass that trusts no class names
 * runs on a fresh parse, and the longer result wins.
 * Bad input: undecodable bytes, an oversized page, broken JSON-LD, or a page without prose are problems on the
 * article; extraction never throws on messy input and its time and memory are bounded by the page size cap.
 */
public final class HtmlPageExtractor implements PageExtractor {

    /** Below this many characters the strict pass is suspected of having removed the article itself. */
    private static final int SHORT_TEXT = 400;

    @Override
    public Article extract(RawDocument document, Optional<String> country) {
        List<Problem> problems = new ArrayList<>();
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(document.bytes(), document.origin(), document.charset());
        problems.addAll(decoded.problems());
        String html = decoded.text();
        if (!looksLikeHtml(html)) {
            problems.add(new Problem("extract", document.origin(), "input does not look like HTML (no tags in its"
                    + " first kilobytes); read as HTML anyway"));
        }
        String baseUri = baseUri(document);
        Document page = Jsoup.parse(html, baseUri);
        MetadataReader.Reading reading = MetadataReader.read(page, document.origin(), country, problems);
        Metadata.Builder meta = reading.meta();
        String title = Metadata.valueOf(meta.build().title());

        String text = mainText(page, true, title);
        if (text.length() < SHORT_TEXT) {
            String lenient = mainText(Jsoup.parse(html, baseUri), false, title);
            if (lenient.length() > text.length() * 1.5 + 50) {
                text = lenient;
            }
        }
        LanguageIdentifier.identify(text, reading.languages()).ifPresent(l -> meta.language(l.value(), l.evidence()));
        return Articles.of(document, text, TextMap.none(), meta.build(), List.of(), problems);
    }

    private static String mainText(Document page, boolean strict, String title) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        PagePruner.prune(body, strict);
        BlockStats stats = BlockStats.count(body);
        List<Element> containers = ContentScorer.select(body, stats, strict);
        if (containers.isEmpty()) {
            return "";
        }
        ContentCleaner.clean(containers, stats, strict);
        List<TextCollector.Paragraph> paragraphs = TextCollector.collect(containers);
        return ParagraphFilter.join(paragraphs, title);
    }

    private static boolean looksLikeHtml(String html) {
        String head = html.length() > 4096 ? html.substring(0, 4096) : html;
        return head.indexOf('<') >= 0 && head.indexOf('>') >= 0;
    }

    private static String baseUri(RawDocument document) {
        String given = Metadata.valueOf(document.given().url());
        if (!given.isEmpty()) {
            return given;
        }
        String origin = document.origin();
        return origin.toLowerCase(Locale.ROOT).startsWith("http") ? origin : "";
    }
}
