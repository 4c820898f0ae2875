package dev.parallax.extract;

import dev.parallax.ingest.RawDocument;

import java.util.Optional;

/**
 * Turns one raw document of a given format into an article. Implementations never throw on messy input:
 * what they cannot handle becomes a {@link dev.parallax.core.Problem} on the article.
 */
public interface PageExtractor {

    /**
     * @param country the ISO 3166-1 code of the outlet's country when known before reading (from the document's URL
     *                or given outlet), which decides time-zone abbreviations such as IST that name several zones
     */
    Article extract(RawDocument document, Optional<String> country);

    /** The article of a document whose outlet's country is not known. */
    default Article extract(RawDocument document) {
        return extract(document, Optional.empty());
    }
}
