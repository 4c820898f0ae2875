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
        return first >= 0 ? first : indirectQuestion(tree, cue);
    }

    private static final Set<String> FINITE = Set.of("aux", "aux:pass", "cop");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl");

    /** Words that open an indirect question: "isn't saying if …", "explained how …". */
    private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "how", "why", "what", "who", "which");

    /** Words that open an indirect question only after a denial ("has not said when …"); else a time or place. */
    private static final Set<String> DENIED_QUESTION_WORDS = Set.of("when", "where");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");

    /**
     * An indirect question the parse hung on the verb as an adverbial clause, or -1: "The company isn't saying if it
     * will appeal", "Lawmakers have not said when they would take up the bill". It opens right after the verb with
     * "if", "whether" or a question word and has a subject and a finite verb of its own. "When" and "where" open one
     * only after a denial: "she said when the meeting ended …" and "said when asked …" give a time, not what was
     * said.
     */
    private static int indirectQuestion(Tree tree, int cue) {
        boolean denied = tree.children(cue).stream().anyMatch(c -> NEGATIONS.contains(tree.lower(c)));
        for (int c : tree.children(cue)) {
            if (c <= cue || !tree.baseRelation(c).equals("advcl")) {
                continue;
            }
            int start = tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[0];
            boolean finite = tree.pos(c).matches("VBD|VBZ|VBP|MD") || tree.child(c, FINITE) >= 0;
            boolean question = QUESTION_WORDS.contains(tree.lower(start))
                    || denied && DENIED_QUESTION_WORDS.contains(tree.lower(start));
            if (start == cue + 1 && question && finite
                    && tree.child(c, SUBJECTS) >= 0) {
                return c;
            }
        }
        return -1;
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
