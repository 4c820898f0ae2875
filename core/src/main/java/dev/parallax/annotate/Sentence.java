package dev.parallax.annotate;

import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** One sentence: its span in the clean text, its tokens and its dependency parse. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (Dependency d : dependencies) {
            if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("dependency " + d + " points outside sentence " + index
                        + " of " + tokens.size() + " tokens");
            }
        }
    }

    /** The arcs whose governor is token {@code head}. */
    public List<Dependency> children(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == head) {
                out.add(d);
            }
        }
        return out;
    }

    /** The arc that attaches token {@code dependent} to its head (the root arc for the root). */
    public Dependency parentArc(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return d;
            }
        }
        return new Dependency(-1, dependent, "root");
    }

    public String text(String articleText) {
        return span.of(articleText);
    }
}
