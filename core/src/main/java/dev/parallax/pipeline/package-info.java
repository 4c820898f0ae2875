/**
 * Wires the stages, from inputs on disk to the {@link dev.parallax.brief.Briefing}.
 *
 * <p>Internal: used through {@link dev.parallax.Parallax}; may change in any version.
 */
package dev.parallax.pipeline;
