package dev.parallax.attribute;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A sentence's dependency parse indexed for walking: parent, relation and children of every token. */
final class Tree {

    final Sentence sentence;
    private final int[] parent;
    private final String[] relation;
    private final List<List<Integer>> children;

    Tree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        parent = new int[n];
        relation = new String[n];
        Arrays.fill(parent, -1);
        Arrays.fill(relation, "root");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        // CoreNLP gives enhanced++ dependencies: a token may have several heads (propagated conjuncts, controlled
        // subjects, relative-clause antecedents). Walking needs a tree, so keep one head per token: the nearest
        // head that does not close a cycle, ignoring the relations that exist only in the enhanced graph.
        List<List<Dependency>> heads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            heads.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (!d.isRoot() && !d.relation().equals("ref") && !d.relation().endsWith(":xsubj")
                    && d.governor() != d.dependent()) {
                heads.get(d.dependent()).add(d);
            }
        }
        for (int i = 0; i < n; i++) {
            if (heads.get(i).size() == 1) {
                attach(heads.get(i).getFirst());
            }
        }
        for (int i = 0; i < n; i++) {
            if (heads.get(i).size() > 1) {
                final int dependent = i;
                heads.get(i).sort(java.util.Comparator.comparingInt(d -> Math.abs(d.governor() - dependent)));
                for (Dependency d : heads.get(i)) {
                    if (!reaches(d.governor(), i)) {
                        attach(d);
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children.get(parent[i]).add(i);
            }
        }
        children.forEach(c -> c.sort(Integer::compare));
    }

    private void attach(Dependency d) {
        parent[d.dependent()] = d.governor();
        relation[d.dependent()] = d.relation();
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

    int size() {
        return parent.length;
    }

    boolean parsed() {
        return !sentence.dependencies().isEmpty();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String word(int i) {
        return token(i).word();
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    String lower(int i) {
        return token(i).word().toLowerCase(java.util.Locale.ROOT);
    }

    String pos(int i) {
        return token(i).pos();
    }

    String ner(int i) {
        return token(i).ner();
    }

    int parent(int i) {
        return parent[i];
    }

    /** The first token the parse made a root, or -1. */
    int root() {
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] < 0 && relation[i].equals("root")) {
                return i;
            }
        }
        return -1;
    }

    /** The relation attaching token {@code i} to its parent, {@code root} for a root. */
    String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype: {@code obl} for {@code obl:according_to}. */
    String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of {@code i} attached by one of {@code relations}, or -1. */
    int child(int i, Set<String> relations) {
        for (int c : children.get(i)) {
            if (relations.contains(relation[c])) {
                return c;
            }
        }
        return -1;
    }

    int child(int i, String relation) {
        return child(i, Set.of(relation));
    }

    boolean hasChild(int i, String relation, String lowerWord) {
        for (int c : children.get(i)) {
            if (this.relation[c].equals(relation) && lower(c).equals(lowerWord)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} dominates {@code i} (or is {@code i}). */
    boolean dominates(int ancestor, int i) {
        for (int k = i, guard = 0; k >= 0 && guard <= size(); k = parent[k], guard++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Marks the tokens of the subtree of {@code head}, skipping the subtrees of children attached by {@code cut}. */
    boolean[] subtree(int head, Set<String> cut) {
        boolean[] in = new boolean[size()];
        mark(head, cut, in, true);
        return in;
    }

    private void mark(int i, Set<String> cut, boolean[] in, boolean top) {
        if (in[i]) {
            return;
        }
        in[i] = true;
        for (int c : children.get(i)) {
            if (!cut.contains(relation[c]) && !cut.contains(baseRelationOf(relation[c]))) {
                mark(c, cut, in, false);
            }
        }
    }

    private static String baseRelationOf(String r) {
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** From the first to the last marked token, trimmed of punctuation at both ends. */
    int[] extent(boolean[] in, int head) {
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

    /** {@code [lo, hi]} shrunk past punctuation and quotation marks at its ends (never past each other). */
    int[] trim(int lo, int hi) {
        while (lo < hi && isPunct(lo)) {
            lo++;
        }
        while (hi > lo && isPunct(hi)) {
            hi--;
        }
        return new int[] {lo, hi};
    }

    boolean isPunct(int i) {
        String p = pos(i);
        return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``") || p.equals("''")
                || p.equals("-LRB-") || p.equals("-RRB-") || p.equals("HYPH") || p.equals("NFP")
                || Quotes.isMark(word(i));
    }

    /** Character span of tokens {@code lo..hi} inclusive. */
    Span span(int lo, int hi) {
        return new Span(token(lo).span().start(), token(hi).span().end());
    }

    Span span(int[] range) {
        return span(range[0], range[1]);
    }

    /** Index of the token covering character offset {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < size(); i++) {
            Span s = token(i).span();
            if (s.start() <= offset && offset < s.end()) {
                return i;
            }
        }
        return -1;
    }
}
