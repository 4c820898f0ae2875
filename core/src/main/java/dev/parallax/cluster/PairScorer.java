package dev.parallax.cluster;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The probability that two articles report the same event, from their {@link PairFeatures}: an L2-regularised
 * logistic regression (liblinear). The bundled model ({@link #bundled()}) is trained by {@code parallax train stories}
 * on labelled cross-side coverage (docs/stories.md says on what, and how well it does). Immutable and thread-safe.
 */
public final class PairScorer {

    /** The bundled model, a resource beside this class. */
    public static final String RESOURCE = "pair-scorer.model";
    /** Regularisation of training: liblinear's C. */
    public static final double COST = 1.0;

    private static final double BIAS = 1.0;
    /** Where each feature's slope may change. */
    private static final double[] KNOTS = {0.25, 0.5, 0.75};
    /** Inputs of the linear model: every feature and its hinges. */
    private static final int INPUTS = PairFeatures.NAMES.size() * (1 + KNOTS.length);

    private final Model model;
    private final int positive;

    private PairScorer(Model model) {
        this.model = requireNonNull(model, "model");
        if (model.getNrFeature() != INPUTS || !model.isProbabilityModel()) {
            throw new IllegalArgumentException("pair model has " + model.getNrFeature() + " features and solver "
                    + model.getSolverType() + "; expected a logistic regression over " + INPUTS + " inputs (the pair "
                    + "features " + PairFeatures.NAMES + " and their hinges at " + Arrays.toString(KNOTS)
                    + "; a model of another version? retrain it with `parallax train stories`)");
        }
        int at = Arrays.stream(model.getLabels()).boxed().toList().indexOf(1);
        if (at < 0) {
            throw new IllegalArgumentException("pair model has no 'same event' class (label 1): labels "
                    + Arrays.toString(model.getLabels()));
        }
        this.positive = at;
    }

    /** The model trained on Parallax's labelled coverage. */
    public static PairScorer bundled() {
        return Bundled.MODEL;
    }

    /** Loads the bundled model on first use, so that training a new one does not need it. */
    private static final class Bundled {
        static final PairScorer MODEL = load(PairScorer.class, RESOURCE);
    }

    /**
     * Trains a scorer, deterministically: the same pairs in the same order give the same model.
     *
     * @param pairs the pairs' features
     * @param same  for each pair, whether its two articles report the same event
     */
    public static PairScorer train(List<PairFeatures> pairs, List<Boolean> same) {
        if (pairs.size() != same.size()) {
            throw new IllegalArgumentException(pairs.size() + " pairs but " + same.size() + " labels");
        }
        if (!same.contains(true) || !same.contains(false)) {
            throw new IllegalArgumentException("training needs pairs of the same event and of different events; got "
                    + pairs.size() + " pairs, all " + (same.contains(true) ? "same" : "different")
                    + " (do the labelled articles share story ids?)");
        }
        de.bwaldvogel.liblinear.Problem problem = new de.bwaldvogel.liblinear.Problem();
        problem.l = pairs.size();
        problem.n = INPUTS + 1;
        problem.bias = BIAS;
        problem.x = new Feature[pairs.size()][];
        problem.y = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            problem.x[i] = features(pairs.get(i), true);
            problem.y[i] = same.get(i) ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return new PairScorer(Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, 1e-6)));
    }

    /** Reads a model written by {@link #save}. */
    public static PairScorer read(Reader in) throws IOException {
        return new PairScorer(Model.load(in));
    }

    /** Writes the model in liblinear's text format. */
    public void save(Writer out) throws IOException {
        model.save(out);
    }

    /** The probability that the pair reports one event. */
    public double probability(PairFeatures pair) {
        double[] p = new double[model.getNrClass()];
        Linear.predictProbability(model, features(pair, true), p);
        return p[positive];
    }

    /**
     * The weights towards "same event" of each feature ({@link PairFeatures#NAMES} order) followed by its hinges,
     * then the bias.
     */
    public double[] weights() {
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // liblinear's weights favour the first label
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = sign * w[i];
        }
        return out;
    }

    /**
     * The model's inputs: each feature as a piecewise-linear function (its value and its hinges above each knot), so
     * that a linear model can weigh, say, a cosine rising from 0.8 to 0.9 more than one rising from 0.4 to 0.5.
     */
    private static Feature[] features(PairFeatures pair, boolean withBias) {
        double[] v = pair.values();
        Feature[] out = new Feature[INPUTS + (withBias ? 1 : 0)];
        int at = 0;
        for (double x : v) {
            out[at] = new FeatureNode(at + 1, x);
            at++;
            for (double knot : KNOTS) {
                out[at] = new FeatureNode(at + 1, Math.max(0, x - knot));
                at++;
            }
        }
        if (withBias) {
            out[at] = new FeatureNode(at + 1, BIAS);
        }
        return out;
    }

    private static PairScorer load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled pair model " + resource + " is missing from the "
                        + "classpath; the build should have packaged it beside " + owner.getName());
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bundled pair model " + resource, e);
        }
    }
}
