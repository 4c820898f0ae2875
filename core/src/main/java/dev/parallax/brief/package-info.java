/** Consumes annotated articles and stories; produces the {@link dev.parallax.brief.Briefing}, every sentence of which points to the article span it came from. */
package dev.parallax.brief;
