/** Consumes a corpus directory (briefing versions and the Lucene index); produces the web UI and the REST API. */
package dev.parallax.web;
