/**
 * Consumes raw documents, articles and briefings; produces an embedded Lucene corpus on disk (raw input kept,
 * BM25 and vector search) and the versions of each story's briefing.
 */
package dev.parallax.index;
