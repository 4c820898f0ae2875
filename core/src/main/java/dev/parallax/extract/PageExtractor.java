package dev.parallax.extract;

import dev.parallax.ingest.RawDocument;

/**
 * Turns one raw document of a given format into an article. Implementations never throw on messy input:
 * what they cannot handle becomes a {@link dev.parallax.core.Problem} on the article.
 */
public interface PageExtractor {

    Article extract(RawDocument document);
}
