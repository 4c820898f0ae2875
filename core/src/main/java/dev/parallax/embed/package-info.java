/** Consumes texts (sentences, article leads); produces unit-length embedding vectors, computed in-process. */
package dev.parallax.embed;
