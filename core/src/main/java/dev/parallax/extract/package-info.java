/**
 * Consumes {@link dev.parallax.ingest.RawDocument}s; produces {@link dev.parallax.extract.Article}s: clean text, metadata with evidence, dropped lines and problems.
 *
 * <p>API: the records here are what {@link dev.parallax.Parallax} returns and keep their shape within a major
 * version; classes that do the work are internal.
 */
package dev.parallax.extract;
