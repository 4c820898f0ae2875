package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.Optional;
import java.util.Set;

/**
 * A verb of saying or thinking with its clausal complement: "X said (that) …", "X believes …", "Archer, wearing a
 * shirt covered in buttons, said he is proud …", "Trump says X, and “we're going to …”"; and, where the parse did not
 * make the clause the verb's complement, a finite clause read from the words right after the verb ("Trump said
 * praise from Putin would not affect …").
 */
final class ComplementCue {

    private ComplementCue() {
    }

    /**
     * The clausal complement of a cue: the one after it when the parse gives two ("Archer, wearing a shirt covered
     * in buttons, said he is proud …" with "covered" misparsed as a clause before the verb), else the only one.
     */
    static int complement(Tree tree, int cue) {
        int first = -1;
        for (int c : tree.children(cue)) {
            if (tree.relation(c).equals("ccomp")) {
                if (c > cue) {
                    return c;
                }
                if (first < 0) {
                    first = c;
                }
            }
        }
        return first;
    }

    /** The content of cue verb {@code cue} whose complement {@code ccomp} follows it. */
    static Span content(Tree tree, int cue, int ccomp) {
        int[] range = CueFrame.clause(tree, ccomp);
        for (int c : tree.children(cue)) {
            if (c > range[1] && tree.baseRelation(c).equals("conj") && tree.child(c, CueFrame.SUBJECT) >= 0
                    && !CueLexicon.isCueVerb(tree.lemma(c))) {
                int end = tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[1];
                if (speakersOwn(tree, c, range[1] + 1, end)) {
                    // "Trump says X, and “we're going to …”" parsed as a second verb of the tag: still what he says.
                    range = new int[] {range[0], end};
                }
            }
        }
        return tree.span(range);
    }

    /**
     * Whether a clause the parse conjoined to the cue verb (tokens {@code from} to {@code to}) is still the
     * speaker's: it is quoted, its subject is the speaker's "I" or "we" ("Trump says X, and “we're going to …”"), or
     * it opens with "that" ("said X, and that many will be receptive …").
     * Otherwise it is the writer going on ("Officials said X and they rejected any implication …", "Republicans have
     * argued that …, but Democrats have pushed for …").
     */
    private static boolean speakersOwn(Tree tree, int conj, int from, int to) {
        int subject = tree.child(conj, CueFrame.SUBJECT);
        int mark = tree.child(conj, "mark");
        if (CueLexicon.FIRST_PERSON.contains(tree.lower(subject)) || mark >= 0 && tree.lower(mark).equals("that")) {
            // "…, and that many will be receptive …": a second clause of what was said.
            return true;
        }
        for (int i = from; i <= to; i++) {
            if (Quotes.isMark(tree.word(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOT_CLAUSE_START = Set.of("IN", "TO", "CC", "VBG", "VBN", ",", ".", ":",
            "-LRB-", "-RRB-", "``", "''", "WRB", "WP", "WDT");

    /**
     * A finite clause read from the words right after a verb of saying: an optional "that", then within fifteen
     * words and before any comma or colon a finite verb; the clause runs to the end of the sentence.
     */
    static Optional<int[]> rightClause(Tree tree, int cueEnd) {
        int start = cueEnd + 1;
        if (start < tree.size() && tree.lower(start).equals("that")) {
            start++;
        }
        if (start >= tree.size() || NOT_CLAUSE_START.contains(tree.pos(start)) || Quotes.isMark(tree.word(start))) {
            return Optional.empty();
        }
        for (int j = start + 1; j < tree.size() && j <= start + 15; j++) {
            String pos = tree.pos(j);
            String w = tree.word(j);
            if (w.equals(",") || w.equals(":") || w.equals(";") || Quotes.isMark(w)) {
                return Optional.empty();
            }
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                int[] r = tree.trim(start, tree.size() - 1);
                return r[0] <= r[1] ? Optional.of(r) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
