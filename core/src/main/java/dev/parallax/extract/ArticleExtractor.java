package dev.parallax.extract;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.html.HtmlPageExtractor;
import dev.parallax.ingest.RawDocument;

import java.net.URI;

/**
 * Reads: a {@link RawDocument} of any format. Adds: the {@link Article} with clean text and metadata, given
 * metadata (sidecar, record fields, feed fields) winning over what the page itself says.
 * Bad input: an extractor crash becomes a problem on an empty article that keeps the raw input's origin and hash.
 */
public final class ArticleExtractor {

    private final PageExtractor text = new TextPageCleaner();
    private final PageExtractor html = new HtmlPageExtractor();
    private final PageExtractor record = new RecordReader(text);

    /** Without a better name, the site's host (without "www.") names the outlet. */
    private static Metadata outletFromUrl(Metadata meta) {
        String url = Metadata.valueOf(meta.url());
        try {
            String host = url.isEmpty() ? null : URI.create(url.strip()).getHost();
            return host == null ? Metadata.EMPTY
                    : Metadata.builder().outlet(host.replaceFirst("^www\\.", ""), "domain of URL " + url).build();
        } catch (IllegalArgumentException e) {
            return Metadata.EMPTY;
        }
    }

    public Article extract(RawDocument document) {
        try {
            Article article = switch (document.format()) {
                case TEXT -> text.extract(document);
                case HTML -> html.extract(document);
                case RECORD -> record.extract(document);
            };
            Metadata meta = document.given().orElse(article.meta());
            return article.withMeta(meta.outlet().isPresent() ? meta : meta.orElse(outletFromUrl(meta)));
        } catch (RuntimeException | StackOverflowError e) {
            // Our extractor broke (not the input): keep the document so it can be re-run after a fix.
            return Articles.empty(document, new Problem("extract", document.origin(),
                    "extractor failed on this input (" + e + "); the raw input is kept, please report it"));
        }
    }
}
