/**
 * Consumes raw documents, articles and briefings; produces an embedded Lucene corpus on disk (raw input kept,
 * BM25 and vector search) and the versions of each story's briefing.
 *
 * <p>API: the records here are what {@link dev.parallax.Parallax} returns and keep their shape within a major
 * version; classes that do the work are internal.
 */
package dev.parallax.index;
