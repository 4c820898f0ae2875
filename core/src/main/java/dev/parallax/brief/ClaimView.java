package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A claim as the briefing shows it: how the sides relate on it and each article's own sentence stating it.
 *
 * @param label  {@code shared}, {@code contradicted}, {@code several-sides} or {@code one-side}
 * @param reason for a contradiction, what differs; empty otherwise
 */
public record ClaimView(String label, List<String> sides, String reason, List<Grounded> statements) {

    public ClaimView {
        requireNonNull(label, "label");
        sides = List.copyOf(sides);
        requireNonNull(reason, "reason");
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("claim without a statement");
        }
    }
}
