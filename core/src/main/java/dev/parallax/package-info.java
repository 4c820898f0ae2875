/**
 * Consumes articles on disk, news pages and texts; produces briefings, extracted articles, attributions and corpora on
 * disk, through one entry point, {@link dev.parallax.Parallax}.
 *
 * <p>API.
 */
package dev.parallax;
