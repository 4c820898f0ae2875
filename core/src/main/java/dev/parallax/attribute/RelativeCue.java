package dev.parallax.attribute;

import dev.parallax.annotate.Tree;

/**
 * A cue verb in a relative clause whose subject is the relative pronoun: "party leaders who can support the
 * candidate of their choice", "voters who want a continuation of …", "a group that backs Clinton". The antecedent
 * takes the stance, so the clause is an attribution like any other, with the pronoun as its source as written
 * (resolved to the antecedent as relative sources are).
 */
final class RelativeCue {

    private RelativeCue() {
    }

    /**
     * The relative pronoun ("who", "which", "that") that is the subject of the relative clause {@code cue} heads, or
     * -1. CoreNLP's enhanced parse makes the antecedent the verb's subject and leaves the pronoun only a {@code ref},
     * which {@link Tree} drops, so the pronoun is the W-word between the antecedent and the verb that has no head
     * or is the verb's subject; a clause with a subject of its own ("the candidate whom voters back") has none.
     */
    static int pronoun(Tree tree, int cue) {
        int antecedent = tree.parent(cue);
        if (!tree.relation(cue).startsWith("acl:relcl") || antecedent < 0 || antecedent > cue) {
            return -1;
        }
        for (int c : tree.children(cue)) {
            if (tree.relation(c).startsWith("nsubj") && !tree.pos(c).startsWith("W")) {
                return -1;
            }
        }
        return pronoun(tree, antecedent, cue);
    }

    /**
     * The relative pronoun subject of a relative clause on {@code antecedent} whose verb (or a verb conjoined with it)
     * is {@code verb}, or -1. Unlike {@link #pronoun(Tree, int)} this reads past a subject the parse gave the verb
     * before the pronoun: the antecedent's own conjunct ("mandates and unions, who said …"); a subject after the
     * pronoun is the clause's own ("the candidate whom voters back").
     */
    static int pronoun(Tree tree, int antecedent, int verb) {
        for (int i = antecedent + 1; i < verb; i++) {
            boolean subject = tree.parent(i) == verb && tree.relation(i).equals("nsubj") || tree.parent(i) < 0;
            if (tree.pos(i).startsWith("W") && subject && !tree.lower(i).equals("whom")) {
                for (int c : tree.children(verb)) {
                    if (c > i && tree.relation(c).startsWith("nsubj") && !tree.pos(c).startsWith("W")) {
                        return -1;
                    }
                }
                return i;
            }
        }
        return -1;
    }
}
