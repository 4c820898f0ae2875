/**
 * Consumes HTML pages (bytes or URLs); produces their main text and metadata with evidence, for {@link dev.parallax.extract.ArticleExtractor}.
 *
 * <p>Internal: used through {@link dev.parallax.Parallax}; may change in any version.
 */
package dev.parallax.extract.html;
