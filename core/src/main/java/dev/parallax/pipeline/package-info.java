/** Wires the stages, from inputs on disk to the {@link dev.parallax.brief.Briefing}. */
package dev.parallax.pipeline;
