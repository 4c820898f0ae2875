/**
 * Consumes annotated and attributed articles; produces their vectors (bge-small-en-v1.5, in process) and the
 * {@link dev.parallax.embed.AnalysedArticle}, the per-article analysis that is computed once and stored.
 */
package dev.parallax.embed;
