package dev.parallax.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import org.apache.lucene.util.VectorUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads: texts. Adds: one unit-length vector per text, in input order, from bge-small-en-v1.5 (quantized ONNX, 384
 * dimensions) run in-process through LangChain4j; no network. The model loads once per process on first use
 * (about a second) and is shared by all threads. Texts are embedded in batches; a model input is cut at 512 word
 * pieces, so a long text is represented by its beginning. Bad input: a blank text gets the zero vector, which is
 * similar to nothing.
 */
public final class Embedder {

    /** Vector length of bge-small-en-v1.5. */
    public static final int DIMENSIONS = 384;
    private static final int BATCH = 32;

    private static Embedder shared;

    private final EmbeddingModel model;

    private Embedder(EmbeddingModel model) {
        this.model = model;
    }

    /** The process-wide embedder; loads the model on the first call. */
    public static synchronized Embedder shared() {
        if (shared == null) {
            shared = new Embedder(new BgeSmallEnV15QuantizedEmbeddingModel());
        }
        return shared;
    }

    /** One unit vector per text, in order. */
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            List<TextSegment> segments = new ArrayList<>();
            for (String t : batch) {
                if (!t.isBlank()) {
                    segments.add(TextSegment.from(t));
                }
            }
            List<Embedding> vectors = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
            int next = 0;
            for (String t : batch) {
                out.add(t.isBlank() ? new float[DIMENSIONS] : normalised(vectors.get(next++).vector()));
            }
        }
        return out;
    }

    public float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }

    /** Dot product: the cosine of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }

    /** A unit-length copy of {@code v}; a zero vector stays zero. */
    static float[] normalised(float[] v) {
        return VectorUtil.l2normalize(v.clone(), false);
    }
}
