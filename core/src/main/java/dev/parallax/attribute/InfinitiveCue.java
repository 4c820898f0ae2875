package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.Set;

/**
 * A verb of intention or request with its infinitive: "X plans to run", "X wants to leave", "X urged Y to …" (the
 * one urged belongs to the content), "X told Y to …" (he does not).
 */
final class InfinitiveCue {

    private InfinitiveCue() {
    }

    /** The content of cue verb {@code cue} of lemma {@code lemma}, whose infinitive {@code xcomp} follows it. */
    static Span content(Tree tree, int cue, String lemma, int xcomp) {
        int obj = tree.child(cue, Set.of("obj", "iobj"));
        int[] range = CueFrame.clause(tree, xcomp);
        if (obj > cue && obj < xcomp && !lemma.equals("tell")) {
            range = tree.trim(tree.extent(tree.subtree(obj, CueFrame.NOT_CONTENT), obj)[0], range[1]);
        }
        return tree.span(range);
    }
}
