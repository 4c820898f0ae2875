/**
 * Consumes annotated articles; produces {@link dev.parallax.cluster.Story} groups.
 *
 * <p>Internal: used through {@link dev.parallax.Parallax}; may change in any version.
 */
package dev.parallax.cluster;
