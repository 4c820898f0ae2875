package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads: a quotation and the parse of its sentence. Adds: why it is a {@link QuotedTerm} rather than a statement, if
 * it is one: a title or a name in title case ("Bletchley Declaration", "The Intellectual"), or a scare quote of a few
 * words with no speech tag beside it ("safe", "deliverables"). Stateless.
 */
final class QuotedTerms {

    /** Quotations shorter than this (in words) are terms unless a speech tag stands right beside them. */
    private static final int STATEMENT_WORDS = 4;
    /** Words a quoted title or name can have at most. */
    private static final int TITLE_WORDS = 8;
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s—–-]+");
    /** The general categories of {@code \p{L}} and {@code \p{N}}, as java.util.regex defines them. */
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "for",
            "to", "at", "by", "with", "from", "de", "vs", "vs.");

    private QuotedTerms() {
    }

    /** Why a quotation is not a statement, if it is not: a title or name, or a few words without a tag beside them. */
    static Optional<QuotedTerm.Reason> reason(Discourse d, Quotation q) {
        String inner = q.inner(d.text).of(d.text).strip();
        int count = 0;
        boolean titleCase = true;
        // The words one at a time rather than split() at once: a long statement is told after nine of them. The
        // empty pieces split() would add at the ends have no letters, and are skipped as it skips them.
        Matcher breaks = WORD_BREAK.matcher(inner);
        int start = 0;
        for (boolean more = true; more; ) {
            more = breaks.find();
            String w = inner.substring(start, more ? breaks.start() : inner.length());
            if (more) {
                start = breaks.end();
            }
            String letters = lettersOf(w);
            if (letters.isEmpty()) {
                continue;
            }
            count++;
            if (count > TITLE_WORDS) {
                // Longer than a title or name and than a scare quote: a statement, whatever the other words are.
                return Optional.empty();
            }
            if (!SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(letters.charAt(0))
                    && !Character.isDigit(letters.charAt(0)) && !hasInnerCapital(letters)) {
                titleCase = false;
            }
        }
        // American style puts a comma or full stop inside the marks even after a title: “Bletchley Declaration,”.
        char last = inner.isEmpty() ? ' ' : inner.charAt(inner.length() - 1);
        boolean ends = "!?…".indexOf(last) >= 0 || ".,:;".indexOf(last) >= 0 && count > 3;
        if (titleCase && !ends && !tagBeside(d, q) || titleCase && count >= 2 && namedByPhrase(d, q)) {
            return Optional.of(QuotedTerm.Reason.TITLE_OR_NAME);
        }
        if (count < STATEMENT_WORDS && !tagBeside(d, q)) {
            return Optional.of(QuotedTerm.Reason.SCARE_QUOTE);
        }
        return Optional.empty();
    }

    /**
     * Whether the word right before a quotation makes it part of a noun phrase — a preposition, a possessive, a noun,
     * a determiner or adjective, or "called", "titled", "named": "an interview on “Sunday Morning Report,”", "host
     * of the network's “Early Edition,”", "the film “Harbor Lights,”", "a show called “…”". A title-cased quotation
     * there names a show, a book or a headline even with a speech tag beside it, whatever punctuation ends it.
     */
    private static boolean namedByPhrase(Discourse d, Quotation q) {
        int s = d.sentenceAt(q.span().start());
        if (s < 0) {
            return false;
        }
        Tree tree = d.trees.get(s);
        int before = -1;
        for (int i = 0; i < tree.size() && tree.token(i).span().end() <= q.span().start(); i++) {
            before = i;
        }
        if (before < 0) {
            return false;
        }
        String pos = tree.pos(before);
        return pos.equals("IN") || pos.equals("POS") || pos.startsWith("NN") || pos.equals("DT")
                || pos.startsWith("JJ") || pos.equals("VBN")
                && Set.of("call", "title", "name", "dub").contains(tree.lemma(before));
    }

    /** The most tokens a speech tag's subject may span between a quotation and its verb. */
    private static final int SUBJECT_TOKENS = 12;

    /**
     * {@code w} with only its letters and numbers: what replacing {@code [^\p{L}\p{N}]} with nothing gives, code
     * point by code point, without a regex match per word.
     */
    private static String lettersOf(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            if ((LETTER_OR_NUMBER & 1 << Character.getType(c)) != 0) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.length() == w.length() ? w : b.toString();
    }

    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speech verb within three tokens after the quotation, or after its subject when that is all that stands
     * between them (up to {@value #SUBJECT_TOKENS} tokens), or a colon or speech verb just before it.
     */
    private static boolean tagBeside(Discourse d, Quotation q) {
        int s = d.sentenceAt(q.span().start());
        if (s < 0) {
            return false;
        }
        Tree tree = d.trees.get(s);
        int after = -1;
        int before = -1;
        for (int i = 0; i < tree.size(); i++) {
            Span t = tree.token(i).span();
            if (t.start() >= q.span().end() && after < 0) {
                after = i;
            }
            if (t.end() <= q.span().start()) {
                before = i;
            }
        }
        if (after >= 0) {
            for (int i = after; i < Math.min(tree.size(), after + SUBJECT_TOKENS); i++) {
                if (!tree.pos(i).startsWith("VB") || !CueLexicon.SPEECH.contains(tree.lemma(i))) {
                    continue;
                }
                if (i < after + 4) {
                    return tree.word(after).equals(",") || i == after || tree.pos(after).startsWith("PRP")
                            || tree.pos(after).startsWith("NN") || tree.pos(after).equals("DT");
                }
                // "“Carson is cratering,” Austin-based strategist Matt Mackowiak said": a longer subject, all of it
                // between the quotation and the verb
                int subject = CueFrame.subjectOf(tree, i);
                int[] bounds = subject >= 0 ? tree.subtreeBounds(subject) : new int[] {-1, -1};
                return bounds[0] == (tree.word(after).equals(",") ? after + 1 : after) && bounds[1] == i - 1;
            }
        }
        return before >= 0 && (tree.word(before).equals(":") || tree.word(before).equals(",") && before > 0
                && tree.pos(before - 1).startsWith("VB") && CueLexicon.SPEECH.contains(tree.lemma(before - 1)));
    }
}
