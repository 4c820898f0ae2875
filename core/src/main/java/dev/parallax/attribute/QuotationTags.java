package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: a quotation the parse connected to no cue, and the parses around it. Adds: its speech tag, as a claim of the
 * tag's verb and subject over the quotation: a dash and a name after it ("— Liu Wei"), a colon that ends the clause
 * introducing it ("the mayor fired back: “…”"), a verb of saying in its sentence outside every quotation ("“…,” the
 * vice chairman said"), or in the next sentence of the same paragraph. Also tells which reported statements are only
 * the circumstances of a tagged quotation ("When asked about …, he said: “…”"). Stateless.
 */
final class QuotationTags {

    private QuotationTags() {
    }

    /** The tag of quotation group {@code g}, if it has one; {@code all} is every quotation of the article. */
    static Optional<Claim> find(Discourse d, List<Quotation> g, List<Quotation> all) {
        // A colon in the quotation's own sentence ends the clause that introduces it ("When the governor suggested
        // …, the mayor fired back: “…”"): its verb is the tag before any other cue of the sentence.
        return dashTag(d, g).or(() -> colonTag(d, g, all, true)).or(() -> tag(d, g, all))
                .or(() -> colonTag(d, g, all, false));
    }

    /** A quotation whose sentence has a speech verb outside every quotation: "“…,” the vice chairman said." */
    private static Optional<Claim> tag(Discourse d, List<Quotation> g, List<Quotation> all) {
        Quotation first = g.getFirst();
        Quotation last = g.getLast();
        for (Quotation q : List.of(last, first)) {
            int s = d.sentenceAt(q.span().start());
            int e = d.sentenceAt(q.span().end() - 1);
            List<Integer> candidates = new ArrayList<>(e == s ? List.of(s) : List.of(e, s));
            // “…?” asked Sen. X — a question or exclamation mark ends the sentence before its tag; a new paragraph
            // ("While he acknowledged …") is no tag of the quotation that ends the one before.
            String gap = e + 1 < d.trees.size()
                    ? d.text.substring(q.span().end(), d.trees.get(e + 1).sentence().span().start()) : "\n";
            if (gap.isBlank() && gap.indexOf('\n') < 0 && startsWithTag(d.trees.get(e + 1))) {
                candidates.addFirst(e + 1);
            }
            for (int k : candidates) {
                if (k < 0) {
                    continue;
                }
                Tree tree = d.trees.get(k);
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int i = 0; i < tree.size(); i++) {
                    Span t = tree.token(i).span();
                    if (!tree.pos(i).startsWith("VB") || !CueLexicon.SPEECH.contains(tree.lemma(i))
                            && !CueLexicon.TAG_ONLY.contains(tree.lemma(i))
                            || tree.relation(i).startsWith("acl:relcl")
                            || all.stream().anyMatch(o -> o.span().contains(t))
                            || CueFrame.passiveParticiple(tree, i)) {
                        // "… said …, when asked what he would do. ''…''": the one asked does not tag a quotation.
                        continue;
                    }
                    int distance = t.start() >= q.span().end() ? t.start() - q.span().end()
                            : Math.max(0, q.span().start() - t.end());
                    if (distance < bestDistance) {
                        best = i;
                        bestDistance = distance;
                    }
                }
                if (best >= 0) {
                    int source = CueFrame.subjectOf(tree, best);
                    if (source >= 0 && insideAny(tree.token(source).span(), all)) {
                        // "“Standard Russian modus operandi,” said James Lewis": the parse took the quoted words for
                        // the verb's subject; the speaker is the name after the verb.
                        source = -1;
                    }
                    if (source < 0) {
                        source = subjectOutside(tree, best, all);
                    }
                    if (source < 0) {
                        source = CueFrame.inverted(tree, best);
                    }
                    List<Span> parts = new ArrayList<>();
                    g.forEach(x -> parts.add(x.span()));
                    int via = -1;
                    boolean viaIsSource = false;
                    if (CueLexicon.CITING.contains(tree.lemma(best))) {
                        via = tree.child(best, Set.of("nsubj"));
                        int obj = tree.child(best, Set.of("obj"));
                        if (obj >= 0) {
                            source = obj;
                        } else {
                            viaIsSource = true;
                        }
                    }
                    return Optional.of(new Claim(k, best, best, parts, source, via, viaIsSource));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A quotation right after a colon that ends a clause with someone as its subject, in the same paragraph or the
     * next: "As Tom Ridge put it: “…”", "Hoff's letter makes a libertarian-style case: “…”", "The Slate columnist
     * went so far as to say: “…”". The verb nearest before the colon is the cue, its subject the source; a subject
     * that cannot speak ("The results were clear: “…”") makes no tag. With {@code sameSentence}, only a colon in the
     * quotation's own sentence counts.
     */
    private static Optional<Claim> colonTag(Discourse d, List<Quotation> g, List<Quotation> all,
                                            boolean sameSentence) {
        int start = g.getFirst().span().start();
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(d.text.charAt(i))) {
            i--;
        }
        if (i < 0 || d.text.charAt(i) != ':' || d.paragraphOf(start) - d.paragraphOf(i) > 1) {
            return Optional.empty();
        }
        int k = d.sentenceAt(i);
        if (sameSentence && k != d.sentenceAt(start)) {
            return Optional.empty();
        }
        Tree tree = d.trees.get(k);
        int colon = tree.tokenAt(i);
        for (int v = colon - 1; v >= 0; v--) {
            if (!tree.pos(v).startsWith("VB") || insideAny(tree.token(v).span(), all)) {
                continue;
            }
            int source = CueFrame.subjectOf(tree, v);
            int as = tree.child(v, "obl:as");
            if (source < 0 && as >= 0 && as < v) {
                // "As Tom Ridge put it: “…”" parsed with the name as an oblique of the verb.
                source = as;
            }
            if (source < 0 || source > v || insideAny(tree.token(source).span(), all)
                    || !CueFrame.agent(tree, source)) {
                return Optional.empty();
            }
            List<Span> parts = new ArrayList<>();
            g.forEach(x -> parts.add(x.span()));
            return Optional.of(new Claim(k, v, CueFrame.particleEnd(tree, v), parts, source, -1, false));
        }
        return Optional.empty();
    }

    /**
     * "“… is because I have withstood all this,” Clinton said." parsed as one passive clause, the quoted words giving
     * the tag verb its passive auxiliary: the subject nearest the verb outside every quotation, of either voice, else
     * -1. A passive auxiliary outside the quotations makes the verb a true passive ("Sanders was asked by host Bill
     * Maher, “…”"): its agent, else -1.
     */
    private static int subjectOutside(Tree tree, int verb, List<Quotation> all) {
        // "he's said the same thing …: “…”": an "'s" before a verb with an object is "has", not "is".
        boolean perfect = tree.child(verb, "obj") > verb;
        for (int c : tree.children(verb)) {
            boolean has = perfect && (tree.lower(c).equals("'s") || tree.lower(c).equals("’s"));
            if (tree.relation(c).equals("aux:pass") && !has && !insideAny(tree.token(c).span(), all)) {
                int agent = tree.child(verb, "obl:agent");
                return agent >= 0 && CueFrame.nominal(tree, agent) ? agent : -1;
            }
        }
        int best = -1;
        for (int c : tree.children(verb)) {
            boolean nearer = best < 0 || Math.abs(c - verb) < Math.abs(best - verb);
            if (tree.relation(c).startsWith("nsubj") && CueFrame.nominal(tree, c)
                    && !insideAny(tree.token(c).span(), all) && nearer) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Whether reported speech {@code c} is only the framing of a quotation its own verb tags: the words on the far
     * side of the verb from the quotation say who spoke, where, when, to whom or how ("“…,” the mayor said at a
     * town hall", "“…?” asked Diane Holt, the committee chair", "Speaking to farmers, the minister said: “…”"), not a
     * second statement — unless they are a clause with its own subject or a {@code that} clause ("“…,” the union
     * leader said she would keep the strike going").
     */
    static boolean frames(Discourse d, Claim c, Map<Claim, Attribution.Kind> kinds) {
        Tree tree = d.trees.get(c.sentence());
        Span cue = tree.token(c.cue()).span();
        Span content = c.content();
        boolean after = content.start() >= cue.end();
        boolean before = content.end() <= cue.start();
        boolean quotedAcross = kinds.entrySet().stream().anyMatch(e -> e.getValue() != Attribution.Kind.INDIRECT
                && e.getKey() != c && e.getKey().sentence() == c.sentence() && e.getKey().cue() == c.cue()
                && (after && e.getKey().parts().getFirst().end() <= cue.start()
                || before && e.getKey().parts().getFirst().start() >= cue.end()));
        if (!quotedAcross) {
            return false;
        }
        List<Integer> tokens = tree.tokensIn(content);
        if (before && adverbialOf(tree, tokens, c.cue())) {
            // "When Lee said the budget was fine, Diaz answered: “…”", "Asked whether …, Ortiz replied, “…”": a
            // clause set before the verb to say when or why it was said.
            return true;
        }
        String lemma = tree.lemma(c.cue());
        if (!CueLexicon.SAYING.contains(lemma)
                && (CueLexicon.OBJECT_CONTENT.contains(lemma) || CueLexicon.STANCE.contains(lemma))) {
            // "“…,” he also accuses it of stealing jobs": a verb whose object is the statement states it.
            return false;
        }
        if (tokens.isEmpty()) {
            return true;
        }
        for (int i : tokens) {
            int verb = tree.parent(i);
            // A relative clause describes the speaker; a verb of saying is a second tag ("said Ellen Marsh, a
            // councillor, told reporters").
            boolean subject = (tree.relation(i).startsWith("nsubj") || tree.relation(i).equals("expl"))
                    && tokens.contains(verb) && !tree.relation(verb).startsWith("acl")
                    && !CueLexicon.SAYING.contains(tree.lemma(verb));
            boolean complementizer = tree.relation(i).equals("mark")
                    && Set.of("that", "whether").contains(tree.lower(i)) && tokens.contains(tree.parent(i));
            if (subject || complementizer) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a clause saying when, why or despite what something was said. */
    private static final Set<String> FRAMING_SUBORDINATORS = Set.of("when", "after", "before", "as", "while", "since",
            "because", "although", "though", "once", "until", "whereas");

    /**
     * Whether {@code tokens} are an adverbial clause of {@code verb}: headed by a verb hanging on it as {@code advcl}
     * that opens with one of {@link #FRAMING_SUBORDINATORS}, or by a participle.
     */
    private static boolean adverbialOf(Tree tree, List<Integer> tokens, int verb) {
        for (int i : tokens) {
            if (tree.parent(i) == verb && tree.baseRelation(i).equals("advcl")) {
                if (tree.pos(i).equals("VBN") || tree.pos(i).equals("VBG")) {
                    return true;
                }
                for (int m : tree.children(i)) {
                    boolean subordinator = (tree.relation(m).equals("mark") || tree.relation(m).equals("advmod"))
                            && FRAMING_SUBORDINATORS.contains(tree.lower(m));
                    if (subordinator && m < i) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean insideAny(Span token, List<Quotation> quotations) {
        return quotations.stream().anyMatch(q -> q.span().contains(token));
    }

    private static final Pattern DASH_NAME = Pattern.compile(
            "^[ \\t\\u00A0]*(?:—|―|–|--|-)[ \\t\\u00A0]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t\\u00A0]+[\\p{L}.'’-]+){0,5})");

    /** "“…” ― Pamela Padilla": a quotation signed with a dash and a name, as in epigraphs and reader voices. */
    private static Optional<Claim> dashTag(Discourse d, List<Quotation> g) {
        int end = g.getLast().span().end();
        int lineEnd = d.text.indexOf('\n', end);
        String rest = d.text.substring(end, lineEnd < 0 ? d.text.length() : lineEnd);
        Matcher m = DASH_NAME.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        Span name = new Span(end + m.start(1), end + m.end(1));
        int s = d.sentenceAt(name.start());
        if (s < 0) {
            return Optional.empty();
        }
        Tree tree = d.trees.get(s);
        int head = -1;
        for (int i = 0; i < tree.size(); i++) {
            Span t = tree.token(i).span();
            if (name.contains(t) && (tree.pos(i).startsWith("NNP") || tree.ner(i).equals("PERSON"))) {
                int p = tree.parent(i);
                if (head < 0 || p < 0 || !name.contains(tree.token(p).span())) {
                    head = i;
                }
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        int dash = tree.tokenAt(end + m.start());
        int cue = dash >= 0 && tree.isPunct(dash) ? dash : head;
        List<Span> parts = new ArrayList<>();
        g.forEach(q -> parts.add(q.span()));
        return Optional.of(new Claim(s, cue, cue, parts, head, -1, false));
    }

    /** "said X.", "asked Sen. X, who …", "he said." — a sentence that is only a speech tag. */
    private static boolean startsWithTag(Tree tree) {
        for (int i = 0; i < Math.min(tree.size(), 5); i++) {
            if (tree.pos(i).startsWith("VB") && CueLexicon.SPEECH.contains(tree.lemma(i))) {
                return Character.isLowerCase(tree.word(0).charAt(0)) || i <= 3 && CueFrame.subjectOf(tree, i) >= 0
                        && tree.child(i, "ccomp") < 0;
            }
        }
        return false;
    }
}
