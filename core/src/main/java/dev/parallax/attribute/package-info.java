/**
 * Consumes {@link dev.parallax.annotate.AnnotatedArticle}s; produces {@link dev.parallax.attribute.AttributedArticle}s: direct quotes, reported speech and cited sources, each attributed to a resolved speaker.
 *
 * <p>API: the records here are what {@link dev.parallax.Parallax} returns and keep their shape within a major
 * version; classes that do the work are internal.
 */
package dev.parallax.attribute;
