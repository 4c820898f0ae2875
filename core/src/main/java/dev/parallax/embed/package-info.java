/**
 * Consumes annotated and attributed articles; produces their vectors (bge-small-en-v1.5, in process) and the
 * {@link dev.parallax.embed.AnalysedArticle}, the per-article analysis that is computed once and stored.
 *
 * <p>Internal: used through {@link dev.parallax.Parallax}; may change in any version.
 */
package dev.parallax.embed;
