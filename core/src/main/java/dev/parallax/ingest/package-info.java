/**
 * Consumes files, directories, feeds and web archives (WARC); produces {@link dev.parallax.ingest.RawDocument}s with their origins and the problems of unreadable inputs.
 *
 * <p>Internal: used through {@link dev.parallax.Parallax}; may change in any version.
 */
package dev.parallax.ingest;
