package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.List;
import java.util.Locale;

/**
 * The features the learned attribution filter reads of one attribution the rules found: its kind, its cue (words,
 * lemma, part of speech, place in the parse), its source (present, pronoun, kind of speaker), its content (length,
 * share in quotation marks, first word, side of the cue it lies on) and the pairs of these that carry most. The same
 * code serves training ({@code parallax train attribution}) and use, so the two cannot drift apart.
 */
final class AttributionFeatures {

    /** The feature of a statement whose speaker is a person the rules named. */
    static final String PERSON_SPEAKER = "speaker=" + Speaker.Kind.PERSON;
    /** The feature of a statement whose cue is a verb of saying of the lexicon (not a weak one). */
    static final String SAYING_CUE = "lexicon=speech";

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private AttributionFeatures() {
    }

    /**
     * Writes what the filter reads of {@code a} to {@code f}.
     *
     * @param all every attribution found in the article, {@code a} among them
     */
    static void of(Discourse d, Attribution a, List<Attribution> all, List<Quotation> quotations, FeatureSink f) {
        f.add("bias");
        String kind = a.kind().name().toLowerCase(Locale.ROOT);
        f.add("kind=", kind);
        Tree tree = d.trees.get(a.sentence());
        int cue = tree.tokenAt(a.cue().start());
        String cueText = SPACES.matcher(a.cue().of(d.text).toLowerCase(Locale.ROOT)).replaceAll(" ");
        f.add("cue=", cueText);
        String lemma = "?";
        if (cue >= 0) {
            lemma = tree.lemma(cue).toLowerCase(Locale.ROOT);
            f.add("lemma=", lemma);
            f.add("pos=", tree.pos(cue));
            f.add("rel=", tree.baseRelation(cue));
            f.add("lemma&rel=", lemma, "&", tree.baseRelation(cue));
            f.add("lemma&kind=", lemma, "&", kind);
            f.add("lexicon=", lexicon(lemma));
        }
        String source = sourceClass(d, a);
        f.add("source=", source);
        f.add("source&kind=", source, "&", kind);
        f.add("lemma&source=", lemma, "&", source);
        f.add("speaker=", String.valueOf(a.speaker().kind()));
        int head = a.source().isEmpty() ? -1 : head(tree, a.source().get());
        if (head >= 0) {
            f.add("srcner=", tree.ner(head));
            f.add("srcagent=", String.valueOf(CueFrame.agent(tree, head)));
            f.add("srcagent&lexicon=", String.valueOf(CueFrame.agent(tree, head)), "&", lexicon(lemma));
            if (tree.pos(head).startsWith("NN") && !tree.pos(head).startsWith("NNP")) {
                f.add("srclemma=", tree.lemma(head).toLowerCase(Locale.ROOT));
            }
        }
        boolean nested = false;
        boolean nests = false;
        for (Attribution other : all) {
            if (other != a) {
                nested |= containsAny(other.parts(), a.cue());
                nests |= containsAny(a.parts(), other.cue());
            }
        }
        f.add("nested=", String.valueOf(nested));
        f.add("nests=", String.valueOf(nests));
        f.add("nested&kind=", String.valueOf(nested), "&", kind);
        f.add("via=", String.valueOf(a.via().isPresent()));
        Span content = a.content();
        String side = content.end() <= a.cue().start() ? "before" : content.start() >= a.cue().end() ? "after"
                : "around";
        f.add("side=", side);
        f.add("side&lemma=", side, "&", lemma);
        f.add("parts=", String.valueOf(Math.min(a.parts().size(), 3)));
        int words = words(content.of(d.text));
        String length = words <= 2 ? "1-2" : words <= 5 ? "3-5" : words <= 10 ? "6-10" : words <= 20 ? "11-20"
                : words <= 40 ? "21-40" : "41+";
        f.add("words=", length);
        f.add("words&kind=", length, "&", kind);
        f.add("quoted=", quotedShare(content, quotations));
        int first = tree.tokenAt(content.start());
        if (first >= 0) {
            f.add("first=", tree.pos(first).startsWith("NNP") ? "NNP" : tree.lower(first));
            f.add("firstpos=", tree.pos(first));
        } else {
            f.add("first=other-sentence");
        }
        int sentences = 1;
        for (Span p : a.parts()) {
            for (int s = a.sentence() + 1; s < d.trees.size() && d.trees.get(s).sentence().span().start() < p.end();
                 s++) {
                sentences = Math.max(sentences, s - a.sentence() + 1);
            }
        }
        f.add("sentences=", String.valueOf(Math.min(sentences, 3)));
    }

    /** The token of a mention whose head lies outside it, or -1 when the mention is not in this sentence. */
    private static int head(Tree tree, Span mention) {
        for (int i = 0; i < tree.size(); i++) {
            if (mention.contains(tree.token(i).span())) {
                int p = tree.parent(i);
                if (p < 0 || !mention.contains(tree.token(p).span())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String lexicon(String lemma) {
        if (CueLexicon.SPEECH.contains(lemma)) {
            return CueLexicon.WEAK.contains(lemma) ? "weak-speech" : "speech";
        }
        if (CueLexicon.COGNITION.contains(lemma)) {
            return "cognition";
        }
        if (CueLexicon.INTENTION.contains(lemma)) {
            return "intention";
        }
        if (CueLexicon.STANCE.contains(lemma)) {
            return "stance";
        }
        return "other";
    }

    private static String sourceClass(Discourse d, Attribution a) {
        if (a.source().isEmpty()) {
            return "none";
        }
        String words = a.source().get().of(d.text).toLowerCase(Locale.ROOT);
        if (CueLexicon.PERSON_PRONOUNS.contains(words) || CueLexicon.PLURAL_PRONOUNS.contains(words)) {
            return "pronoun";
        }
        if (words.equals("it") || words.equals("this") || words.equals("that")) {
            return "it";
        }
        if (words.equals("who") || words.equals("which")) {
            return "relative";
        }
        return a.speaker().kind().name().toLowerCase(Locale.ROOT);
    }

    private static boolean containsAny(List<Span> parts, Span cue) {
        // By index: asked for every pair of attributions, an iterator each time was a twentieth of what attribution
        // allocated.
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text}: runs of characters other than the white space {@code \s} matches. */
    private static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0;
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static String quotedShare(Span content, List<Quotation> quotations) {
        int inside = 0;
        for (Quotation q : quotations) {
            inside += content.overlap(q.span());
        }
        double share = content.length() == 0 ? 0 : (double) inside / content.length();
        return share == 0 ? "none" : share < 0.5 ? "some" : share < 0.9 ? "most" : "all";
    }
}
