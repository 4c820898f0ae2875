package dev.parallax.attribute;

import dev.parallax.annotate.Tree;

import java.util.Set;

/**
 * What the writer adds after a reported clause, cut from its end: a contrast or comparison set off by a comma
 * ("…, while only 19 support Sanders", "…, compared with 64 percent who …", "— though independent economists …").
 */
final class ContentTail {

    private ContentTail() {
    }

    private static final Set<String> CONTRASTS = Set.of("while", "though", "although", "whereas");

    /** Takes out of {@code in} (the tokens of the clause headed by {@code head}) the closing additions it holds. */
    static void cut(Tree tree, int head, boolean[] in) {
        for (int c : tree.children(head)) {
            if (c <= head) {
                continue;
            }
            int[] extent = tree.extent(tree.subtree(c, Set.of()), c);
            int first = extent[0];
            boolean setOff = first > head + 1 && isBreak(tree.word(first - 1));
            boolean addition = false;
            String r = tree.baseRelation(c);
            if (r.equals("advcl") && setOff && CONTRASTS.contains(tree.lower(first))) {
                addition = true;
            } else if (setOff && tree.lower(first).equals("compared")) {
                addition = true;
            }
            if (addition) {
                for (int i = first - 1; i <= extent[1]; i++) {
                    in[i] = false;
                }
            }
        }
    }

    private static boolean isBreak(String word) {
        return word.equals(",") || word.equals("—") || word.equals("–") || word.equals("--");
    }
}
