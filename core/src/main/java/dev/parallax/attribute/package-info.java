/** Consumes {@link dev.parallax.annotate.AnnotatedArticle}s; produces {@link dev.parallax.attribute.AttributedArticle}s: direct quotes, reported speech and cited sources, each attributed to a resolved speaker. */
package dev.parallax.attribute;
