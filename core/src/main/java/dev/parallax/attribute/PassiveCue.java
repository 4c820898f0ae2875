package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A passive cue: "Trump was accused of lying", "Clinton is expected to win", "She has been endorsed by dozens of
 * papers", "It was announced that …". The content is the passive subject with the verb's complement (or the clausal
 * complement alone); the source is the agent ("by …") or none.
 */
final class PassiveCue {

    private PassiveCue() {
    }

    /** What completes a passive cue: "is expected to win", "was accused of lying", "was described as a threat". */
    private static final Set<String> PASSIVE_COMPLEMENTS = Set.of("xcomp", "obl:as", "obl:of", "obl:for",
            "advcl:as", "advcl:of", "advcl:for", "obl:over");

    /** The claim of the passive cue verb at token {@code cue}, unless it only modifies a noun. */
    static Optional<Claim> claim(Tree tree, int sentence, int cue) {
        if (tree.relation(cue).startsWith("acl") || tree.hasChild(cue, "mark", "as")) {
            // "the understandings reached by …", "as agreed by the two sides": a modifier, not a statement.
            return Optional.empty();
        }
        int agent = tree.child(cue, "obl:agent");
        int ccomp = tree.child(cue, Set.of("ccomp"));
        int subject = tree.child(cue, Set.of("nsubj:pass"));
        List<Span> parts = new ArrayList<>();
        if (ccomp > cue && (subject < 0 || tree.lower(subject).equals("it"))) {
            parts.add(tree.span(CueFrame.clause(tree, ccomp)));
        } else if (subject >= 0 && subject < cue && !tree.pos(subject).equals("WDT")
                && !tree.lower(subject).equals("it") && !tree.lower(subject).equals("that")) {
            parts.add(tree.span(tree.extent(tree.subtree(subject, CueFrame.NOT_CONTENT), subject)));
            int complement = -1;
            for (int c : tree.children(cue)) {
                if (c > cue && PASSIVE_COMPLEMENTS.contains(tree.relation(c))) {
                    complement = c;
                    break;
                }
            }
            if (complement >= 0) {
                int[] range = tree.extent(tree.subtree(complement, Set.of("punct", "case")), complement);
                parts.add(tree.span(range));
            } else if (agent < 0) {
                return Optional.empty();
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        int source = agent >= 0 && CueFrame.nominal(tree, agent) ? agent : -1;
        return Optional.of(new Claim(sentence, cue, CueFrame.particleEnd(tree, cue), parts, source, -1, false));
    }
}
