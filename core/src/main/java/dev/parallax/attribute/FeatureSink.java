package dev.parallax.attribute;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a feature function ({@link CueDetector}, {@link ContentEnds}, {@link AttributionFeatures}) writes the features
 * it reads of a candidate, each as the pieces its name is made of: {@code add("cut", ".rel=", base)} is the feature
 * {@code cut.rel=obl}. The pieces are not joined here, so one function serves both sides: training keeps the joined
 * names ({@link #names}), while a {@link LinearModel} scoring a candidate ({@link LinearModel.Score}) reads the pieces
 * as they come and builds no string — the strings were most of the cost of scoring. A feature written twice counts
 * once.
 */
abstract class FeatureSink {

    /** The feature {@code name}. */
    final void add(String name) {
        start();
        piece(name);
        end();
    }

    /** The feature {@code a + b}. */
    final void add(String a, String b) {
        start();
        piece(a);
        piece(b);
        end();
    }

    /** The feature {@code a + b + c}. */
    final void add(String a, String b, String c) {
        start();
        piece(a);
        piece(b);
        piece(c);
        end();
    }

    /** The feature {@code a + b + c + d + e}: "cut.rel,on=" and the like. */
    final void add(String a, String b, String c, String d, String e) {
        start();
        piece(a);
        piece(b);
        piece(c);
        piece(d);
        piece(e);
        end();
    }

    /** The feature made of {@code pieces} in order. */
    final void add(String... pieces) {
        start();
        for (String p : pieces) {
            piece(p);
        }
        end();
    }

    /** A feature begins. */
    abstract void start();

    /** The next piece of the feature begun. */
    abstract void piece(String piece);

    /** The feature begun is complete. */
    abstract void end();

    /** The names of the features {@code features} writes, in the order written, each once: what training reads. */
    static List<String> names(Consumer<FeatureSink> features) {
        Names names = new Names();
        features.accept(names);
        return List.copyOf(names.names);
    }

    private static final class Names extends FeatureSink {
        private final Set<String> names = new LinkedHashSet<>();
        private final StringBuilder name = new StringBuilder();

        @Override
        void start() {
            name.setLength(0);
        }

        @Override
        void piece(String piece) {
            name.append(piece);
        }

        @Override
        void end() {
            names.add(name.toString());
        }
    }
}
