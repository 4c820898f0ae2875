package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A verb whose object is what it attributes, with the complement that follows it: "called him a liar", "dubbed them
 * ''Manchurian anchors''", "accused him of sexism", "backs Clinton", "pointed to the polls", "cited derogatory
 * comments as examples of …".
 */
final class ObjectCue {

    private ObjectCue() {
    }

    /** Relations after the object that complete a stance: "called him a liar", "accused him of sexism". */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "obl:as", "obl:of", "obl:for", "advcl:as",
            "advcl:of", "advcl:for", "obl:in_support_of", "obl:over");

    /** Verbs of naming, whose content is the named and the name together. */
    private static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "name", "term", "deem");

    /** What the verb at token {@code cue}, read as one of {@code lemma}, attributes: its object and complement. */
    static Optional<Span> content(Tree tree, int cue, String lemma) {
        if (NAMING.contains(lemma)) {
            // "called him a genius", "dubbed them ''Manchurian anchors''": the named and the name.
            List<Integer> after = tree.children(cue).stream().filter(c -> c > cue && Set.of("obj", "iobj", "xcomp",
                    "obl:as", "ccomp").contains(tree.relation(c))).toList();
            if (after.size() >= 2) {
                int last = after.stream().mapToInt(c -> tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[1]).max()
                        .orElseThrow();
                int first = after.stream().mapToInt(c -> tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[0]).min()
                        .orElseThrow();
                return Optional.of(tree.span(tree.trim(first, last)));
            }
        }
        int obj = tree.child(cue, Set.of("obj"));
        if (obj < 0 && (lemma.equals("refer") || lemma.equals("call") || lemma.equals("point"))) {
            obj = tree.child(cue, Set.of("obl:to", "obl:for"));
        }
        if (obj < cue || tree.pos(obj).equals("PRP") && tree.child(cue, COMPLEMENTS) < 0
                && !CueLexicon.STANCE.contains(lemma)) {
            return Optional.empty();
        }
        int[] range = tree.extent(tree.subtree(obj, CueFrame.NOT_CONTENT), obj);
        for (int c : tree.children(cue)) {
            if (c > range[1] && COMPLEMENTS.contains(tree.relation(c))) {
                range = new int[] {range[0], tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[1]};
            }
        }
        if (tree.lower(range[0]).equals("to") || tree.lower(range[0]).equals("for")) {
            range = tree.trim(range[0] + 1, range[1]);
        }
        return Optional.of(tree.span(range));
    }
}
