/** Shared value types every stage uses: {@link dev.parallax.core.Span}, {@link dev.parallax.core.Problem}, attested values and ids. */
package dev.parallax.core;
