/** Consumes HTML pages (bytes or URLs); produces their main text and metadata with evidence, for {@link dev.parallax.extract.ArticleExtractor}. */
package dev.parallax.extract.html;
