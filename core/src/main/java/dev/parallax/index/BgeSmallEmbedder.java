package dev.parallax.index;

import dev.parallax.embed.Embedder;

import java.util.List;

/**
 * Reads: sentences. Adds: their bge-small-en-v1.5 unit vectors from the process-wide {@link Embedder}, so the index
 * and story clustering share one model. A blank sentence is embedded as "." because the vector index needs unit
 * vectors and a blank has no meaning to place anyway. One call's sentences are spread over the embedder's threads.
 */
public final class BgeSmallEmbedder implements SentenceEmbedder {

    private final int threads;

    /** Spreads a call's sentences over all cores. */
    public BgeSmallEmbedder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** Spreads a call's sentences over {@code threads} threads. */
    public BgeSmallEmbedder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the sentence embedder needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
    }

    /** bge's instruction for short queries against passages. */
    private static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    @Override
    public float[][] embed(List<String> texts) {
        return Embedder.shared().withThreads(threads).embedShort(texts.stream().map(t -> t.isBlank() ? "." : t).toList())
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
