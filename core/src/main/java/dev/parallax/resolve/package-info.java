/**
 * Consumes article metadata and annotated articles; produces resolved outlets (registry entries or explicit
 * unknowns), the outlets a text mentions, the perspective side each outlet falls on, the batch's actors resolved
 * across articles, calendar dates anchored on stated or inferred publication dates, and dated events.
 *
 * <p>Internal: used through {@link dev.parallax.Parallax}; may change in any version.
 */
package dev.parallax.resolve;
