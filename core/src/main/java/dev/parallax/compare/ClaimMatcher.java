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
 * claims of different articles match when each is the other's best match in its article and they are close enough:
 * embedding cosine, overlap of rarity-weighted content lemmas, shared noun phrases ("joint statement"), shared named
 * entities, and a shared denial. A claim left unmatched joins the group of a claim it is very close to, or a denial
 * the group of a denial it matches, so that one sentence of one article can meet two of another. A matched group is
 * labelled by the sides it covers, or as contradicted when two of its claims from different articles are close
 * paraphrases that count the same thing with different numbers, date it differently, or where one denies what the
 * other states. Unmatched claims are one-side groups of one claim.
 */
final class ClaimMatcher {

    static final double MATCH = 0.30;
    /** An unmatched claim joins the group of a claim of another article this close to it. */
    static final double ATTACH = 0.42;
    private static final double ENTITY_BONUS = 0.03;
    private static final double PHRASE_BONUS = 0.08;
    private static final double DENIAL_BONUS = 0.04;
    /** Two articles giving a claim to the same voice ("US officials", "one US official"). */
    private static final double VOICE_BONUS = 0.05;
    /** Claims this close (and with the same wording) are one statement; only then can they contradict. */
    private static final double SAME_STATEMENT = 0.45;
    private static final double NEGATION_COSINE = 0.86;
    /** A claim restating part of another: content lemmas found, their weighted share, and the embedding cosine. */
    private static final int CONTAINED_TERMS = 3;
    private static final double CONTAINED_SHARE = 0.6;
    private static final double CONTAINED_COSINE = 0.65;

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
        attachUnmatched(claims, sim, parent, idf);
        Map<Integer, List<Claim>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(claims.get(i));
        }
        List<ClaimGroup> out = new ArrayList<>();
        for (List<Claim> g : groups.values()) {
            out.add(label(g, storySides, idf));
        }
        out.sort(Comparator.comparing((ClaimGroup g) -> g.label().ordinal())
                .thenComparing(g -> g.claims().stream().mapToInt(Claim::position).min().orElse(0)));
        return out;
    }

    /**
     * A claim no mutual best match took joins the group of its closest claim in another article when they are very
     * close ({@link #ATTACH}): an article may say in two sentences what another says in one. A denial joins the group
     * of the denial it is closest to at the plain match threshold: a refusal is often reported and then quoted, and
     * two denials that close deny the same thing, where two positive statements that close may only share a topic.
     */
    private static void attachUnmatched(List<Claim> claims, double[][] sim, int[] parent, Map<String, Double> idf) {
        int n = claims.size();
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[find(parent, i)]++;
        }
        for (int j = 0; j < n; j++) {
            if (size[find(parent, j)] != 1) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (sim[j][i] >= 0 && (best < 0 || sim[j][i] > sim[j][best])) {
                    best = i;
                }
            }
            if (best < 0 || size[find(parent, best)] == 1) {
                continue;
            }
            boolean close = sim[j][best] >= ATTACH;
            boolean restatedDenial = sim[j][best] >= MATCH && claims.get(j).negated() && claims.get(best).negated();
            boolean restatedPart = contained(claims.get(j), claims.get(best), idf);
            if (close || restatedDenial || restatedPart) {
                parent[find(parent, j)] = find(parent, best);
            }
        }
    }

    /**
     * Meaning and wording together: the embedding cosine (rescaled: bge puts unrelated news sentences near 0.5)
     * averaged with the rarity-weighted overlap of content lemmas, plus a little for each shared noun phrase and
     * named entity, for a denial both make, and for a claim both articles give to the same voice.
     */
    static double similarity(Claim a, Claim b, Map<String, Double> idf) {
        double cos = Math.max(0, (Embedder.cosine(a.vector(), b.vector()) - 0.5) / 0.5);
        double lexical = lexical(a, b, idf);
        Set<String> entities = new HashSet<>(a.entities());
        entities.retainAll(b.entities());
        Set<String> phrases = new HashSet<>(a.phrases());
        phrases.retainAll(b.phrases());
        return 0.5 * cos + 0.5 * lexical + ENTITY_BONUS * Math.min(2, entities.size())
                + PHRASE_BONUS * Math.min(2, phrases.size()) + (a.negated() && b.negated() ? DENIAL_BONUS : 0)
                + (!a.voice().isEmpty() && a.voice().equals(b.voice()) ? VOICE_BONUS : 0);
    }

    static double lexical(Claim a, Claim b, Map<String, Double> idf) {
        Overlap ab = overlap(a, b, idf);
        Overlap ba = overlap(b, a, idf);
        return ab.all() == 0 || ba.all() == 0 ? 0 : ab.shared() / Math.sqrt(ab.all() * ba.all());
    }

    /** How much of {@code a}'s content lemmas {@code b} has: squared rarity weights shared and in all, terms found. */
    private record Overlap(double shared, double all, int found) {
    }

    private static Overlap overlap(Claim a, Claim b, Map<String, Double> idf) {
        double shared = 0;
        double all = 0;
        int found = 0;
        for (String t : a.terms()) {
            double w = idf.getOrDefault(t, 1.0);
            all += w * w;
            if (b.terms().contains(t)) {
                shared += w * w;
                found++;
            }
        }
        return new Overlap(shared, all, found);
    }

    /**
     * Whether a short claim restates part of a longer one ("The talks are scheduled on Tuesday in Geneva" in "The US
     * and China are set to hold their first talks … in Geneva on Tuesday, as …"): most of its rarity-weighted content
     * lemmas, at least {@link #CONTAINED_TERMS} of them, are in the other, their meanings are close, and the two agree
     * on negation.
     */
    static boolean contained(Claim part, Claim whole, Map<String, Double> idf) {
        if (part.terms().size() < CONTAINED_TERMS || part.terms().size() >= whole.terms().size()
                || part.negated() != whole.negated()) {
            return false;
        }
        Overlap o = overlap(part, whole, idf);
        return o.found() >= CONTAINED_TERMS && o.shared() >= CONTAINED_SHARE * o.all()
                && Embedder.cosine(part.vector(), whole.vector()) >= CONTAINED_COSINE;
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

    private static ClaimGroup label(List<Claim> group, Set<String> storySides, Map<String, Double> idf) {
        Set<String> sides = new LinkedHashSet<>();
        group.forEach(c -> sides.add(c.side()));
        if (group.size() > 1) {
            String reason = contradiction(group, idf);
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

    /**
     * What two claims of the group from different articles disagree on; empty when they agree. Only close paraphrases
     * can disagree: claims merely about the same event state different facts, which is not a contradiction. A number
     * differs only against a number counting the same thing ("60 countries" vs "29 countries").
     */
    static String contradiction(List<Claim> group, Map<String, Double> idf) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Claim a = group.get(i);
                Claim b = group.get(j);
                if (a.article().equals(b.article()) || similarity(a, b, idf) < SAME_STATEMENT) {
                    continue;
                }
                String numbers = differentCounts(a, b);
                if (!numbers.isEmpty()) {
                    return numbers;
                }
                if (!a.dates().isEmpty() && !b.dates().isEmpty() && disjointDates(a.dates(), b.dates())) {
                    return "date " + String.join(", ", Claim.sorted(a.dates())) + " vs "
                            + String.join(", ", Claim.sorted(b.dates()));
                }
                if (a.negated() != b.negated() && Embedder.cosine(a.vector(), b.vector()) >= NEGATION_COSINE
                        && lexical(a, b, idf) >= 0.5) {
                    return "negation: " + (a.negated() ? a.side() : b.side()) + " denies it";
                }
            }
        }
        return "";
    }

    /** The first thing both claims count with no number in common: {@code number 60 vs 29 (country)}. */
    private static String differentCounts(Claim a, Claim b) {
        Map<String, Set<String>> ca = counts(a);
        Map<String, Set<String>> cb = counts(b);
        for (Map.Entry<String, Set<String>> e : new TreeMap<>(ca).entrySet()) {
            Set<String> other = cb.get(e.getKey());
            if (other != null && disjoint(e.getValue(), other)) {
                return "number " + String.join(", ", Claim.sorted(e.getValue())) + " vs "
                        + String.join(", ", Claim.sorted(other)) + (e.getKey().isEmpty() ? "" : " (" + e.getKey() + ")");
            }
        }
        return "";
    }

    /** The claim's numbers by the noun they count ("" for bare numbers). */
    private static Map<String, Set<String>> counts(Claim c) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String q : c.numbers()) {
            int space = q.indexOf(' ');
            String value = space < 0 ? q : q.substring(0, space);
            String unit = space < 0 ? "" : q.substring(space + 1);
            out.computeIfAbsent(unit, k -> new HashSet<>()).add(value);
        }
        return out;
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
