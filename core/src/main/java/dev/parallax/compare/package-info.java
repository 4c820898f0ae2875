/**
 * Consumes the annotated articles of one story and each article's side; produces claims matched across articles
 * (reported by every side, by one side only, or contradicted) and each side's framing terms, all with their spans.
 */
package dev.parallax.compare;
