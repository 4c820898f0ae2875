/**
 * Consumes a {@link dev.parallax.brief.Briefing}; produces it as Markdown, a self-contained HTML page or JSON.
 *
 * <p>Internal: used by {@code parallax brief --format} and the web UI; may change in any version.
 */
package dev.parallax.render;
