package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A claim as the briefing shows it: how the sides relate on it and each article's own sentence stating it.
 *
 * @param label   {@code shared}, {@code contradicted}, {@code several-sides} or {@code one-side}: the claim's one
 *                label, the same wherever the story cites its spans
 * @param reason  for a contradiction, what differs; empty otherwise
 * @param shownIn empty when this section shows the claim; otherwise the story section that already shows it (see
 *                {@link StoryBrief}), and this entry only refers to it: its label and spans, not its sentences again
 */
public record ClaimView(String label, List<String> sides, String reason, List<Grounded> statements, String shownIn) {

    public ClaimView {
        requireNonNull(label, "label");
        sides = List.copyOf(sides);
        requireNonNull(reason, "reason");
        statements = List.copyOf(statements);
        requireNonNull(shownIn, "shownIn");
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("claim without a statement");
        }
    }
}
