/**
 * Consumes gold data laid out by the public benchmarks and the extractors' output; produces scores, worst cases and throughput figures.
 *
 * <p>Internal: used through {@link dev.parallax.Parallax}; may change in any version.
 */
package dev.parallax.eval;
