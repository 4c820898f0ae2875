package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the writer goes on after a claim's content, cut from its last part whatever construction found it: the rest
 * after a semicolon ("they would; the markets did not"), an aside between two dashes ("the government—by which I
 * mean the administration—had lost"), the speaker's next statement ("…, adding that …") and a closing aside about the
 * last thing named ("…, a former governor who can raise the cash", "…, which makes him an outlier").
 */
final class ContentBreaks {

    private ContentBreaks() {
    }

    /** {@code c} with its last part cut at the first break and without a closing aside. */
    static Claim cut(Tree tree, Claim c, List<Quotation> quotations) {
        Claim within = lastPart(tree, c).map(r -> withinBreaks(tree, c, r, quotations)).orElse(c);
        return lastPart(tree, within).map(r -> withoutAside(tree, within, r, quotations)).orElse(within);
    }

    /** The first and last token of a claim's last part, or none when its ends fall between tokens. */
    private static Optional<int[]> lastPart(Tree tree, Claim c) {
        Span last = c.parts().getLast();
        int first = tree.tokenAt(last.start());
        int end = tree.tokenAt(last.end() - 1);
        return first < 0 || end < 0 ? Optional.empty() : Optional.of(new int[] {first, end});
    }

    /**
     * The claim's last part cut at the first semicolon outside quotation marks, and without an aside between two
     * dashes ("the government—by which I mean the administration—had lost"): beyond a semicolon the writer goes on.
     */
    private static Claim withinBreaks(Tree tree, Claim c, int[] range, List<Quotation> quotations) {
        int first = range[0];
        int end = range[1];
        List<Integer> breaks = new ArrayList<>();
        for (int k = first + 1; k < end; k++) {
            String w = tree.word(k);
            boolean dash = w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-") && tree.pos(k).equals(":");
            if ((w.equals(";") || dash) && !CueFrame.insideQuotation(tree.token(k).span(), quotations)) {
                breaks.add(k);
                if (w.equals(";")) {
                    break;
                }
            }
        }
        if (breaks.isEmpty()) {
            return c;
        }
        int b = breaks.getFirst();
        boolean paired = breaks.size() >= 2 && !tree.word(b).equals(";") && !tree.word(breaks.get(1)).equals(";");
        if (!paired && !tree.word(b).equals(";")) {
            // A single dash often goes on with the same statement ("… ceremony — but ditched her escort").
            return c;
        }
        int[] head = tree.trim(first, b - 1);
        if (head[0] > head[1] || head[1] - head[0] < 1) {
            return c;
        }
        int[] tail = paired ? tree.trim(breaks.get(1) + 1, end) : new int[] {1, 0};
        return tail[0] <= tail[1] ? withLastPart(tree, c, head, tail) : withLastPart(tree, c, head);
    }

    /** The claim with its last part replaced by the given token ranges. */
    private static Claim withLastPart(Tree tree, Claim c, int[]... ranges) {
        List<Span> parts = new ArrayList<>(c.parts().subList(0, c.parts().size() - 1));
        for (int[] r : ranges) {
            parts.add(tree.span(r));
        }
        return c.withParts(parts);
    }

    private static final Set<String> ASIDES = Set.of("acl:relcl", "appos");

    /**
     * The claim without a closing aside that the writer adds about the last thing named ("…, a former governor who
     * can raise the cash", "…, which makes him an outlier"): a relative clause or apposition set off by a comma and
     * running to the end of the content. Quoted words are never cut.
     */
    private static Claim withoutAside(Tree tree, Claim c, int[] range, List<Quotation> quotations) {
        int first = range[0];
        int lastWord = range[1];
        while (lastWord > first && tree.isPunct(lastWord)) {
            lastWord--;
        }
        for (int k = first + 2; k <= lastWord; k++) {
            if (!tree.word(k - 1).equals(",")) {
                continue;
            }
            int[] kept = tree.trim(first, k - 2);
            boolean enough = kept[0] <= kept[1] && kept[1] - kept[0] >= 2;
            if (enough && nextStatement(tree, c, k, quotations)) {
                return withLastPart(tree, c, kept);
            }
            if (closingAside(tree, k, lastWord, quotations)) {
                return enough ? withLastPart(tree, c, kept) : c;
            }
        }
        return c;
    }

    /** "…, adding that …", "…, saying …" on the tag's verb: the speaker's next statement, attributed on its own. */
    private static boolean nextStatement(Tree tree, Claim c, int k, List<Quotation> quotations) {
        return tree.pos(k).equals("VBG") && CueLexicon.SPEECH.contains(tree.lemma(k)) && tree.parent(k) == c.cue()
                && !CueFrame.insideQuotation(tree.token(k).span(), quotations);
    }

    /** How a participle clause after a comma hangs on the sentence: "…, focusing on people under 30". */
    private static final Set<String> PARTICIPLE_ASIDES = Set.of("advcl", "acl", "xcomp", "dep");

    /**
     * A relative clause, apposition, noun phrase or participle clause ("…, contradicting the police's earlier
     * claim") starting at {@code k} that runs to the content's last word.
     */
    private static boolean closingAside(Tree tree, int k, int lastWord, List<Quotation> quotations) {
        int parent = tree.parent(k);
        boolean nounAside = tree.pos(k).equals("DT") && parent >= 0
                && Set.of("appos", "dep", "obl:npmod", "nmod:npmod").contains(tree.relation(parent));
        boolean participle = tree.pos(k).equals("VBG") && PARTICIPLE_ASIDES.contains(tree.baseRelation(k));
        // "…, which makes him an outlier" however the parse attached the clause.
        boolean relative = tree.lower(k).equals("which") && tree.pos(k).startsWith("W") && parent > k;
        if (!nounAside && !participle && !relative && !ASIDES.contains(tree.relation(k))
                && !(parent >= 0 && ASIDES.contains(tree.relation(parent)))) {
            return false;
        }
        int node = ASIDES.contains(tree.relation(k)) || participle ? k : parent;
        int[] aside = tree.extent(tree.subtree(node, Set.of()), node);
        return aside[0] >= k && aside[1] >= lastWord
                && !CueFrame.insideQuotation(tree.span(new int[] {k, lastWord}), quotations);
    }
}
