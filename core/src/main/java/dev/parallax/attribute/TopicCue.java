package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.Optional;
import java.util.Set;

/**
 * A verb whose content is what it is about, given by a preposition: "X spoke about the economy", "X called for
 * female contestants to wear …", "X warned against …". (A deal reached, "The two sides agreed on which data can be
 * used …", is no cue at all: {@link VerbCue}.)
 */
final class TopicCue {

    private TopicCue() {
    }

    /**
     * What cue verb {@code cue} (ending at {@code cueEnd}, read as one of {@code lemma}) is about, when it has a
     * subject; a {@code learned} cue is read as a topic verb.
     */
    static Optional<Span> content(Tree tree, int cue, int cueEnd, String lemma, boolean learned) {
        if (!(learned || CueLexicon.TOPIC.contains(lemma)) || tree.child(cue, CueFrame.SUBJECT) < 0) {
            return Optional.empty();
        }
        int topic = tree.child(cue, CueLexicon.TOPIC_RELATIONS);
        if (topic > cue) {
            return Optional.of(tree.span(tree.extent(tree.subtree(topic, Set.of("punct", "case")), topic)));
        }
        return prepositionalObject(tree, cueEnd).map(tree::span);
    }

    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("for", "on", "upon", "about", "of", "against",
            "over");

    /**
     * "called for female contestants to wear …" when the parse hung the preposition elsewhere: the words after the
     * preposition that follows the verb, to the end of the verb's dependent that holds them.
     */
    private static Optional<int[]> prepositionalObject(Tree tree, int cueEnd) {
        int prep = cueEnd + 1;
        if (prep + 1 >= tree.size() || !tree.pos(prep).equals("IN")
                || !TOPIC_PREPOSITIONS.contains(tree.lower(prep))) {
            return Optional.empty();
        }
        int first = prep + 1;
        int holder = first;
        for (int steps = 0; holder >= 0 && tree.parent(holder) > cueEnd && steps < tree.size(); steps++) {
            holder = tree.parent(holder);
        }
        if (holder < 0 || tree.parent(holder) < 0 || holder <= cueEnd) {
            return Optional.empty();
        }
        int[] range = tree.extent(tree.subtree(holder, Set.of("punct")), holder);
        int[] out = tree.trim(first, range[1]);
        return out[0] <= out[1] ? Optional.of(out) : Optional.empty();
    }
}
