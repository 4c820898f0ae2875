package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A cue verb with its subject as the source, its content read by the first of its frames that fits, in this order: a
 * passive ({@link PassiveCue}), a tag read from the words ({@link ParentheticalCue}), a clausal complement after the
 * verb ({@link ComplementCue}), a tag in the parse, a clause side by side after the verb ("X said: …"), an infinitive
 * ({@link InfinitiveCue}), a document's object ({@link DocumentCue}), an object ({@link ObjectCue}), and when none
 * of these gives content, a topic ({@link TopicCue}). The speaker is the verb's subject, inherited through the verbs
 * it hangs on, a relative pronoun ({@link RelativeCue}) or the name after an inverted verb; a stance needs someone to
 * take it, and the outlet a statement was given to ("told the Global Times") is its intermediary.
 */
final class VerbCue {

    private VerbCue() {
    }

    /**
     * The claim of a cue verb. A {@code learned} cue (one the lexicon lacks, accepted by the {@link CueDetector})
     * takes whichever content its parse offers, as a verb of saying, of intention or of stance would.
     */
    static Optional<Claim> claim(Tree tree, int sentence, int cue, String lemma, boolean learned) {
        if (tree.child(cue, "aux:pass") >= 0 && !tree.relation(cue).startsWith("amod")) {
            return PassiveCue.claim(tree, sentence, cue);
        }
        if (tree.relation(cue).startsWith("amod")
                || tree.relation(cue).startsWith("acl:relcl") && !CueLexicon.SPEECH.contains(lemma)
                && RelativeCue.pronoun(tree, cue) < 0) {
            return Optional.empty();
        }
        boolean speech = learned || CueLexicon.SPEECH.contains(lemma) || CueLexicon.COGNITION.contains(lemma);
        int subjectHead = tree.child(cue, CueFrame.SUBJECT);
        boolean documentSpeaks = subjectHead >= 0
                && CueLexicon.DOCUMENTS.contains(tree.lemma(subjectHead).toLowerCase(java.util.Locale.ROOT));
        boolean strong = speech && (!CueLexicon.WEAK.contains(lemma) || documentSpeaks);
        int cueEnd = CueFrame.particleEnd(tree, cue);
        if (lemma.equals("point") && cueEnd == cue && !(cue + 1 < tree.size() && tree.lower(cue + 1).equals("to")
                && tree.child(cue, "obl:to") > cue)) {
            // "pointed out …" and "pointed to the polls" attribute; "pointed a gun" does not.
            return Optional.empty();
        }
        if (CueLexicon.AGREEMENT.contains(lemma) && cueEnd + 1 < tree.size()
                && Set.of("on", "upon", "to").contains(tree.lower(cueEnd + 1))) {
            // "The two sides agreed on which data can be used …", "agreed to hold talks": a deal reached, not a
            // view stated, whatever frame would read words after it (the learned detector takes "agree" as a cue).
            return Optional.empty();
        }
        if (speech && !Set.of("see", "know", "consider", "view", "regard", "remember", "forget", "hear",
                "understand").contains(lemma)) {
            Optional<Claim> closing = ParentheticalCue.fromWords(tree, sentence, cue);
            if (closing.isPresent()) {
                return closing;
            }
        }
        List<Span> parts = new ArrayList<>();
        int ccomp = ComplementCue.complement(tree, cue);
        int parataxis = tree.child(cue, "parataxis");
        boolean parenthetical = tree.relation(cue).equals("parataxis") && tree.parent(cue) >= 0
                && tree.parent(cue) < cue || invertedTag(tree, cue);
        if (ccomp > cue && speech) {
            parts.add(ComplementCue.content(tree, cue, ccomp));
        } else if (strong && (parenthetical || ccomp >= 0 && ccomp < cue || parataxis >= 0 && parataxis < cue)) {
            // "…, X said." and "…, X said, …": the sentence around the tag is the content.
            parts.addAll(ParentheticalCue.content(tree, cue));
        } else if (strong && parataxis > cue) {
            // "X said: the talks failed" parsed as two clauses side by side: the clause after the verb.
            parts.add(tree.span(tree.extent(tree.subtree(parataxis, CueFrame.NOT_CONTENT), parataxis)));
        } else if ((learned || CueLexicon.INTENTION.contains(lemma)) && tree.child(cue, "xcomp") > cue
                && !CueLexicon.AGREEMENT.contains(lemma)) {
            parts.add(InfinitiveCue.content(tree, cue, lemma, tree.child(cue, "xcomp")));
        } else if (documentSpeaks && tree.child(cue, Set.of("obj")) > cue) {
            parts.add(DocumentCue.content(tree, cue, cueEnd));
        } else if (learned || CueLexicon.OBJECT_CONTENT.contains(lemma) || lemma.equals("point")
                || CueLexicon.STANCE.contains(lemma)) {
            ObjectCue.content(tree, cue, lemma).ifPresent(parts::add);
        }
        if (strong && !lemma.equals("tell") && !lemma.equals("ask")) {
            int subject = tree.child(cue, CueFrame.SUBJECT);
            int cueStart = tree.token(cue).span().start();
            boolean participle = tree.pos(cue).equals("VBG") && cue > 0 && tree.word(cue - 1).equals(",");
            if ((subject >= 0 && subject < cue || participle) && parts.stream().noneMatch(p -> p.start() > cueStart)) {
                // "Trump said praise from Putin would not affect …" when the parse did not make the clause the
                // verb's complement: a finite clause right after the verb is what was said.
                ComplementCue.rightClause(tree, cueEnd).ifPresent(r -> {
                    parts.clear();
                    parts.add(tree.span(r));
                });
            }
        }
        if (parts.isEmpty()) {
            TopicCue.content(tree, cue, cueEnd, lemma, learned).ifPresent(parts::add);
        }
        if (parts.isEmpty() || tree.relation(cue).startsWith("acl:relcl") && !(ccomp > cue)
                && RelativeCue.pronoun(tree, cue) < 0 || notWords(tree, cue, lemma, parts)) {
            return Optional.empty();
        }
        int relative = tree.relation(cue).startsWith("acl:relcl") && tree.parent(cue) >= 0
                && tree.parent(cue) < cue ? RelativeCue.pronoun(tree, tree.parent(cue), cue) : -1;
        int source = relative >= 0 ? relative : invertedTag(tree, cue) ? CueFrame.inverted(tree, cue)
                : CueFrame.participleSpeaker(tree, cue);
        if (source >= 0 && (tree.lower(source).equals("it") && CueLexicon.COGNITION.contains(lemma)
                || tree.lower(source).equals("there"))) {
            source = -1;
        }
        if (source < 0 && CueLexicon.SPEECH.contains(lemma) && !lemma.equals("tell")
                && parts.getLast().end() <= tree.token(cue).span().start()) {
            source = CueFrame.inverted(tree, cue);
        }
        if (source < 0 && tree.hasChild(cue, "mark", "to")) {
            // "It is important to note that …": the author's own voice, no attribution.
            return Optional.empty();
        }
        if (source >= 0 && CueLexicon.SHOWING.contains(lemma) && !CueFrame.agent(tree, source)) {
            // "The convening of this summit highlights …": an event shows, nobody says.
            return Optional.empty();
        }
        if (source >= 0 && !CueLexicon.SPEECH.contains(lemma) && !CueFrame.agent(tree, source)) {
            // "the daunting prospect of defending 24 seats", "the Fed's policies called for …": a stance needs
            // someone to take it.
            return Optional.empty();
        }
        int via = viaOf(tree, cue, lemma);
        return Optional.of(new Claim(sentence, cue, cueEnd, parts, source, via, false));
    }

