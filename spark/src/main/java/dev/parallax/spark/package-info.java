/**
 * Consumes inputs on any Hadoop filesystem (files, JSONL, web archives) and produces, as an Apache Spark job, the
 * stored analysis of each article as Parquet, which a corpus loads without analysing again.
 *
 * <p>Internal: run through {@code parallax spark} or {@code spark-submit}; may change in any version.
 */
package dev.parallax.spark;
