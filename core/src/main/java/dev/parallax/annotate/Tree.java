package dev.parallax.annotate;

import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence's dependency parse read as a tree, indexed for walking: the one head, relation and children of every
 * token. Build it once per sentence and share it; what it reads does not change after construction (base relations,
 * lower-cased words and lemmas are cached on first use).
 *
 * <p>CoreNLP gives enhanced++ dependencies, a graph in which a token may have several heads (propagated conjuncts,
 * controlled subjects, relative-clause antecedents). The tree keeps one head per token: arcs that exist only in the
 * enhanced graph ({@code ref}, {@code *:xsubj}) and self-loops are ignored; a token left with one head takes it; a
 * token with several takes the nearest one (by token distance) that does not close a cycle and that it does not
 * govern itself (a relative clause's arc back to its antecedent). A token with no head is a root. A malformed parse can still hold a cycle among single-headed tokens, so every walk upwards is bounded by
 * the sentence's length.
 */
public final class Tree {

    private final Sentence sentence;
    private final int[] parent;
    private final String[] relation;
    /**
     * The relations without their subtype and the words and lemmas lower-cased, each filled in when first asked
     * for: the rules ask for the same token's many times, and for only some of the tokens. Filling in a value twice
     * is harmless, so the tree stays safe to share.
     */
    private final String[] baseRelation;
    private final String[] lower;
    private final String[] lemma;
    /** Each token's children, in token order: the walks inside the tree read these, with no boxing. */
    private final int[][] kids;
    /**
     * The same as lists, each made when {@link #children} first asks for it: making one per token was about a
     * quarter of the cost of building a tree, and callers ask for few tokens' children.
     */
    private final List<Integer>[] children;

    public Tree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        parent = new int[n];
        relation = new String[n];
        Arrays.fill(parent, -1);
        Arrays.fill(relation, "root");
        // Most tokens have one head: count each token's heads and keep its first, and list the heads of the few
        // with several only when they are needed (a list per token was most of the cost of building a tree).
        int[] headCount = new int[n];
        Dependency[] firstHead = new Dependency[n];
        for (Dependency d : sentence.dependencies()) {
            if (usable(d) && headCount[d.dependent()]++ == 0) {
                firstHead[d.dependent()] = d;
            }
        }
        for (int i = 0; i < n; i++) {
            if (headCount[i] == 1) {
                attach(firstHead[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (headCount[i] > 1) {
                List<Dependency> heads = new ArrayList<>(headCount[i]);
                for (Dependency d : sentence.dependencies()) {
                    if (d.dependent() == i && usable(d)) {
                        heads.add(d);
                    }
                }
                final int dependent = i;
                heads.sort(Comparator.comparingInt(d -> Math.abs(d.governor() - dependent)));
                for (Dependency d : heads) {
                    if (!reaches(d.governor(), i) && !governs(sentence, i, d.governor())) {
                        attach(d);
                        break;
                    }
                }
            }
        }
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
            }
        }
        kids = new int[n][];
        for (int i = 0; i < n; i++) {
            kids[i] = new int[childCount[i]];
            childCount[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                kids[parent[i]][childCount[parent[i]]++] = i; // filled in token order, so already sorted
            }
        }
        @SuppressWarnings("unchecked")
        List<Integer>[] lists = (List<Integer>[]) new List<?>[n];
        children = lists;
        baseRelation = new String[n];
        lower = new String[n];
        lemma = new String[n];
    }

    /** Whether {@code d} is an arc of the tree: not the root's, not one of the enhanced graph's alone, no self-loop. */
    private static boolean usable(Dependency d) {
        return !d.isRoot() && !d.relation().equals("ref") && !d.relation().endsWith(":xsubj")
                && d.governor() != d.dependent();
    }

    private void attach(Dependency d) {
        parent[d.dependent()] = d.governor();
        relation[d.dependent()] = d.relation();
    }

    /**
     * Whether {@code head} also hangs on {@code dependent} directly: the enhanced graph's arc back from a relative
     * clause to its antecedent ("Lee, who was the physician, said": "Lee" as the subject of "physician", which is a
     * clause on "Lee"). Such an arc is never the tree's, whichever of the two is attached first.
     */
    private static boolean governs(Sentence sentence, int dependent, int head) {
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == head && d.governor() == dependent && usable(d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether following heads up from {@code from} arrives at {@code target}. */
    private boolean reaches(int from, int target) {
        for (int k = from, guard = 0; k >= 0 && guard <= parent.length; k = parent[k], guard++) {
            if (k == target) {
                return true;
            }
        }
        return false;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return parent.length;
    }

    /** Whether the sentence has a parse at all (budget-cut or failed sentences have none). */
    public boolean parsed() {
        return !sentence.dependencies().isEmpty();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public String word(int i) {
        return token(i).word();
    }

    /** The lemma in lower case. */
    public String lemma(int i) {
        String l = lemma[i];
        if (l == null) {
            l = token(i).lemma().toLowerCase(Locale.ROOT);
            lemma[i] = l;
        }
        return l;
    }

    /** The word in lower case. */
    public String lower(int i) {
        String l = lower[i];
        if (l == null) {
            l = token(i).word().toLowerCase(Locale.ROOT);
            lower[i] = l;
        }
        return l;
    }

    public String pos(int i) {
        return token(i).pos();
    }

    public String ner(int i) {
        return token(i).ner();
    }

    /** The head of token {@code i}, or -1 for a root. */
    public int parent(int i) {
        return parent[i];
    }

    /** The first token the parse made a root, or -1. */
    public int root() {
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] < 0 && relation[i].equals("root")) {
                return i;
            }
        }
        return -1;
    }

    /** The relation attaching token {@code i} to its parent, {@code root} for a root. */
    public String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype: {@code obl} for {@code obl:according_to}. */
    public String baseRelation(int i) {
        String b = baseRelation[i];
        if (b == null) {
            b = baseRelationOf(relation[i]);
            baseRelation[i] = b;
        }
        return b;
    }

    private static String baseRelationOf(String r) {
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The children of {@code i}, in token order. */
    public List<Integer> children(int i) {
        List<Integer> c = children[i];
        if (c == null) {
            Integer[] boxed = new Integer[kids[i].length];
            for (int k = 0; k < boxed.length; k++) {
                boxed[k] = kids[i][k];
            }
            c = List.of(boxed);
            children[i] = c;
        }
        return c;
    }

    /** The children of {@code head} whose relation starts with {@code relationPrefix}, in token order. */
    public List<Integer> childrenWithPrefix(int head, String relationPrefix) {
        List<Integer> out = new ArrayList<>();
        for (int c : kids[head]) {
            if (relation[c].startsWith(relationPrefix)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child of {@code i} attached by one of {@code relations}, or -1. */
    public int child(int i, Set<String> relations) {
        for (int c : kids[i]) {
            if (relations.contains(relation[c])) {
                return c;
            }
        }
        return -1;
    }

    public int child(int i, String relation) {
        for (int c : kids[i]) {
            if (this.relation[c].equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    public boolean hasChild(int i, String relation, String lowerWord) {
        for (int c : kids[i]) {
            if (this.relation[c].equals(relation) && lower(c).equals(lowerWord)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} dominates {@code i} (or is {@code i}). */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, guard = 0; k >= 0 && guard <= size(); k = parent[k], guard++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the tokens of the subtree of {@code head}, skipping the subtrees of children attached by {@code cut} —
     * except a child written as one word with its head ("Texas-based": the tokenizer splits it at the hyphen and
     * the parse attaches "Texas" to "based" as an oblique), since a span never cuts a written word.
     */
    public boolean[] subtree(int head, Set<String> cut) {
        boolean[] in = new boolean[size()];
        mark(head, cut, in);
        return in;
    }

    private void mark(int i, Set<String> cut, boolean[] in) {
        if (in[i]) {
            return;
        }
        in[i] = true;
        for (int c : kids[i]) {
            if (!cut.contains(relation[c]) && !cut.contains(baseRelation(c)) || oneWord(c, i)) {
                mark(c, cut, in);
            }
        }
    }

    /** Tokens {@code a} and {@code b} and those between them touch, joined only by hyphens: one written word. */
    private boolean oneWord(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        for (int k = lo; k < hi; k++) {
            if (token(k).span().end() != token(k + 1).span().start() || k > lo && !word(k).equals("-")) {
                return false;
            }
        }
        return hi > lo;
    }

    /** From the first to the last marked token, trimmed of punctuation at both ends. */
    public int[] extent(boolean[] in, int head) {
        int lo = head;
        int hi = head;
        for (int i = 0; i < size(); i++) {
            if (in[i]) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        return trim(lo, hi);
    }

    /** The first and last token of the whole subtree of {@code head}, untrimmed. */
    public int[] subtreeBounds(int head) {
        int first = head;
        int last = head;
        for (int i = 0; i < parent.length; i++) {
            if (dominates(head, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[] {first, last};
    }

    /** {@code [lo, hi]} shrunk past punctuation and quotation marks at its ends (never past each other). */
    public int[] trim(int lo, int hi) {
        while (lo < hi && isPunct(lo)) {
            lo++;
        }
        while (hi > lo && isPunct(hi)) {
            hi--;
        }
        return new int[] {lo, hi};
    }

    public boolean isPunct(int i) {
        String p = pos(i);
        return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``") || p.equals("''")
                || p.equals("-LRB-") || p.equals("-RRB-") || p.equals("HYPH") || p.equals("NFP")
                || QuotationMarks.isMark(word(i));
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    /** Indices of the tokens inside {@code span}, in order; empty when none. */
    public List<Integer> tokensIn(Span span) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (span.contains(token(i).span())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The token of a phrase whose head lies outside it (the last such token), or -1 for an empty phrase. */
    public int head(List<Integer> phrase) {
        int head = -1;
        for (int i : phrase) {
            if (!phrase.contains(parent[i])) {
                head = i;
            }
        }
        return head;
    }

    /**
     * The verb of the clause a token belongs to: its nearest verbal ancestor; a subjectless participle or
     * infinitive ("Commenting on the talks on Tuesday") gives way to the verb it depends on.
     */
    public int clauseVerb(int i) {
        int v = i;
        for (int steps = 0; v >= 0 && !isVerb(v); steps++) {
            v = steps < parent.length ? parent[v] : -1; // never climb further than the sentence is long
        }
        if (v < 0) {
            List<Integer> all = new ArrayList<>(parent.length);
            for (int k = 0; k < parent.length; k++) {
                all.add(k);
            }
            return head(all);
        }
        boolean subjectless = childrenWithPrefix(v, "nsubj").isEmpty();
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
    public int complemented(int verb) {
        int top = verb;
        for (int steps = 0; steps < parent.length && top >= 0 && parent[top] >= 0 && isVerb(parent[top])
                && !relation[top].startsWith("acl"); steps++) {
            top = parent[top];
        }
        return top;
    }

    /** Character span of tokens {@code lo..hi} inclusive. */
    public Span span(int lo, int hi) {
        return new Span(token(lo).span().start(), token(hi).span().end());
    }

    public Span span(int[] range) {
        return span(range[0], range[1]);
    }

    /** Index of the token covering character offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < size(); i++) {
            Span s = token(i).span();
            if (s.start() <= offset && offset < s.end()) {
                return i;
            }
        }
        return -1;
    }
}
