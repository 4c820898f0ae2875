package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A noun of saying, thinking or taking a stance with its complement, when the {@link CueDetector} accepts it: "his
 * support for Clinton", "raised questions about how …", "the claim that …", "her vow to go after …". The content is
 * the complement (a prepositional object, a "that" clause, an infinitive); the source is the possessor ("Trump's
 * attacks on Curiel"), else the "by" or "from" agent ("criticism from Republicans"), else the subject of the verb the
 * noun is the object of ("Sanders expressed support for …"), else none.
 */
final class NounCue {

    private NounCue() {
    }

    /** Prepositions whose object is what a cue noun is about: "support for", "questions about", "attacks on". */
    private static final Set<String> ABOUT = Set.of("of", "about", "for", "on", "upon", "over", "against", "to",
            "toward", "towards", "regarding", "concerning", "with");

    /** Relations by which a noun's agent hangs on it: "criticism by the senator", "support from donors". */
    private static final Set<String> AGENT = Set.of("nmod:by", "nmod:from", "nmod:among");

    /** Whether token {@code i} is a common noun with a complement that could be what it attributes. */
    static boolean candidate(Tree tree, int i) {
        return (tree.pos(i).equals("NN") || tree.pos(i).equals("NNS")) && complement(tree, i) >= 0;
    }

    /**
     * The first dependent after noun {@code noun} that can be its content: a prepositional object of one of
     * {@link #ABOUT}, a clause ("that …", "to …", "about how …"), or -1.
     */
    static int complement(Tree tree, int noun) {
        for (int c : tree.children(noun)) {
            if (c <= noun) {
                continue;
            }
            String r = tree.relation(c);
            String base = tree.baseRelation(c);
            String prep = r.indexOf(':') >= 0 ? r.substring(r.indexOf(':') + 1) : "";
            if ((base.equals("nmod") || base.equals("acl")) && ABOUT.contains(prep)
                    || r.equals("ccomp")
                    || r.equals("acl") && (tree.hasChild(c, "mark", "to") || tree.hasChild(c, "mark", "that"))) {
                return c;
            }
        }
        return -1;
    }

    /** The relation of a noun's complement as the detector reads it: "nmod:for", "ccomp", "acl:to", "acl:that". */
    static String complementKind(Tree tree, int noun, int complement) {
        String r = tree.relation(complement);
        if (r.equals("acl")) {
            return tree.hasChild(complement, "mark", "to") ? "acl:to" : "acl:that";
        }
        return r;
    }

    /** The possessor, agent or light verb's subject that speaks through noun {@code noun}, or -1. */
    static int source(Tree tree, int noun) {
        int poss = tree.child(noun, "nmod:poss");
        if (poss >= 0) {
            return poss;
        }
        int agent = tree.child(noun, AGENT);
        if (agent > noun && CueFrame.agent(tree, agent)) {
            return agent;
        }
        int head = tree.parent(noun);
        if (head >= 0 && tree.pos(head).startsWith("VB")
                && (tree.relation(noun).equals("obj") || tree.baseRelation(noun).equals("obl"))) {
            // "Sanders expressed support for …", "lawmakers raised questions about …": the subject of the light verb.
            int subject = CueFrame.subjectOf(tree, head);
            if (subject >= 0 && CueFrame.agent(tree, subject)) {
                return subject;
            }
        }
        return -1;
    }

    /**
     * The claim of cue noun {@code noun}, or empty when its complement has no words of its own or only refers back
     * ("this development", "it").
     */
    static Optional<Claim> claim(Tree tree, int sentence, int noun) {
        int complement = complement(tree, noun);
        if (complement < 0) {
            return Optional.empty();
        }
        int[] range = tree.extent(tree.subtree(complement, Set.of("punct", "case")), complement);
        String r = tree.relation(complement);
        String prep = r.indexOf(':') >= 0 ? r.substring(r.indexOf(':') + 1) : "to";
        if (tree.baseRelation(complement).equals("acl") && tree.lower(range[0]).equals(prep)) {
            // "questions about how …", "her vow to go after …": the words after the preposition or "to".
            range = new int[] {range[0] + 1, range[1]};
        }
        range = tree.trim(range[0], range[1]);
        if (range[0] > range[1] || range[0] <= noun) {
            return Optional.empty();
        }
        if (range[1] - range[0] < 2 && (tree.pos(range[0]).equals("DT") || tree.pos(range[0]).startsWith("PRP"))) {
            // "expressed concerns about this development", "… about it": a reference back, nothing said
            return Optional.empty();
        }
        Span content = tree.span(range);
        return Optional.of(new Claim(sentence, noun, noun, List.of(content), source(tree, noun), -1, false));
    }

    /** What the {@link CueDetector} reads of noun {@code noun}: its own features, apart from the verbs'. */
    static void features(Tree tree, int noun, FeatureSink f) {
        String lemma = tree.lemma(noun).toLowerCase(Locale.ROOT);
        f.add("noun.bias");
        f.add("noun.lemma=", lemma);
        f.add("noun.pos=", tree.pos(noun));
        int complement = complement(tree, noun);
        String kind = complement < 0 ? "none" : complementKind(tree, noun, complement);
        f.add("noun.comp=", kind);
        f.add("noun.lemma,comp=", lemma, ",", kind);
        String rel = tree.baseRelation(noun);
        f.add("noun.rel=", rel);
        int head = tree.parent(noun);
        if (head >= 0 && tree.pos(head).startsWith("VB")) {
            f.add("noun.head=", tree.lemma(head).toLowerCase(Locale.ROOT), ",", rel);
            f.add("noun.head.lexicon=", String.valueOf(CueLexicon.isCueVerb(tree.lemma(head))));
        }
        int poss = tree.child(noun, "nmod:poss");
        if (poss >= 0) {
            f.add("noun.poss");
            f.add("noun.poss.ner=", tree.ner(poss));
            f.add("noun.poss.agent=", String.valueOf(CueFrame.agent(tree, poss)));
            f.add("noun.lemma,poss=", lemma);
        }
        if (tree.child(noun, AGENT) > noun) {
            f.add("noun.agent");
        }
        int source = source(tree, noun);
        f.add("noun.source=", source < 0 ? "none" : source == poss ? "poss" : "other");
        int det = tree.child(noun, "det");
        if (det >= 0) {
            f.add("noun.det=", tree.lower(det));
        }
        if (tree.child(noun, "amod") >= 0) {
            f.add("noun.amod");
        }
        if (CueLexicon.isCueVerb(lemma)) {
            f.add("noun.lexicon=cue");
        }
    }
}
