package dev.parallax.annotate;

import static java.util.Objects.requireNonNull;

/**
 * A Universal Dependencies arc between two tokens of one sentence, by their indices in {@link Sentence#tokens()}.
 *
 * @param governor the head token index, or {@code -1} for the root
 * @param relation the relation, e.g. {@code nsubj}, {@code ccomp}, {@code obl:according_to}
 */
public record Dependency(int governor, int dependent, String relation) {

    public Dependency {
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("dependency " + governor + " -> " + dependent + " has a bad index");
        }
        requireNonNull(relation, "relation");
    }

    public boolean isRoot() {
        return governor < 0;
    }
}
