/** Consumes {@link dev.parallax.ingest.RawDocument}s; produces {@link dev.parallax.extract.Article}s: clean text, metadata with evidence, dropped lines and problems. */
package dev.parallax.extract;
