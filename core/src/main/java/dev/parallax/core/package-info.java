/**
 * Shared value types every stage uses: {@link dev.parallax.core.Span}, {@link dev.parallax.core.Problem}, attested values and ids.
 *
 * <p>API: the records here are what {@link dev.parallax.Parallax} returns and keep their shape within a major
 * version; classes that do the work are internal.
 */
package dev.parallax.core;
