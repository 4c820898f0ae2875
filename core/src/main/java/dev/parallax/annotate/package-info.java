/** Consumes {@link dev.parallax.extract.Article}s; produces {@link dev.parallax.annotate.AnnotatedArticle}s: sentences, tokens, dependencies, entity mentions and normalised dates from Stanford CoreNLP. */
package dev.parallax.annotate;
