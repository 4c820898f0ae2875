package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An appearance: "Cruz seemed lost", "Their choice appears to be between …" — a judgement the writer reports without
 * a source, or with one given as "to X" ("seemed to voters …"). The content is the subject with its complement.
 */
final class AppearanceCue {

    private AppearanceCue() {
    }

    /** The claim of "seem" or "appear" at token {@code cue}, when it has a nominal subject and a complement. */
    static Optional<Claim> claim(Tree tree, int sentence, int cue) {
        int subject = tree.child(cue, CueFrame.SUBJECT);
        int complement = tree.child(cue, Set.of("xcomp"));
        if (subject < 0 || subject > cue || complement < cue || !CueFrame.nominal(tree, subject)
                || Set.of("it", "there", "that", "which", "this", "what").contains(tree.lower(subject))) {
            return Optional.empty();
        }
        List<Span> parts = List.of(tree.span(tree.extent(tree.subtree(subject, CueFrame.NOT_CONTENT), subject)),
                tree.span(tree.extent(tree.subtree(complement, CueFrame.NOT_CONTENT), complement)));
        int experiencer = tree.child(cue, "obl:to");
        int source = experiencer >= 0 && experiencer < complement && CueFrame.nominal(tree, experiencer)
                ? experiencer : -1;
        return Optional.of(new Claim(sentence, cue, cue, parts, source, -1, false));
    }
}
