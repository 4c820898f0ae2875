package dev.parallax.attribute;

import dev.parallax.core.Resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * A trained binary logistic-regression model over string features: the probability of "yes" is the logistic of
 * the summed weights of the features present. Kept as text — {@code # comment} lines (what made it), one
 * {@code threshold VALUE} line, then one {@code WEIGHT<TAB>FEATURE} line per feature, sorted — so that a retrained
 * model shows as a readable diff. Immutable and thread-safe.
 *
 * <p>In use a candidate's features are not built as strings: its feature function writes them to a {@link Score},
 * which hashes each one's pieces as they come into a 64-bit key and looks the key up among the model's, hashed the
 * same way when the model is made. Two of the model's features with one key would fail then; a feature the model
 * lacks that shares a key with one it has is a chance of about one in 10^15 per feature, and would add that
 * feature's weight.
 */
public final class LinearModel {

    private final List<String> comments;
    private final double threshold;
    private final Map<String, Double> weights;
    private final Weights byKey;

    /** @param threshold the probability at or above which a prediction is kept */
    public LinearModel(List<String> comments, double threshold, Map<String, Double> weights) {
        this(comments, threshold, sorted(weights), null);
    }

    private LinearModel(List<String> comments, double threshold, Map<String, Double> weights, Weights byKey) {
        this.comments = List.copyOf(comments);
        this.threshold = threshold;
        this.weights = weights;
        this.byKey = byKey != null ? byKey : new Weights(weights);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not a probability");
        }
    }

    /** Sorted by feature for format(): a linked hash map keeps that order and looks a feature up by its hash. */
    private static Map<String, Double> sorted(Map<String, Double> weights) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(requireNonNull(weights, "weights"))));
    }

    public List<String> comments() {
        return comments;
    }

    /** The probability at or above which a prediction is kept. */
    public double threshold() {
        return threshold;
    }

    /** Each feature's weight, sorted by feature. */
    public Map<String, Double> weights() {
        return weights;
    }

    /** The probability of "yes" given the features present (each counted once). */
    public double probability(Collection<String> features) {
        return score(features).probability();
    }

    public boolean accepts(Collection<String> features) {
        return score(features).accepted();
    }

    /** The probability of "yes" given the features {@code features} writes. */
    double probability(Consumer<FeatureSink> features) {
        return score(features).probability();
    }

    boolean accepts(Consumer<FeatureSink> features) {
        return score(features).accepted();
    }

    /** The score of the features {@code features} writes. */
    Score score(Consumer<FeatureSink> features) {
        Score s = new Score(this);
        features.accept(s);
        return s;
    }

    /** The score of the named features. */
    Score score(Collection<String> features) {
        Score s = new Score(this);
        for (String f : features) {
            s.add(f);
        }
        return s;
    }

    public LinearModel withThreshold(double t) {
        return new LinearModel(comments, t, weights, byKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearModel m && comments.equals(m.comments)
                && Double.compare(threshold, m.threshold) == 0 && weights.equals(m.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(comments, threshold, weights);
    }

    @Override
    public String toString() {
        return "LinearModel[comments=" + comments + ", threshold=" + threshold + ", weights=" + weights + "]";
    }

    /**
     * The summed weights of the features written to it so far, each counted once, in the order written (so the sum
     * is the one adding up the named features gives, to the last bit).
     */
    static final class Score extends FeatureSink {
        private final LinearModel model;
        private long key;
        /** The keys of the features written, in order, and a bit for each key's top six bits. */
        private long[] written = new long[32];
        private int count;
        private long seen;
        private double sum;

        private Score(LinearModel model) {
            this.model = model;
        }

        @Override
        void start() {
            key = Keys.START;
        }

        @Override
        void piece(String piece) {
            key = Keys.add(key, String.valueOf(piece)); // "null", as a concatenation writes it
        }

        @Override
        void end() {
            long k = Keys.finish(key);
            if (remember(k)) {
                sum += model.byKey.weight(k);
            }
        }

        /** Whether feature {@code name} was written. */
        boolean has(String name) {
            return wasWritten(Keys.of(name));
        }

        double probability() {
            return 1 / (1 + Math.exp(-sum));
        }

        /** Whether the probability reaches the model's threshold. */
        boolean accepted() {
            return probability() >= model.threshold;
        }

        /**
         * Adds {@code k} to the keys written; false when it was there. The bit of its top six bits tells most new
         * keys at once, so the list is searched only for a key that may have come before.
         */
        private boolean remember(long k) {
            long bit = 1L << (k >>> 58);
            if ((seen & bit) != 0 && wasWritten(k)) {
                return false;
            }
            seen |= bit;
            if (count == written.length) {
                written = java.util.Arrays.copyOf(written, 2 * count);
            }
            written[count++] = k;
            return true;
        }

        private boolean wasWritten(long k) {
            for (int i = 0; i < count; i++) {
                if (written[i] == k) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A feature name's 64-bit key: FNV-1a over its characters, then mixed so that its low bits index a table. */
    private static final class Keys {
        static final long START = 0xcbf29ce484222325L;
        private static final long PRIME = 0x100000001b3L;

        static long add(long h, String piece) {
            for (int i = 0; i < piece.length(); i++) {
                h = (h ^ piece.charAt(i)) * PRIME;
            }
            return h;
        }

        /** The key of a feature whose pieces hashed to {@code h}: never 0, which marks an empty slot. */
        static long finish(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h == 0 ? 1 : h;
        }

        static long of(String name) {
            return finish(add(START, name));
        }
    }

    /**
     * The weights by key, in open addressing: half the slots or more stay empty, so a miss ends soon. Each key sits
     * beside its weight's bits, so that a look-up reads one cache line.
     */
    private static final class Weights {
        /** Key, weight bits, key, weight bits, …; key 0 is an empty slot. */
        private final long[] slots;

        Weights(Map<String, Double> weights) {
            int size = Integer.highestOneBit(Math.max(4, weights.size() * 4 - 1));
            slots = new long[2 * size];
            Map<Long, String> named = new java.util.HashMap<>();
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                long k = Keys.of(e.getKey());
                String other = named.put(k, e.getKey());
                if (other != null) {
                    throw new IllegalArgumentException("features '" + other + "' and '" + e.getKey()
                            + "' have the same key: change Keys");
                }
                int i = slot(k);
                slots[i] = k;
                slots[i + 1] = Double.doubleToRawLongBits(e.getValue());
            }
        }

        /** The index of key {@code k} in {@link #slots}, or of the empty slot where it would go. */
        private int slot(long k) {
            int mask = slots.length - 2;
            int i = (int) (k << 1) & mask;
            while (slots[i] != 0 && slots[i] != k) {
                i = (i + 2) & mask;
            }
            return i;
        }

        /** The weight of the feature with key {@code k}; 0 when the model lacks it, as it adds nothing. */
        double weight(long k) {
            return Double.longBitsToDouble(slots[slot(k) + 1]);
        }
    }

    /** The model as text, in the form {@link #parse} reads. */
    public String format() {
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append("# ").append(c).append('\n');
        }
        b.append(String.format(Locale.ROOT, "threshold %.4f%n", threshold));
        weights.forEach((f, w) -> b.append(String.format(Locale.ROOT, "%.6f\t%s%n", w, f)));
        return b.toString();
    }

    /** Reads a model written by {@link #format}; {@code where} names it in the error of a malformed line. */
    public static LinearModel parse(String text, String where) {
        List<String> comments = new ArrayList<>();
        Map<String, Double> weights = new TreeMap<>();
        double threshold = Double.NaN;
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                if (line.startsWith("#")) {
                    comments.add(line.replaceFirst("^# ?", ""));
                } else if (line.startsWith("threshold ")) {
                    threshold = Double.parseDouble(line.substring("threshold ".length()).trim());
                } else {
                    int tab = line.indexOf('\t');
                    weights.put(line.substring(tab + 1), Double.parseDouble(line.substring(0, tab)));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + " line " + n + " is not 'WEIGHT<TAB>FEATURE', "
                        + "'threshold P' or '# comment': " + line, e);
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException(where + " has no 'threshold P' line: not a model file?");
        }
        return new LinearModel(comments, threshold, weights);
    }

    /** A model on the class path (a resource of this package), or an error naming it. */
    static LinearModel resource(String name) {
        return parse(Resources.text(LinearModel.class, name, "model resource"), name);
    }
}
