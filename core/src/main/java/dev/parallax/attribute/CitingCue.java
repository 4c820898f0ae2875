package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A citing verb whose subject is the medium and whose object is the speaker: "Reuters quoted one US official (as
 * saying …)", "The Washington Post cited scholars stating that …", "“…,” Reuters quoted one official." When the object
 * cannot speak ("Clinton cited derogatory comments … as examples of …"), what is cited is the content and the citer
 * speaks.
 */
final class CitingCue {

    private CitingCue() {
    }

    /** The claim of the citing verb at token {@code cue}; quoted words come from {@code quotations}. */
    static Optional<Claim> claim(Tree tree, int sentence, int cue, List<Quotation> quotations) {
        int medium = tree.child(cue, Set.of("nsubj"));
        int speaker = tree.child(cue, Set.of("obj"));
        if (speaker > cue && !canSpeak(tree, speaker) && medium >= 0 && medium < cue) {
            // "Clinton cited derogatory comments … as examples of …": what is cited is the content, the citer speaks.
            Optional<Span> content = ObjectCue.content(tree, cue, "cite");
            return content.map(c -> new Claim(sentence, cue, cue, List.of(c), medium, -1, false));
        }
        List<Span> parts = new ArrayList<>();
        if (speaker >= 0) {
            for (int c : tree.children(speaker)) {
                if (tree.relation(c).startsWith("acl")) {
                    int content = tree.child(c, Set.of("ccomp"));
                    if (content >= 0) {
                        parts.add(tree.span(tree.extent(tree.subtree(content, CueFrame.NOT_CONTENT), content)));
                    }
                }
            }
        }
        for (int c : tree.children(cue)) {
            if (tree.relation(c).startsWith("advcl")) {
                int content = tree.child(c, Set.of("ccomp"));
                if (content >= 0) {
                    parts.add(tree.span(tree.extent(tree.subtree(content, CueFrame.NOT_CONTENT), content)));
                }
            }
        }
        if (parts.isEmpty() && tree.relation(cue).equals("parataxis") && tree.parent(cue) >= 0
                && tree.parent(cue) < cue) {
            parts.addAll(CueFrame.framing(tree, CueFrame.tag(tree, cue)));
        }
        if (parts.isEmpty()) {
            // The quoted words usually stand before the citing clause: "“…,” Reuters quoted one official."
            Span sentenceSpan = tree.sentence().span();
            for (Quotation q : quotations) {
                if (sentenceSpan.overlaps(q.span()) && q.span().end() <= tree.token(cue).span().start()) {
                    parts.add(q.span());
                }
            }
        }
        if (parts.isEmpty() || speaker < 0 && medium < 0) {
            return Optional.empty();
        }
        if (speaker < 0) {
            return Optional.of(new Claim(sentence, cue, cue, parts, medium, medium, true));
        }
        return Optional.of(new Claim(sentence, cue, cue, parts, speaker, medium, false));
    }

    /** Whether a noun can be a speaker that a medium quotes: a person or group by name, role or pronoun. */
    private static boolean canSpeak(Tree tree, int head) {
        String ner = tree.ner(head);
        String lemma = tree.lemma(head).toLowerCase(java.util.Locale.ROOT);
        return ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("TITLE") || tree.pos(head).equals("PRP")
                || CueLexicon.ROLES.contains(lemma) || CueLexicon.ANONYMOUS.contains(lemma)
                || tree.pos(head).startsWith("NNP");
    }
}
