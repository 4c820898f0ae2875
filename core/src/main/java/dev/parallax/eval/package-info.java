/** Consumes gold data laid out by the public benchmarks and the extractors' output; produces scores, worst cases and throughput figures. */
package dev.parallax.eval;
