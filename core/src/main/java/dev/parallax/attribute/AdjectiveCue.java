package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An adjective of attitude or certainty said of someone, with what the attitude is about: "Republicans were critical
 * of the deal", "his aides are confident that …", "the union is eager to …", "voters remain wary of …". The subject
 * holds the view; the complement (a clause, an infinitive, or the object of the preposition after the adjective) is
 * the content; "X made it clear that …" is X's. "It is unclear whether …", the writer's own doubt, is left out: it is
 * as often no attribution as one. An adjective with no complement ("The voters were angry.") or said of a thing
 * that cannot hold a view ("The results were clear") is no cue.
 */
final class AdjectiveCue {

    private AdjectiveCue() {
    }

    /** Prepositions that introduce what an attitude is about: "critical of", "worried about", "hostile to". */
    private static final Set<String> ABOUT = Set.of("of", "about", "with", "to", "toward", "towards", "at", "over",
            "on", "in", "by");

    /** Subjects that hold no view: "it" and "there" stand in for the clause after the adjective. */
    private static final Set<String> EXPLETIVES = Set.of("it", "there");

    /** The claim of adjective {@code cue} of the lexicon, when it has a complement and someone (or "it") to hold it. */
    static Optional<Claim> claim(Tree tree, int sentence, int cue) {
        if (tree.relation(cue).startsWith("amod") || !CueLexicon.STANCE_ADJECTIVES.contains(tree.lower(cue))
                || tree.pos(cue).equals("VBN") && tree.child(cue, "obj") >= 0) {
            // A participle with an object is a verb: "That has convinced some activists that …".
            return Optional.empty();
        }
        int clause = complementClause(tree, cue);
        Optional<Span> content = clause > cue ? Optional.of(tree.span(CueFrame.clause(tree, clause)))
                : preposition(tree, cue);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        int passive = tree.child(cue, "nsubj:pass");
        // "were worried about …" tagged as a passive participle: its passive subject holds the view.
        int source = tree.pos(cue).equals("VBN") && passive >= 0 && passive < cue ? passive
                : CueFrame.subjectOf(tree, cue);
        int parent = tree.parent(cue);
        if (source >= 0 && EXPLETIVES.contains(tree.lower(source)) && clause > cue) {
            if (parent < 0 || !tree.lemma(parent).equals("make") || !tree.relation(cue).equals("xcomp")) {
                // "It is unclear whether …", "it was clear that …": the writer's own judgement, as often as not
                // left unannotated; too uncertain to report.
                return Optional.empty();
            }
            // "Biden made it clear that …": the one who made it clear holds the view.
            source = CueFrame.subjectOf(tree, parent);
        }
        if (source < 0 || !CueFrame.agent(tree, source)) {
            return Optional.empty();
        }
        return Optional.of(new Claim(sentence, cue, cue, List.of(content.get()), source, -1, false));
    }

    /** A clause or infinitive after the adjective: "confident that …", "unclear whether …", "eager to …". */
    private static int complementClause(Tree tree, int cue) {
        for (int c : tree.children(cue)) {
            String r = tree.baseRelation(c);
            if (c > cue && (r.equals("ccomp") || r.equals("xcomp") || r.equals("csubj"))) {
                return c;
            }
            if (c > cue && r.equals("dep") && tree.pos(c).equals("VB") && tree.hasChild(c, "mark", "to")) {
                // "reluctant to get behind …", "not sure how to cut him out": an infinitive the parse left loose.
                return c;
            }
        }
        return -1;
    }

    /** The object of a preposition of the attitude right after the adjective: "critical of Clinton's use of …". */
    private static Optional<Span> preposition(Tree tree, int cue) {
        for (int c : tree.children(cue)) {
            String r = tree.relation(c);
            if (c <= cue || !(r.startsWith("obl:") || r.startsWith("nmod:") || r.startsWith("advcl:"))
                    || !ABOUT.contains(r.substring(r.indexOf(':') + 1))) {
                continue;
            }
            // "worried about what Trump is stirring up", "wary of steering the party …": a clause after the
            // preposition, which the parse may mark rather than case.
            int prep = cue + 1;
            if (tree.parent(prep) != c || !Set.of("case", "mark").contains(tree.relation(prep))) {
                // "angry in the debate on Tuesday": the preposition of the attitude comes right after it.
                continue;
            }
            int[] range = tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c);
            return Optional.of(tree.span(tree.trim(prep + 1, range[1])));
        }
        return Optional.empty();
    }
}
