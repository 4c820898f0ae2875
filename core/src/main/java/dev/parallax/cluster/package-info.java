/** Consumes annotated articles; produces {@link dev.parallax.cluster.Story} groups. */
package dev.parallax.cluster;
