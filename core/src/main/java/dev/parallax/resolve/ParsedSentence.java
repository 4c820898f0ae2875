package dev.parallax.resolve;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;

/** Dependency-parse queries over one sentence: the tokens of a span, a phrase's head, subtrees, the clause verb. */
final class ParsedSentence {

    private final Sentence sentence;
    private final int[] parent;
    private final String[] relation;

    ParsedSentence(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        this.parent = new int[n];
        this.relation = new String[n];
        java.util.Arrays.fill(parent, -1);
        java.util.Arrays.fill(relation, "root");
        for (Dependency d : sentence.dependencies()) {
            // Enhanced graphs give a token several heads (nsubj:xsubj); the basic-tree arc is the one to keep.
            if (relation[d.dependent()].equals("root") || relation[d.dependent()].endsWith(":xsubj")) {
                parent[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return parent.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    int parent(int i) {
        return parent[i];
    }

    String relation(int i) {
        return relation[i];
    }

    /** Indices of the tokens inside {@code span}, in order; empty when none. */
    List<Integer> tokensIn(Span span) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (span.contains(token(i).span())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The token of a phrase whose head lies outside it (the last such token), or -1 for an empty phrase. */
    int head(List<Integer> phrase) {
        int head = -1;
        for (int i : phrase) {
            if (!phrase.contains(parent[i])) {
                head = i;
            }
        }
        return head;
    }

    /** Whether {@code i} is {@code ancestor} or lies below it. */
    boolean dominates(int ancestor, int i) {
        for (int steps = 0; i >= 0 && steps <= parent.length; steps++) {
            if (i == ancestor) {
                return true;
            }
            i = parent[i];
        }
        return false;
    }

    /** The first and last token index of the subtree of {@code head}. */
    int[] extent(int head) {
        int first = head;
        int last = head;
        for (int i = 0; i < parent.length; i++) {
            if (dominates(head, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[]{first, last};
    }

    List<Integer> children(int head, String relationPrefix) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == head && relation[i].startsWith(relationPrefix)) {
                out.add(i);
            }
        }
        return out;
    }

    Span span(int first, int last) {
        return new Span(token(first).span().start(), token(last).span().end());
    }

    boolean isVerb(int i) {
        String pos = token(i).pos();
        return pos.startsWith("VB");
    }

    /**
     * The verb of the clause a token belongs to: its nearest verbal ancestor; a subjectless participle or
     * infinitive ("Commenting on the talks on Tuesday") gives way to the verb it depends on.
     */
    int clauseVerb(int i) {
        int v = i;
        for (int steps = 0; v >= 0 && !isVerb(v); steps++) {
            v = steps < parent.length ? parent[v] : -1; // parse graphs can hold cycles: never climb further than the sentence is long
        }
        if (v < 0) {
            return head(java.util.stream.IntStream.range(0, parent.length).boxed().toList());
        }
        boolean subjectless = children(v, "nsubj").isEmpty();
        String rel = relation[v];
        if (subjectless && parent[v] >= 0 && (rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("acl"))
                && isVerb(parent[v])) {
            return parent[v];
        }
        return v;
    }

    /**
     * The highest verb that {@code verb} complements through a chain of verbs ("set to | hold talks … on Tuesday"),
     * not crossing a clause that modifies a noun; {@code verb} itself when it complements none.
     */
    int complemented(int verb) {
        int top = verb;
        for (int steps = 0; steps < parent.length && top >= 0 && parent[top] >= 0 && isVerb(parent[top])
                && !relation[top].startsWith("acl"); steps++) {
            top = parent[top];
        }
        return top;
    }

    enum Tense { PAST, PRESENT, FUTURE }

    private static final java.util.Set<String> FUTURE_LEMMAS = java.util.Set.of("set", "schedule", "plan", "expect",
            "due", "slate", "poise", "prepare", "intend");

    /**
     * The tense of a clause: future when it or a verb above it has "will"/"shall" or is "set/scheduled/planned to"
     * (parsers often mistag the verbs below such a frame); past for a past-tense verb or a perfect; else present.
     */
    Tense tense(int verb) {
        int below = -1;
        for (int v = verb, steps = 0; v >= 0 && steps <= parent.length; below = v, v = parent[v], steps++) {
            for (int c : children(v, "aux")) {
                String w = token(c).lemma().toLowerCase(java.util.Locale.ROOT);
                if (w.equals("will") || w.equals("shall") || token(c).word().equals("'ll")) {
                    return Tense.FUTURE;
                }
            }
            boolean frame = below >= 0 ? relation[below].equals("xcomp") : !children(v, "xcomp").isEmpty();
            if (frame && FUTURE_LEMMAS.contains(token(v).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return Tense.FUTURE;
            }
        }
        if (verb < 0) {
            return Tense.PRESENT;
        }
        String pos = token(verb).pos();
        boolean perfect = children(verb, "aux").stream().anyMatch(c -> token(c).lemma().equals("have"));
        boolean pastAux = children(verb, "aux").stream().anyMatch(c -> token(c).pos().equals("VBD"));
        return pos.equals("VBD") || perfect || pastAux ? Tense.PAST : Tense.PRESENT;
    }
}
