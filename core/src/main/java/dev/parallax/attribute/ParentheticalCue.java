package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tag set into or after the words it reports: "…, sources said.", "…,” the vice chairman of the Joint Chiefs of
 * Staff said.", "…, Breaking Defense wrote, …", "The museum, Mr. Obama said, would make visitors face …",
 * "“My hope,” he said, “is …”". The sentence around the tag is the content, the tag's noun phrase the source. The tag
 * is read from the words first, whatever the parse made of it, then from the parse.
 */
final class ParentheticalCue {

    private ParentheticalCue() {
    }

    private static final Set<String> NAME_LINKS = Set.of("of", "at", "for", "from", "in", "with", "'s", "’s", "-",
            "and");

    /**
     * A closing tag read from the words, whatever the parse made of it: "…, sources said.", "…, the source
     * added.", "…,” the vice chairman of the Joint Chiefs of Staff said.", "…, Breaking Defense wrote, …" — a comma,
     * a short noun phrase, the speech verb, then the end of the sentence (or a comma). The words before the comma
     * are the content, the phrase the source.
     */
    static Optional<Claim> fromWords(Tree tree, int sentence, int cue) {
        int after = cue + 1;
        // "…, top black lawmakers said Friday afternoon, as …": adverbs and the time of saying belong to the tag.
        while (after < tree.size() && (tree.pos(after).equals("RB") || tree.pos(after).equals("RP")
                || Set.of("DATE", "TIME").contains(tree.ner(after)) || tree.lower(after).equals("on")
                && after + 1 < tree.size() && tree.ner(after + 1).equals("DATE"))) {
            after++;
        }
        boolean closes = after >= tree.size() || tree.word(after).equals(",") || tree.isPunct(after)
                && !Quotes.isMark(tree.word(after));
        if (!closes) {
            return Optional.empty();
        }
        int comma = -1;
        for (int i = cue - 1; i >= Math.max(0, cue - 10); i--) {
            String w = tree.word(i);
            if (w.equals(",") || Quotes.isMark(w) && i > 0 && tree.word(i - 1).equals(",")) {
                comma = w.equals(",") ? i : i - 1;
                break;
            }
            String pos = tree.pos(i);
            boolean nominal = pos.startsWith("NN") || pos.equals("DT") || pos.equals("JJ") || pos.equals("PRP")
                    || pos.equals("POS") || pos.equals("CD") || pos.equals("PRP$") || pos.equals("RB") && i == cue - 1
                    || pos.equals("MD") && i == cue - 1 || pos.startsWith("VB") && i == cue - 1
                    && Set.of("has", "have", "had").contains(tree.lower(i))
                    || !tree.ner(i).equals("O") || NAME_LINKS.contains(tree.lower(i));
            if (!nominal) {
                return Optional.empty();
            }
        }
        if (comma < 2 || comma >= cue - 1) {
            return Optional.empty();
        }
        int head = -1;
        for (int i = comma + 1; i < cue; i++) {
            int p = tree.parent(i);
            boolean outside = p < comma + 1 || p >= cue;
            if (outside && (tree.pos(i).startsWith("NN") || tree.pos(i).equals("PRP"))) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            for (int i = cue - 1; i > comma; i--) {
                if (tree.pos(i).startsWith("NN") || tree.pos(i).equals("PRP")) {
                    head = i;
                    break;
                }
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        int[] content = tree.trim(0, comma - 1);
        List<Span> parts = new ArrayList<>(List.of(tree.span(content)));
        boolean continues = after + 1 < tree.size() && tree.word(after).equals(",");
        boolean clauseAfter = continues && tree.child(cue, Set.of("ccomp", "parataxis")) > after;
        if (modifiesCue(tree, comma, cue) && !clauseAfter) {
            // "In one tweet Friday, Trump wrote, …": the words before the tag say where or when, not what.
            parts.clear();
        } else if (continues && (oneClause(tree, comma, after) || clauseAfter
                || Quotes.isMark(tree.word(comma + 1)) && Quotes.isMark(tree.word(after + 1)))) {
            // "The museum, Mr. Obama said, would make visitors face …": the tag interrupts one clause.
            int[] rest = tree.trim(after + 1, tree.size() - 1);
            if (rest[0] <= rest[1] && !(rest[0] == rest[1] && tree.isPunct(rest[0]))) {
                parts.add(tree.span(rest));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(sentence, cue, cue, parts, head, -1, false));
    }

    /** Whether the words before a tag are a phrase without a verb that the parse hangs on the tag's own verb. */
    private static boolean modifiesCue(Tree tree, int comma, int cue) {
        boolean attached = false;
        for (int i = 0; i < comma; i++) {
            String pos = tree.pos(i);
            if (pos.startsWith("VB") || pos.equals("MD")) {
                return false;
            }
            int p = tree.parent(i);
            if (p >= comma) {
                if (p != cue || tree.relation(i).startsWith("nsubj")) {
                    return false;
                }
                attached = true;
            }
        }
        return attached;
    }

    /**
     * Whether the words before a mid-sentence tag and the words after it are one clause: some word before the tag
     * depends on a word after it ("Climate change, he said, is …", "If this fails, he argues, there are …").
     */
    private static boolean oneClause(Tree tree, int comma, int after) {
        for (int i = 0; i < comma; i++) {
            int p = tree.parent(i);
            if (p > after) {
                return true;
            }
        }
        return false;
    }

    /** The content around the tag of cue verb {@code cue}: the sentence without the tag and the cue's own clauses. */
    static List<Span> content(Tree tree, int cue) {
        return CueFrame.framing(tree, withOwnClauses(tree, cue, CueFrame.tag(tree, cue)));
    }

    /**
     * The tag plus the cue's own further clauses and modifiers after it ("…, noting that …", "…, said O'Neill, on
     * his first day"), which are not the framed content.
     */
    private static boolean[] withOwnClauses(Tree tree, int cue, boolean[] tag) {
        boolean[] out = tag.clone();
        for (int c : tree.children(cue)) {
            String r = tree.baseRelation(c);
            if ((r.equals("advcl") || r.equals("conj") || r.equals("xcomp") || r.equals("obl") || r.equals("advmod")
                    || r.equals("nmod")) && c > cue) {
                boolean[] sub = tree.subtree(c, Set.of());
                for (int i = 0; i < out.length; i++) {
                    out[i] |= sub[i];
                }
            }
        }
        return out;
    }
}