    /** Named entity types that name someone, somewhere or a time: never the words of a verb of saying. */
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "DATE", "TIME", "DURATION", "SET");

    /**
     * A verb of saying whose content, as the parse gives it, is no words: a phrase without a verb naming someone,
     * somewhere or a time, or an outlet ("…, said Alan Abramowitz" left as the verb's object, "told CNN on Sunday",
     * "wrote on Twitter", "reported Saturday"), or the one told ("told reporters").
     */
    private static boolean notWords(Tree tree, int cue, String lemma, List<Span> parts) {
        if (!CueLexicon.SAYING.contains(lemma) || parts.size() != 1) {
            return false;
        }
        List<Integer> tokens = tree.tokensIn(parts.getFirst());
        if (tokens.isEmpty() || tokens.stream().anyMatch(i -> tree.isVerb(i) || tree.pos(i).equals("MD"))) {
            return false;
        }
        int head = tree.head(tokens);
        return head >= 0 && (NAMES.contains(tree.ner(head)) || CueFrame.isMedia(tree, head)
                || lemma.equals("tell") && tree.parent(head) == cue
                && Set.of("obj", "iobj").contains(tree.relation(head)));
    }

    /**
     * "…, said David Autor, a professor of economics at M.I.T." and "…, said DeSantis, who …" when the parse left the
     * words before the tag a bare {@code dep} of the verb, or the verb a bare {@code dep} of them: a finite verb of
     * saying after a comma, without a subject, with the name right after it (not "…, saying …", the speaker's next
     * statement).
     */
    private static boolean invertedTag(Tree tree, int cue) {
        if (cue < 2 || !Set.of("VBD", "VBZ", "VBP").contains(tree.pos(cue)) || !tree.word(cue - 1).equals(",")
                || tree.child(cue, CueFrame.SUBJECT) >= 0
                || CueFrame.inverted(tree, cue) <= cue) {
            return false;
        }
        int before = tree.child(cue, "dep");
        return tree.relation(cue).equals("dep") && tree.parent(cue) >= 0 && tree.parent(cue) < cue
                || before >= 0 && before < cue;
    }

    /** The outlet a verb's statement was given to: "told the Global Times", "said in an interview with CNN". */
    private static int viaOf(Tree tree, int cue, String lemma) {
        for (int c : tree.children(cue)) {
            String r = tree.relation(c);
            boolean recipient = lemma.equals("tell") && (r.equals("obj") || r.equals("iobj"));
            if (recipient || r.startsWith("obl")) {
                int m = CueFrame.mediaHead(tree, c);
                if (m >= 0) {
                    return m;
                }
            }
        }
        return -1;
    }
}
