package dev.parallax.compare;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Claims from different articles that state the same thing, and how the sides relate on it.
 *
 * @param label  {@link Label#SHARED} when every side of the story reports it, {@link Label#ONE_SIDE} when one side
 *               only, {@link Label#CONTRADICTED} when the claims differ in a number, a date or negation,
 *               {@link Label#SEVERAL_SIDES} when more than one side but not all report it
 * @param reason for a contradiction: what differs ({@code number 60 vs 29}); empty otherwise
 */
public record ClaimGroup(Label label, List<Claim> claims, Set<String> sides, String reason) {

    public enum Label { SHARED, CONTRADICTED, SEVERAL_SIDES, ONE_SIDE }

    public ClaimGroup {
        requireNonNull(label, "label");
        claims = List.copyOf(claims);
        sides = Collections.unmodifiableSet(new LinkedHashSet<>(sides)); // in the order given, every run
        requireNonNull(reason, "reason");
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("claim group without claims");
        }
    }
}
