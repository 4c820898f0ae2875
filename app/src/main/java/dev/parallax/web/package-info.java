/**
 * Consumes a corpus directory (briefing versions and the Lucene index); produces the web UI and the REST API.
 *
 * <p>Internal: run through {@code parallax serve}; the REST API it serves is documented in docs/web.md.
 */
package dev.parallax.web;
