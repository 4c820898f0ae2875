package dev.parallax.index;

import java.util.List;

/** Turns sentences into unit-length vectors whose dot product measures how close their meanings are. */
public interface SentenceEmbedder {

    /** One vector per text, in order, each of length {@link #dimension()} and unit length. */
    float[][] embed(List<String> texts);

    /** A vector for a search query (models may phrase queries differently from passages). */
    default float[] embedQuery(String query) {
        return embed(List.of(query))[0];
    }

    int dimension();
}
