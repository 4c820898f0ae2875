/**
 * Consumes article metadata and clean text; produces resolved outlets (registry entries or explicit unknowns),
 * the outlets a text mentions, and the perspective side each outlet falls on.
 */
package dev.parallax.resolve;
