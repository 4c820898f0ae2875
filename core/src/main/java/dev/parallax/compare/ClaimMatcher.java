package dev.parallax.compare;

import dev.parallax.embed.Embedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads: the claims of one story's articles, with vectors. Adds: groups of claims that state the same thing. Two
 * claims of different articles match when each is the other's best match in its article and their meaning is close
 * (embedding cosine, raised a little by shared named entities). A matched group is labelled by the sides it covers,
 * or as contradicted when its claims state different numbers or dates, or one denies what the other states.
 * Unmatched claims are one-side groups of one claim.
 */
final class ClaimMatcher {

    static final double MATCH = 0.30;
    private static final double ENTITY_BONUS = 0.03;
    private static final double CONTRADICTION = 0.86;

    List<ClaimGroup> match(List<Claim> claims, Set<String> storySides) {
        int n = claims.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byArticle.computeIfAbsent(claims.get(i).article(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Double> idf = idf(claims);
        double[][] sim = new double[n][];
        for (int i = 0; i < n; i++) {
            sim[i] = new double[n];
            for (int j = 0; j < n; j++) {
                sim[i][j] = claims.get(i).article().equals(claims.get(j).article()) ? -1
                        : similarity(claims.get(i), claims.get(j), idf);
            }
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, List<Integer>> other : byArticle.entrySet()) {
                if (other.getKey().equals(claims.get(i).article())) {
                    continue;
                }
                int j = best(sim[i], other.getValue());
                int back = best(sim[j], byArticle.get(claims.get(i).article()));
                if (back == i && sim[i][j] >= MATCH && !sharesAnArticle(i, j, parent, claims)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Claim>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(claims.get(i));
        }
        List<ClaimGroup> out = new ArrayList<>();
        for (List<Claim> g : groups.values()) {
            out.add(label(g, storySides));
        }
        out.sort(Comparator.comparing((ClaimGroup g) -> g.label().ordinal())
                .thenComparing(g -> g.claims().stream().mapToInt(Claim::position).min().orElse(0)));
        return out;
    }

    /**
     * Meaning and wording together: the embedding cosine (rescaled: bge puts unrelated news sentences near 0.5)
     * averaged with the rarity-weighted overlap of content lemmas, plus a little for each shared named entity.
     */
    static double similarity(Claim a, Claim b, Map<String, Double> idf) {
        double cos = Math.max(0, (Embedder.cosine(a.vector(), b.vector()) - 0.5) / 0.5);
        double shared = 0;
        double wa = 0;
        double wb = 0;
        for (String t : a.terms()) {
            double w = idf.getOrDefault(t, 1.0);
            wa += w * w;
            if (b.terms().contains(t)) {
                shared += w * w;
            }
        }
        for (String t : b.terms()) {
            double w = idf.getOrDefault(t, 1.0);
            wb += w * w;
        }
        double lexical = wa == 0 || wb == 0 ? 0 : shared / Math.sqrt(wa * wb);
        Set<String> entities = new HashSet<>(a.entities());
        entities.retainAll(b.entities());
        return 0.5 * cos + 0.5 * lexical + ENTITY_BONUS * Math.min(2, entities.size());
    }

    /** Inverse document frequency of each content lemma, a claim being a document. */
    static Map<String, Double> idf(List<Claim> claims) {
        Map<String, Integer> df = new java.util.HashMap<>();
        claims.forEach(c -> c.terms().forEach(t -> df.merge(t, 1, Integer::sum)));
        Map<String, Double> out = new java.util.HashMap<>();
        df.forEach((t, n) -> out.put(t, Math.log((claims.size() + 1.0) / n)));
        return out;
    }

    /** Whether joining the groups of i and j would put two claims of one article in one group. */
    private static boolean sharesAnArticle(int i, int j, int[] parent, List<Claim> claims) {
        int ri = find(parent, i);
        int rj = find(parent, j);
        if (ri == rj) {
            return false;
        }
        Set<String> articles = new HashSet<>();
        for (int k = 0; k < parent.length; k++) {
            if (find(parent, k) == ri) {
                articles.add(claims.get(k).article());
            }
        }
        for (int k = 0; k < parent.length; k++) {
            if (find(parent, k) == rj && articles.contains(claims.get(k).article())) {
                return true;
            }
        }
        return false;
    }

    private static ClaimGroup label(List<Claim> group, Set<String> storySides) {
        Set<String> sides = new LinkedHashSet<>();
        group.forEach(c -> sides.add(c.side()));
        if (group.size() > 1) {
            String reason = contradiction(group);
            if (!reason.isEmpty()) {
                return new ClaimGroup(ClaimGroup.Label.CONTRADICTED, group, sides, reason);
            }
        }
        if (storySides.size() >= 2 && sides.containsAll(storySides)) {
            return new ClaimGroup(ClaimGroup.Label.SHARED, group, sides, "");
        }
        if (sides.size() == 1) {
            return new ClaimGroup(ClaimGroup.Label.ONE_SIDE, group, sides, "");
        }
        return new ClaimGroup(ClaimGroup.Label.SEVERAL_SIDES, group, sides, "");
    }

    /** What two claims of the group disagree on; empty when they agree. */
    private static String contradiction(List<Claim> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Claim a = group.get(i);
                Claim b = group.get(j);
                if (!a.numbers().isEmpty() && !b.numbers().isEmpty() && disjoint(a.numbers(), b.numbers())) {
                    return "number " + String.join(", ", Claim.sorted(a.numbers())) + " vs "
                            + String.join(", ", Claim.sorted(b.numbers()));
                }
                if (!a.dates().isEmpty() && !b.dates().isEmpty() && disjointDates(a.dates(), b.dates())) {
                    return "date " + String.join(", ", Claim.sorted(a.dates())) + " vs "
                            + String.join(", ", Claim.sorted(b.dates()));
                }
                if (a.negated() != b.negated() && Embedder.cosine(a.vector(), b.vector()) >= CONTRADICTION) {
                    return "negation: " + (a.negated() ? a.side() : b.side()) + " denies it";
                }
            }
        }
        return "";
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    /**
     * Both state a date of the same granularity and none of them agree (nor is one a coarser form of the other).
     * Dates of different granularity usually date different things ("on Tuesday" vs "in November"), so they are
     * not taken as a disagreement.
     */
    private static boolean disjointDates(Set<String> a, Set<String> b) {
        boolean sameGranularity = a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.length() == y.length()));
        return sameGranularity && a.stream().noneMatch(x -> b.stream().anyMatch(y -> x.startsWith(y) || y.startsWith(x)));
    }

    private static int best(double[] row, List<Integer> among) {
        int best = among.getFirst();
        for (int j : among) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
