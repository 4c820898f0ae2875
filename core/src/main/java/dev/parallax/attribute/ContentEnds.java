package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.QuotationMarks;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Reads: the reported speech the rules found in an article, and the parse of the sentence each content ends in.
 * Adds: where each content ends, chosen by a {@link LinearModel} trained on PolNeAR's train split
 * ({@code parallax train attribution --ends-out}) among the ends the parse allows: the rules' end; an earlier end
 * before a constituent that hangs to its left, leaving out what the writer adds ("they prefer someone with
 * experience | and about the same numbers would rather …", "he would try to curb critics | , vowing to …"); or a
 * later end after the constituents that follow the content, short of its own tag ("compared abortion | to the
 * Holocaust and slavery", "accused Russia | of being behind the hack"). The model reads each end's boundary: the words on both sides, the
 * relation of the constituent left out or taken in and what it hangs on (the cue verb, the content's head), its size,
 * whether it has a subject of its own or quoted words, and how the content hangs on its cue. The rules' end stays
 * unless another end gets a probability of at least the model's threshold and more than the rules' end. Quotations
 * (direct and mixed attributions) keep the rules' ends. Immutable and thread-safe.
 */
public final class ContentEnds {

    /** Where the bundled model lives, and how it was made: see docs/attribution.md. */
    public static final String MODEL = "attribution-ends.model";

    /** How many constituents after the rules' end an end may take in. */
    private static final int STEPS = 3;

    private final LinearModel model;

    public ContentEnds(LinearModel model) {
        this.model = requireNonNull(model, "model");
    }

    /** The bundled model, trained on PolNeAR's train split. */
    public static ContentEnds bundled() {
        return Bundled.ENDS;
    }

    private static final class Bundled {
        private static final ContentEnds ENDS = new ContentEnds(LinearModel.resource(MODEL));
    }

    public LinearModel model() {
        return model;
    }

    /**
     * One end a content could have: the content's last part with that end, whether it is the rules' end, and what
     * the model reads of it.
     */
    public record End(Span lastPart, boolean rules, List<String> features) {
        public End {
            requireNonNull(lastPart, "lastPart");
            features = List.copyOf(features);
        }
    }

    /** The ends an attribution's content could have, the rules' end first: what training learns from. */
    public record Choice(Attribution attribution, List<End> ends) {
        public Choice {
            requireNonNull(attribution, "attribution");
            ends = List.copyOf(ends);
        }
    }

    /** The choices of every reported statement in {@code found}, an article's attributions before this stage. */
    public static List<Choice> choices(AnnotatedArticle article, List<Attribution> found) {
        if (article.sentences().isEmpty()) {
            return List.of();
        }
        Discourse d = new Discourse(article);
        List<Quotation> quotations = new QuoteFinder().find(d.text, article.article().origin()).quotations();
        List<Choice> out = new ArrayList<>();
        Map<Integer, Bounds> bounds = new java.util.HashMap<>();
        for (Attribution a : found) {
            Optional<Ends> ends = ends(d, a, quotations, bounds);
            if (ends.isPresent() && ends.get().tokens().size() > 1) {
                Statement st = ends.get().statement();
                out.add(new Choice(a, ends.get().tokens().stream()
                        .map(e -> new End(st.lastPart(e), e == st.end(), FeatureSink.names(f -> st.features(e, f))))
                        .toList()));
            }
        }
        return out;
    }

    /** {@code found} with each reported statement's content ending where the model puts it. */
    List<Attribution> apply(Discourse d, List<Quotation> quotations, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        Map<Integer, Bounds> bounds = new java.util.HashMap<>();
        for (Attribution a : found) {
            out.add(choose(a, ends(d, a, quotations, bounds)));
        }
        return out;
    }

    private Attribution choose(Attribution a, Optional<Ends> ends) {
        if (ends.isEmpty() || ends.get().tokens().size() < 2) {
            return a;
        }
        Statement st = ends.get().statement();
        List<Integer> tokens = ends.get().tokens();
        double rules = model.probability(f -> st.features(tokens.getFirst(), f));
        int best = -1;
        double bestP = Math.max(rules, model.threshold());
        for (int e : tokens.subList(1, tokens.size())) {
            double p = model.probability(f -> st.features(e, f));
            if (p >= bestP && (best < 0 || p > bestP)) {
                best = e;
                bestP = p;
            }
        }
        return best < 0 ? a : withLastPart(a, st.lastPart(best));
    }

    /** {@code a} with its last content part replaced by {@code last}. */
    public static Attribution withLastPart(Attribution a, Span last) {
        List<Span> parts = new ArrayList<>(a.parts().subList(0, a.parts().size() - 1));
        parts.add(last);
        Span content = new Span(parts.getFirst().start(), last.end());
        return new Attribution(a.kind(), content, parts, a.cue(), a.source(), a.speaker(), a.via(), a.sentence());
    }

    /**
     * A content as the rules end it and the last token of each end it could have, the rules' end first. The ends'
     * features are written only when read (as names to train on, or to the model's score in use).
     */
    private record Ends(Statement statement, List<Integer> tokens) {
    }

    /**
     * The ends {@code a}'s content could have; none for a quotation. {@code bySentence} keeps each sentence's
     * subtree bounds for the article's next statements.
     */
    private static Optional<Ends> ends(Discourse d, Attribution a, List<Quotation> quotations,
                                  Map<Integer, Bounds> bySentence) {
        Span last = a.parts().getLast();
        int s = d.sentenceAt(last.start());
        if (a.kind() != Attribution.Kind.INDIRECT || s < 0) {
            return Optional.empty();
        }
        Tree tree = d.trees.get(s);
        if (!tree.parsed()) {
            return Optional.empty();
        }
        int first = tree.tokenAt(last.start());
        int end = tree.tokenAt(last.end() - 1);
        if (first < 0 || end < 0 || end < first) {
            return Optional.empty();
        }
        int[] kept = tree.trim(first, end);
        first = kept[0];
        end = kept[1];
        Bounds bounds = bySentence.computeIfAbsent(s, k -> new Bounds(tree));
        int cue = a.sentence() == s ? tree.tokenAt(a.cue().start()) : -1;
        int head = head(tree, first, end);
        String frame = head >= 0 && cue >= 0 && tree.parent(head) == cue ? tree.baseRelation(head) : "other";

        Statement st = new Statement(tree, bounds, quotations, first, end, cue, head, frame, last);
        List<Integer> out = new ArrayList<>();
        out.add(end);
        // Earlier ends: before each constituent inside the content that hangs on a word to its left.
        for (int c = first + 1; c <= end; c++) {
            if (tree.isPunct(c) || inQuotation(tree, c - 1, c, quotations)) {
                continue;
            }
            int n = bounds.highestStartingAt(c);
            if (n < 0 || tree.parent(n) >= c) {
                continue;
            }
            int e = lastWordBefore(tree, c, first);
            if (e >= first && e < end && !out.contains(e)) {
                out.add(e);
            }
        }
        // Later ends: after each of the next constituents that hang on a word to their left, up to the tag.
        int e = end;
        for (int step = 0; step < STEPS; step++) {
            int f = e + 1;
            while (f < tree.size() && tree.isPunct(f) && !tree.word(f).equals(";")) {
                f++;
            }
            if (f >= tree.size() || tree.word(f).equals(";")) {
                break;
            }
            int n = bounds.highestAbove(f, e);
            if (n < 0 || tree.parent(n) > e) {
                break;
            }
            int[] r = tree.trim(f, bounds.right[n]);
            if (r[1] <= e) {
                break;
            }
            Span taken = tree.span(e + 1, r[1]);
            if (taken.overlaps(a.cue()) || a.source().isPresent() && taken.overlaps(a.source().get())) {
                // A content never takes in its own tag ("…, Breaking Defense wrote, instead disclosing …").
                break;
            }
            e = r[1];
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return Optional.of(new Ends(st, out));
    }

    /** The last token of {@code lo..hi} whose head lies outside it, as {@link Tree#head} finds it, or -1. */
    private static int head(Tree tree, int lo, int hi) {
        int head = -1;
        for (int i = lo; i <= hi; i++) {
            int p = tree.parent(i);
            if (p < lo || p > hi) {
                head = i;
            }
        }
        return head;
    }

    private static int lastWordBefore(Tree tree, int c, int first) {
        int e = c - 1;
        while (e > first && tree.isPunct(e)) {
            e--;
        }
        return e;
    }

    private static boolean inQuotation(Tree tree, int a, int b, List<Quotation> quotations) {
        Span both = tree.span(a, b);
        for (Quotation q : quotations) {
            if (q.span().contains(both)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reported statement's content as the rules end it, in its sentence's parse: its first and last token, its
     * cue token (-1 in another sentence), its head, how the head hangs on the cue, and the rules' last part.
     */
    private record Statement(Tree tree, Bounds bounds, List<Quotation> quotations, int first, int end, int cue,
                             int head, String frame, Span rulesLast) {

        /** The content's last part when it ends at token {@code e}. */
        Span lastPart(int e) {
            return e == end ? rulesLast : new Span(rulesLast.start(), tree.token(e).span().end());
        }

        /** What the model reads of the end at token {@code e}, written to {@code f}. */
        void features(int e, FeatureSink f) {
            String dir = e == end ? "same" : e < end ? "cut" : "ext";
            f.add("bias");
            f.add("dir=", dir);
            f.add(dir, ".frame=", frame);
            f.add(dir, ".last=", word(tree, e));
            if (cue >= 0) {
                f.add(dir, ".cue=", tree.lemma(cue).toLowerCase(java.util.Locale.ROOT));
            }
            int next = e + 1;
            String after = next >= tree.size() ? "END" : word(tree, next);
            if (next < tree.size() && tree.isPunct(next)) {
                after += " " + (next + 1 >= tree.size() ? "END" : word(tree, next + 1));
            }
            f.add(dir, ".next=", after);
            f.add("next=", after);
            if (e != end) {
                int lo = Math.min(e, end) + 1;
                int hi = Math.max(e, end);
                int w = lo;
                while (w < hi && tree.isPunct(w)) {
                    w++;
                }
                String punct = w > lo ? word(tree, w - 1) : "none";
                int n = e < end ? bounds.highestStartingAt(w) : bounds.highestAbove(w, end);
                String rel = n < 0 ? "none" : tree.relation(n);
                String base = n < 0 ? "none" : tree.baseRelation(n);
                int p = n < 0 ? -1 : tree.parent(n);
                String on = p < 0 ? "root" : p == cue ? "cue" : p == head ? "head" : p >= first && p <= hi ? "in" : "out";
                f.add(dir, ".punct=", punct);
                f.add(dir, ".word=", word(tree, w));
                f.add(dir, ".rel=", base);
                f.add(dir, ".rel=", rel);
                f.add(dir, ".on=", on);
                f.add(dir, ".rel,on=", base, ",", on);
                f.add(dir, ".punct,rel=", punct, ",", base);
                f.add(dir, ".frame,rel=", frame, ",", base);
                boolean subject = false;
                boolean verb = false;
                for (int k = lo; k <= hi; k++) {
                    verb |= tree.isVerb(k);
                    subject |= tree.baseRelation(k).startsWith("nsubj") && tree.parent(k) >= lo && tree.parent(k) <= hi;
                }
                f.add(dir, ".verb=", String.valueOf(verb));
                f.add(dir, ".subject=", String.valueOf(subject));
                f.add(dir, ".rel,on,subject=", base, ",", on, ",", String.valueOf(subject));
                if (n >= 0) {
                    String what = tree.isVerb(n) && CueLexicon.isCueVerb(tree.lemma(n)) ? "cue-verb" : tree.pos(n);
                    f.add(dir, ".head=", what);
                    f.add(dir, ".rel,head=", base, ",", what);
                    if (p >= 0) {
                        f.add(dir, ".head,parent=", tree.pos(n), ",", tree.pos(p));
                    }
                }
                if (quoted(tree.span(lo, hi))) {
                    f.add(dir, ".quoted");
                }
                int size = hi - lo + 1;
                String bin = size <= 1 ? "1" : size <= 3 ? "2-3" : size <= 7 ? "4-7" : size <= 15 ? "8-15" : "16+";
                f.add(dir, ".size=", bin);
                f.add(dir, ".rel,size=", base, ",", bin);
                int keptSize = Math.min(e, end) - first + 1;
                f.add(dir, ".kept=", keptSize <= 2 ? "1-2" : keptSize <= 5 ? "3-5" : keptSize <= 10 ? "6-10" : "11+");
                if (e > end && next >= tree.size() - 1) {
                    f.add("ext.sentence-end");
                }
            }
        }

        /** Whether a quotation overlaps {@code moved}. */
        private boolean quoted(Span moved) {
            for (Quotation q : quotations) {
                if (q.span().overlaps(moved)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "CC", "TO", "WDT", "WP", "WP$", "WRB", "DT", "RB",
            "MD", "PRP", "PRP$", "EX", "RP", "POS");

    /** A token as the model reads it: punctuation and function words as written, other words by part of speech. */
    private static String word(Tree tree, int i) {
        if (i >= tree.size()) {
            return "END";
        }
        String w = tree.word(i);
        if (w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-") && tree.pos(i).equals(":")) {
            return "DASH";
        }
        if (tree.isPunct(i)) {
            return QuotationMarks.isMark(w) ? "QUOTE" : w;
        }
        return FUNCTION_TAGS.contains(tree.pos(i)) ? tree.lower(i) : tree.pos(i);
    }

    /** The first and last token of every token's subtree. */
    private static final class Bounds {
        final int[] left;
        final int[] right;
        private final Tree tree;

        Bounds(Tree tree) {
            this.tree = tree;
            int n = tree.size();
            left = new int[n];
            right = new int[n];
            for (int i = 0; i < n; i++) {
                left[i] = i;
                right[i] = i;
            }
            for (int i = 0; i < n; i++) {
                for (int k = tree.parent(i), guard = 0; k >= 0 && guard < n; k = tree.parent(k), guard++) {
                    left[k] = Math.min(left[k], i);
                    right[k] = Math.max(right[k], i);
                }
            }
        }

        /**
         * The highest token whose subtree starts at {@code c}, or at the punctuation right before it (", and …"),
         * or -1.
         */
        int highestStartingAt(int c) {
            int best = -1;
            for (int k = c, guard = 0; k >= 0 && guard < left.length; k = tree.parent(k), guard++) {
                boolean starts = left[k] == c || left[k] == c - 1 && tree.isPunct(c - 1);
                if (!starts) {
                    break;
                }
                best = k;
            }
            return best;
        }

        /** The highest ancestor of {@code f} (or {@code f}) whose subtree starts after token {@code e}, or -1. */
        int highestAbove(int f, int e) {
            int best = -1;
            for (int k = f, guard = 0; k >= 0 && guard < left.length; k = tree.parent(k), guard++) {
                if (left[k] > e) {
                    best = k;
                } else {
                    break;
                }
            }
            return best;
        }
    }
}
