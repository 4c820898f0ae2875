package dev.parallax.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads: sentences. Adds: 384-dimension bge-small-en-v1.5 vectors (quantized ONNX, in process, offline), normalised
 * to unit length. The model loads once per JVM on first use.
 */
public final class BgeSmallEmbedder implements SentenceEmbedder {

    /** bge's instruction for short queries against passages. */
    private static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    private static final class Holder {
        static final BgeSmallEnV15QuantizedEmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    @Override
    public float[][] embed(List<String> texts) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            // The model rejects empty segments; a blank sentence has no meaning to place anyway.
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<Embedding> embeddings = Holder.MODEL.embedAll(segments).content();
        float[][] out = new float[embeddings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = unit(embeddings.get(i).vector());
        }
        return out;
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(List.of(QUERY_PREFIX + query))[0];
    }

    @Override
    public int dimension() {
        return 384;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = v.clone();
        if (norm > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (out[i] / norm);
            }
        }
        return out;
    }
}
