package dev.parallax.compare;

import java.util.List;

/** What the sides of one story report (claim groups) and how each frames it (terms), all grounded in spans. */
public record Comparison(List<String> sides, List<ClaimGroup> groups, List<FramingTerm> framing) {

    public static final Comparison EMPTY = new Comparison(List.of(), List.of(), List.of());

    public Comparison {
        sides = List.copyOf(sides);
        groups = List.copyOf(groups);
        framing = List.copyOf(framing);
    }
}
