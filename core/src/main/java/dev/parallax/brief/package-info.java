/**
 * Consumes annotated articles and stories; produces the {@link dev.parallax.brief.Briefing}, every sentence of which points to the article span it came from.
 *
 * <p>API: the records here are what {@link dev.parallax.Parallax} returns and keep their shape within a major
 * version; classes that do the work are internal.
 */
package dev.parallax.brief;
