package dev.parallax.attribute;

import dev.parallax.core.Resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * A trained binary logistic-regression model over string features: the probability of "yes" is the logistic of
 * the summed weights of the features present. Kept as text — {@code # comment} lines (what made it), one
 * {@code threshold VALUE} line, then one {@code WEIGHT<TAB>FEATURE} line per feature, sorted — so that a retrained
 * model shows as a readable diff. Immutable and thread-safe.
 *
 * @param threshold the probability at or above which a prediction is kept
 */
public record LinearModel(List<String> comments, double threshold, Map<String, Double> weights) {

    public LinearModel {
        comments = List.copyOf(comments);
        // Sorted by feature for format(); a linked hash map keeps that order and looks a feature up by its hash,
        // where a tree map compared strings down the tree for every feature of every candidate.
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(requireNonNull(weights, "weights"))));
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not a probability");
        }
    }

    /** The probability of "yes" given the features present (each counted once per occurrence). */
    public double probability(Collection<String> features) {
        double z = 0;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean accepts(Collection<String> features) {
        return probability(features) >= threshold;
    }

    public LinearModel withThreshold(double t) {
        return new LinearModel(comments, t, weights);
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
