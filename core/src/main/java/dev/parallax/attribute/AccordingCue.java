package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "According to X, …" and "…, according to X": X is the source, the clause it modifies the content ("According to
 * the Pentagon, the strike killed …", "… rose 3 percent, according to Reuters"); a relative clause right before it
 * is all X vouches for ("Mormons, who account for a majority of the state's population, according to a 2015
 * survey"). X is also the intermediary when it names an outlet.
 */
final class AccordingCue {

    private AccordingCue() {
    }

    /** The claim of the "according to" whose "according" is token {@code according}. */
    static Optional<Claim> claim(Tree tree, int sentence, int according) {
        int source = tree.parent(according);
        if (source < 0 || source <= according + 1 && !tree.relation(according).equals("case")) {
            source = according + 2 < tree.size() ? according + 2 : -1;
        }
        if (source < 0) {
            return Optional.empty();
        }
        boolean[] tag = new boolean[tree.size()];
        int[] range = tree.extent(tree.subtree(source, Set.of("punct", "acl:relcl", "appos", "parataxis")), source);
        for (int i = Math.min(according, range[0]); i <= Math.max(according + 1, range[1]); i++) {
            tag[i] = true;
        }
        List<Span> parts = relativeBefore(tree, according).map(r -> List.of(tree.span(r)))
                .orElseGet(() -> CueFrame.framing(tree, tag));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        int via = CueFrame.mediaHead(tree, source);
        return Optional.of(new Claim(sentence, according, according + 1, parts, source, via, via == source));
    }

    /**
     * A non-restrictive relative clause that ends right before ", according to": "Mormons, who account for a
     * majority of the state's population, according to a 2015 survey" — the source vouches for that clause.
     */
    private static Optional<int[]> relativeBefore(Tree tree, int according) {
        int comma = according - 1;
        if (comma < 2 || !tree.word(comma).equals(",")) {
            return Optional.empty();
        }
        for (int node = comma - 1, steps = 0; node >= 0 && steps < tree.size(); node = tree.parent(node), steps++) {
            int[] extent = tree.extent(tree.subtree(node, Set.of("punct")), node);
            if (extent[1] != comma - 1) {
                break;
            }
            if (tree.relation(node).equals("acl:relcl") && extent[0] > 1) {
                // The relative pronoun may hang on the antecedent ("Mormons, who account for …").
                int start = tree.pos(extent[0] - 1).startsWith("W") ? extent[0] - 1 : extent[0];
                if (start > 0 && tree.word(start - 1).equals(",")) {
                    return Optional.of(tree.trim(start, extent[1]));
                }
            }
            if (tree.parent(node) < 0) {
                break;
            }
        }
        return Optional.empty();
    }
}
