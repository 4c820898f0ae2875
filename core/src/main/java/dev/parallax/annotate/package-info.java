/**
 * Consumes {@link dev.parallax.extract.Article}s; produces {@link dev.parallax.annotate.AnnotatedArticle}s: sentences, tokens, dependencies, entity mentions and normalised dates from Stanford CoreNLP.
 *
 * <p>API: the records here are what {@link dev.parallax.Parallax} returns and keep their shape within a major
 * version; classes that do the work are internal.
 */
package dev.parallax.annotate;
