package dev.parallax.attribute;

import dev.parallax.annotate.Tree;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A transcript line or headline opened by a speaker and a colon: "Matthews: Well, speculation is bad", "Trump: We
 * will win", "Clinton camp: Trump's rhetoric threatens national security", "CNN President: 'We Do Not Pay …'",
 * "Poll: Clinton and Trump in dead heat". The words after the colon are the content; the words before it, when they
 * are a noun phrase that can speak, the source: one that names a person or organisation, or whose head is a role,
 * group or document noun of the lexicon ("Historians:", "Poll:"). A phrase with a date or time in it ("Tuesday's
 * Morning Email:") is a section label, not a speaker, and so is one that names neither ("News Guide:").
 */
final class SpeakerLine {

    /** The most tokens before the colon. */
    private static final int SPEAKER_TOKENS = 5;
    /** Named entities that make the words before a colon a label ("Tuesday's Briefing:", "2016:"). */
    private static final Set<String> LABEL_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER",
            "ORDINAL", "MONEY", "PERCENT");

    private SpeakerLine() {
    }

    /** The line's claim, when the sentence opens with a speaker of at most five tokens and a colon. */
    static Optional<Claim> claim(Tree tree, int sentence, Set<String> names) {
        int colon = -1;
        for (int i = 0; i < Math.min(tree.size(), SPEAKER_TOKENS + 1); i++) {
            if (tree.word(i).equals(":")) {
                colon = i;
                break;
            }
            if (!nominal(tree, i) || LABEL_ENTITIES.contains(tree.ner(i))) {
                return Optional.empty();
            }
        }
        if (colon < 1 || colon + 2 >= tree.size()) {
            return Optional.empty();
        }
        int head = colon - 1;
        for (int i = 0; i < colon; i++) {
            int p = tree.parent(i);
            if (p < 0 || p >= colon) {
                head = i;
                break;
            }
        }
        if (!speaks(tree, colon, head, names)) {
            return Optional.empty();
        }
        int[] content = tree.trim(colon + 1, tree.size() - 1);
        return Optional.of(new Claim(sentence, colon, colon, List.of(tree.span(content)), head, -1, false));
    }

    /**
     * A word of a noun phrase: a noun or name, a possessive, or (after the first word) an adjective, so that
     * "Former AG Mukasey" and "Clinton's campaign manager" pass but a clause ("Trump Says:") does not. The first
     * word may also be an adjective or determiner ("Former", "The").
     */
    private static boolean nominal(Tree tree, int i) {
        String pos = tree.pos(i);
        return pos.startsWith("NN") || i > 0 && pos.equals("POS") || pos.equals("JJ") || i == 0 && pos.equals("DT");
    }

    /**
     * Whether the phrase before the colon names a person or organisation, or its head is a speaking noun. A name
     * CoreNLP left untagged counts when the article names a person or organisation that ends with it: a headline
     * gives the surname alone, without the context the tagger needs ("Lynch: …" over "Loretta Lynch said …").
     */
    private static boolean speaks(Tree tree, int colon, int head, Set<String> names) {
        for (int i = 0; i < colon; i++) {
            String ner = tree.ner(i);
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
                return true;
            }
        }
        if (tree.pos(head).startsWith("NNP") && names.contains(tree.lower(head))) {
            return true;
        }
        if (!tree.pos(head).startsWith("NN")) {
            return false;
        }
        String lemma = tree.lemma(head).toLowerCase(java.util.Locale.ROOT);
        return CueLexicon.ROLES.contains(lemma) || CueLexicon.GROUPS.contains(lemma)
                || CueLexicon.DOCUMENTS.contains(lemma);
    }
}
