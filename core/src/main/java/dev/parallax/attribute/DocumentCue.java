package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

/**
 * A document, poll or study that speaks through its object: "A Reuters poll shows Trump at the top with 36 percent
 * …", "The report finds a rise in …". All the verb's words after it are the content.
 */
final class DocumentCue {

    private DocumentCue() {
    }

    /** The words cue verb {@code cue} (ending at {@code cueEnd}) governs after it. */
    static Span content(Tree tree, int cue, int cueEnd) {
        int last = -1;
        for (int c : tree.children(cue)) {
            if (c > cue && !tree.isPunct(c)) {
                last = Math.max(last, tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[1]);
            }
        }
        return tree.span(tree.trim(cueEnd + 1, last));
    }
}
