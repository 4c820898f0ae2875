package dev.parallax.index;

import dev.parallax.embed.Embedder;

import java.util.List;

/**
 * Reads: sentences. Adds: their bge-small-en-v1.5 unit vectors from the process-wide {@link Embedder}, so the index
 * and story clustering share one model. A blank sentence is embedded as "." because the vector index needs unit
 * vectors and a blank has no meaning to place anyway.
 */
public final class BgeSmallEmbedder implements SentenceEmbedder {

    /** bge's instruction for short queries against passages. */
    private static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    @Override
    public float[][] embed(List<String> texts) {
        return Embedder.shared().embed(texts.stream().map(t -> t.isBlank() ? "." : t).toList())
                .toArray(new float[0][]);
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(List.of(QUERY_PREFIX + query))[0];
    }

    @Override
    public int dimension() {
        return Embedder.DIMENSIONS;
    }
}
