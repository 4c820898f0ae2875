/** Consumes files, directories, feeds and web archives (WARC); produces {@link dev.parallax.ingest.RawDocument}s with their origins and the problems of unreadable inputs. */
package dev.parallax.ingest;
