package dev.parallax.attribute;

import dev.parallax.annotate.Tree;

import java.util.List;
import java.util.Optional;

/**
 * A transcript line or headline opened by a name and a colon: "Matthews: Well, speculation is bad", "Trump: We will
 * win". The words after the colon are the content, the name (a person or organisation) the source.
 */
final class SpeakerLine {

    private SpeakerLine() {
    }

    /** The line's claim, when the sentence opens with a name of at most five words and a colon. */
    static Optional<Claim> claim(Tree tree, int sentence) {
        int colon = -1;
        for (int i = 0; i < Math.min(tree.size(), 6); i++) {
            if (tree.word(i).equals(":")) {
                colon = i;
                break;
            }
            if (!tree.pos(i).startsWith("NNP") && !(i > 0 && tree.pos(i).equals("POS"))) {
                return Optional.empty();
            }
        }
        if (colon < 1 || colon + 2 >= tree.size()) {
            return Optional.empty();
        }
        boolean named = false;
        for (int i = 0; i < colon; i++) {
            String ner = tree.ner(i);
            named |= ner.equals("PERSON") || ner.equals("ORGANIZATION");
        }
        if (!named) {
            return Optional.empty();
        }
        int[] content = tree.trim(colon + 1, tree.size() - 1);
        int head = colon - 1;
        for (int i = 0; i < colon; i++) {
            int p = tree.parent(i);
            if (p < 0 || p >= colon) {
                head = i;
                break;
            }
        }
        return Optional.of(new Claim(sentence, colon, colon, List.of(tree.span(content)), head, -1, false));
    }
}
