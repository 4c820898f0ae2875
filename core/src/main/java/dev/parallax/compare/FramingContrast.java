package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Span;
import dev.parallax.embed.Embedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads: the articles of one story with each article's side, their claims and claim groups (with vectors), a
 * background of articles (the whole batch) and an embedder for words. Adds: for each side, the words and noun
 * phrases it uses for the same things the other sides name differently, each with the spans where it uses it and,
 * when found, the other side's term for the same thing.
 *
 * <p>Framing is read from aligned material: the claims of one group that spans sides, and each claim with the closest
 * claim of each other side when they are close enough ({@link ClaimMatcher#MATCH}) — two accounts of the same
 * thing. In each aligned unit, a side's terms that the other sides' claims in the unit do not use (nor a near-synonym
 * of them: embedding cosine of at least {@link #VARIANT}, as "tech" and "technology") are how that side names it.
 * A term's weight is the number of the side's claims where it is such a term; noun phrases and hyphenated compounds
 * ("joint statement", "deal-making") and nominalisations weigh a little more, being names for things rather than
 * mentions. The story-level contrast is the second signal: the weighted log-odds ratio with an informative Dirichlet
 * prior from the background (Monroe, Colaresi and Quinn 2008), side against the other sides, counting a term and its
 * near-synonyms together. A term counts only when that ratio is at least {@code ln 2} (the side uses it at twice the
 * others' rate or more): words both sides use at similar rates — the story's topic words — name nothing differently.
 * A term no aligned claim shows needs a story-level z-score of {@link #STRONG_Z}. Each term of a side is paired with
 * the other side's term for the same thing: one of that side's terms in the same aligned claims, or else its framing
 * term nearest in embedding, when close enough.
 *
 * <p>Terms are how things are named: lemmas of common nouns and adjectives, hyphenated compounds ("deal-making",
 * "self-imposed") and noun phrases of two of them ("joint statement", "technological protectionism"), from the prose
 * sentences of the articles and their headlines (questions included: rhetorical questions frame too; other headings,
 * bylines and captions do not). Names are actors, not framing; so are outlets, countries and people, numbers, and the words of reporting and
 * generic news words ({@code say}, {@code official}, {@code year}). A side's terms are its outlets' own wording: the
 * words of a voice an article quotes or reports, the tag naming the voice and words in quotation marks are not the
 * outlet's, so a term must be used outside them, and its evidence is those uses only, while the contrast and the
 * aligned claims count every use (what a side's coverage says, its voices included, against what the others' says:
 * a word the other coverage uses, even in a quote, is no way of naming that only one side has). A term is
 * informative: a phrase, a compound, or a noun heading its words that the side writes repeatedly in its own words;
 * never a lone adjective or a word that mostly qualifies another. Its count is the number of spans it cites. Bad input: a story
 * with one side has no contrast, so no terms.
 */
final class FramingContrast {

    /** Generic news words and words of reporting: they say who spoke and when, not how the thing is named. */
    private static final Set<String> STOP = Set.of("other", "such", "more", "most", "many", "much", "new", "first",
            "last", "next", "year", "day", "week", "month", "time", "way", "thing", "part", "place", "lot", "kind",
            "side", "sides", "issue", "term", "field", "area", "regard", "respect", "number", "people", "one", "recent",
            "several", "various", "certain", "own", "same", "well", "whole", "able", "likely", "possible", "due",
            "official", "spokesperson", "spokesman", "spokeswoman", "source", "report", "statement", "comment",
            "remark", "interview", "news", "article", "story", "media", "reporter", "editor", "analyst", "expert",
            "according", "director", "head", "fellow", "professor", "president", "minister", "leader", "senior",
            "deputy", "chief", "former", "current", "early", "late", "recently", "detail", "topic", "form", "range");
    /** Named-entity classes that name a kind of thing rather than an actor ({@code protectionism}: IDEOLOGY). */
    private static final Set<String> COMMON_CLASSES = Set.of("O", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH",
            "RELIGION");
    /** Endings of nouns made from verbs and adjectives: names for stances and processes ("protectionism"). */
    private static final List<String> NOMINAL_ENDINGS = List.of("tion", "sion", "ment", "ism", "ity", "ness", "ance",
            "ence", "ship", "cy");
    /** Strength of the background prior, in pseudo-words. */
    private static final double PRIOR_SIZE = 100;
    /** The side uses the term at least twice as often (in odds) as the others. */
    static final double MIN_LOG_ODDS = Math.log(2);
    /** A term that no aligned claims show needs a story-level contrast unlikely by chance. */
    static final double STRONG_Z = 1.96;
    /** Words this close in embedding are one name written two ways ("tech", "technology"). */
    static final double VARIANT = 0.88;
    /** The other side's nearest framing term pairs with a term only this close (bge: unrelated words near 0.5). */
    static final double COUNTERPART = 0.70;
    private static final int PER_SIDE = 8;
    /** The headline is looked for in the first characters of the text. */
    private static final int HEADLINE_WITHIN = 500;
    /** Uses in the side's own words a lone word needs to be a term. */
    static final int LONE_USES = 2;

    /**
     * One use of a term. A noun phrase cut from a longer run of words ("intelligence safety" of "artificial
     * intelligence safety") is not whole: it counts as a use of the words, but is not shown as a term. A word
     * {@code modifier} qualifies the next word of its run ("core" of "core strategic area"). A use {@code voiced} is
     * in the words of a voice the article quotes or reports: the voice's wording, not the outlet's.
     */
    private record Occurrence(String term, String surface, String article, Span span, boolean noun, boolean whole,
                              boolean modifier, boolean voiced) {
    }

    /** One word of the text as framing sees it: a token, or a hyphenated compound of three tokens. */
    private record Word(String lemma, String pos, boolean common, Span span) {
    }

    /**
     * Story-level contrast of a term for one side: {@code ratio}, the log of its rate of use over the others' (each
     * count plus a half); {@code delta} and {@code z}, the log-odds ratio with the background prior and its z-score.
     */
    private record Stat(double ratio, double delta, double z, int count) {
    }

    /** What the aligned claims show about a term of one side: the claims naming with it, its uses, the units. */
    private static final class Aligned {
        final Set<Claim> claims = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        final List<Occurrence> uses = new ArrayList<>();
        final Set<Integer> units = new LinkedHashSet<>();
    }

    private record Candidate(String side, String term, Stat stat, Aligned aligned, double score) {
        int alignedCount() {
            return aligned == null ? 0 : aligned.claims.size();
        }
    }

    /**
     * @param voiced by article id, the spans of words that are not the outlet's own (what its voices say, who they
     *               are, quotations): a term of a side must be the side's own wording somewhere and is cited only
     *               where it is, while every use by the other sides, in whoever's words, counts against it
     */
    List<FramingTerm> contrast(List<AnnotatedArticle> story, Map<String, String> sideOf, List<AnnotatedArticle> background,
                               List<Claim> claims, List<ClaimGroup> groups, Function<List<String>, List<float[]>> embed,
                               Map<String, List<Span>> voiced) {
        Map<String, List<Occurrence>> byArticle = new HashMap<>();
        Map<String, List<Occurrence>> bySide = new LinkedHashMap<>();
        Map<String, List<Occurrence>> ownBySide = new LinkedHashMap<>();
        for (AnnotatedArticle a : story) {
            String side = sideOf.getOrDefault(a.id(), "unknown");
            List<Occurrence> occ = terms(a, voiced.getOrDefault(a.id(), List.of()));
            byArticle.put(a.id(), occ);
            if (!side.equals("unknown")) {
                bySide.computeIfAbsent(side, k -> new ArrayList<>()).addAll(occ);
                ownBySide.computeIfAbsent(side, k -> new ArrayList<>()).addAll(occ.stream().filter(o -> !o.voiced).toList());
            }
        }
        if (bySide.size() < 2) {
            return List.of();
        }
        Map<String, Set<String>> whole = new HashMap<>();
        ownBySide.forEach((side, occ) -> occ.stream().filter(Occurrence::whole)
                .forEach(o -> whole.computeIfAbsent(side, k -> new java.util.HashSet<>()).add(o.term)));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Set<String> vocabulary = new LinkedHashSet<>();
        bySide.forEach((side, occ) -> {
            Map<String, Integer> c = new HashMap<>();
            occ.forEach(o -> c.merge(o.term, 1, Integer::sum));
            counts.put(side, c);
            vocabulary.addAll(c.keySet());
        });
        List<String> words = List.copyOf(vocabulary);
        List<float[]> vectors = embed.apply(words);
        Map<String, float[]> vectorOf = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            vectorOf.put(words.get(i), vectors.get(i));
        }
        Map<String, Map<String, Stat>> stats = storyContrast(bySide, counts, background, vectorOf);
        List<Map<String, List<Claim>>> units = units(claims, groups);
        Map<String, Map<String, Aligned>> aligned = aligned(units, byArticle, vectorOf);

        Map<String, Boolean> nounOf = new HashMap<>();
        bySide.values().forEach(occ -> occ.forEach(o -> nounOf.merge(o.term, o.noun, Boolean::logicalOr)));
        Map<String, Integer> modifying = new HashMap<>();
        bySide.values().forEach(occ -> occ.forEach(o -> modifying.merge(o.term, o.modifier ? 1 : -1, Integer::sum)));
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        for (String side : bySide.keySet()) {
            List<Candidate> list = new ArrayList<>();
            stats.get(side).forEach((term, stat) -> {
                Aligned al = aligned.getOrDefault(side, Map.of()).get(term);
                boolean shown = al != null ? stat.ratio >= MIN_LOG_ODDS : stat.ratio >= MIN_LOG_ODDS && stat.z >= STRONG_Z;
                if (shown && whole.getOrDefault(side, Set.of()).contains(term) && informative(term, nounOf, modifying, ownUses(term, ownBySide.get(side)))) {
                    list.add(new Candidate(side, term, stat, al, 0));
                }
            });
            candidates.put(side, list);
        }
        Map<String, List<Candidate>> chosen = new LinkedHashMap<>();
        for (String side : candidates.keySet()) {
            List<Candidate> ranked = new ArrayList<>();
            for (Candidate c : candidates.get(side)) {
                ranked.add(new Candidate(side, c.term, c.stat, c.aligned, c.alignedCount() * weight(c.term)));
            }
            ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                    .thenComparing(Comparator.comparingInt((Candidate c) -> c.term.split(" ").length).reversed())
                    .thenComparing(Comparator.comparingDouble((Candidate c) -> c.stat.z).reversed())
                    .thenComparing(c -> c.term));
            chosen.put(side, dropCovered(ranked).stream().limit(PER_SIDE).toList());
        }
        Map<Candidate, Optional<Candidate>> pairs = new HashMap<>();
        chosen.values().forEach(list -> list.forEach(c -> pairs.put(c, counterpart(c, chosen, vectorOf, nounOf))));
        List<FramingTerm> out = new ArrayList<>();
        for (String side : chosen.keySet()) {
            for (Candidate c : chosen.get(side)) {
                Optional<FramingTerm.Counterpart> counterpart = pairs.get(c).map(o -> new FramingTerm.Counterpart(o.side,
                        display(o.term, ownBySide.get(o.side)), Embedder.cosine(vectorOf.get(c.term), vectorOf.get(o.term)),
                        evidence(o, ownBySide.get(o.side))));
                List<FramingTerm.Use> uses = evidence(c, ownBySide.get(side));
                out.add(new FramingTerm(side, display(c.term, ownBySide.get(side)), c.stat.z, uses.size(),
                        c.alignedCount(), uses, counterpart));
            }
        }
        return out;
    }

    /**
     * The weighted log-odds ratio of each side's terms against the other sides', the others' count of a term taking
     * in its near-synonyms. Every word of a side's coverage counts here, its voices' too: this measures what the
     * coverage of a side says more often; whether a term is the side's own wording is decided apart.
     */
    private static Map<String, Map<String, Stat>> storyContrast(Map<String, List<Occurrence>> bySide,
                                                                Map<String, Map<String, Integer>> counts,
                                                                List<AnnotatedArticle> background,
                                                                Map<String, float[]> vectorOf) {
        Map<String, Integer> prior = new HashMap<>();
        int priorTotal = 0;
        for (AnnotatedArticle a : background) {
            for (Occurrence o : terms(a, List.of())) {
                prior.merge(o.term, 1, Integer::sum);
                priorTotal++;
            }
        }
        Map<String, Map<String, Stat>> out = new LinkedHashMap<>();
        for (String side : bySide.keySet()) {
            Map<String, Integer> mine = counts.get(side);
            Map<String, Integer> rest = new HashMap<>();
            int restTotal = 0;
            for (String other : bySide.keySet()) {
                if (!other.equals(side)) {
                    counts.get(other).forEach((t, n) -> rest.merge(t, n, Integer::sum));
                    restTotal += bySide.get(other).size();
                }
            }
            double n1 = bySide.get(side).size();
            Map<String, Stat> sideStats = new HashMap<>();
            for (Map.Entry<String, Integer> e : mine.entrySet()) {
                int y1 = e.getValue();
                int y2 = 0;
                for (Map.Entry<String, Integer> r : rest.entrySet()) {
                    if (variant(e.getKey(), r.getKey(), vectorOf)) {
                        y2 += r.getValue();
                    }
                }
                double alpha = PRIOR_SIZE * (prior.getOrDefault(e.getKey(), 0) + 0.5) / (priorTotal + 0.5 * prior.size());
                double delta = Math.log((y1 + alpha) / (n1 + PRIOR_SIZE - y1 - alpha))
                        - Math.log((y2 + alpha) / (restTotal + PRIOR_SIZE - y2 - alpha));
                double z = delta / Math.sqrt(1 / (y1 + alpha) + 1 / (y2 + alpha));
                double ratio = Math.log((y1 + 0.5) / n1) - Math.log((y2 + 0.5) / Math.max(1, restTotal));
                sideStats.put(e.getKey(), new Stat(ratio, delta, z, y1));
            }
            out.put(side, sideStats);
        }
        return out;
    }

    /**
     * Claims of different sides about the same thing: each group spanning sides, and each claim with the closest
     * claim of each other side when they are at least {@link ClaimMatcher#MATCH} alike.
     */
    private static List<Map<String, List<Claim>>> units(List<Claim> claims, List<ClaimGroup> groups) {
        List<Map<String, List<Claim>>> out = new ArrayList<>();
        Set<Set<Claim>> seen = new java.util.HashSet<>();
        for (ClaimGroup g : groups) {
            Map<String, List<Claim>> unit = new LinkedHashMap<>();
            g.claims().stream().filter(c -> !c.side().equals("unknown"))
                    .forEach(c -> unit.computeIfAbsent(c.side(), k -> new ArrayList<>()).add(c));
            if (unit.size() >= 2 && seen.add(identitySet(g.claims()))) {
                out.add(unit);
            }
        }
        Map<String, Double> idf = ClaimMatcher.idf(claims);
        for (Claim c : claims) {
            if (c.side().equals("unknown")) {
                continue;
            }
            Map<String, Claim> nearest = new LinkedHashMap<>();
            Map<String, Double> best = new HashMap<>();
            for (Claim d : claims) {
                if (d.side().equals("unknown") || d.side().equals(c.side())) {
                    continue;
                }
                double s = ClaimMatcher.similarity(c, d, idf);
                if (s >= ClaimMatcher.MATCH && s > best.getOrDefault(d.side(), -1.0)) {
                    best.put(d.side(), s);
                    nearest.put(d.side(), d);
                }
            }
            for (Claim d : nearest.values()) {
                if (seen.add(identitySet(List.of(c, d)))) {
                    Map<String, List<Claim>> unit = new LinkedHashMap<>();
                    unit.put(c.side(), List.of(c));
                    unit.put(d.side(), List.of(d));
                    out.add(unit);
                }
            }
        }
        return out;
    }

    private static Set<Claim> identitySet(List<Claim> claims) {
        Set<Claim> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(claims);
        return Set.copyOf(set);
    }

    /**
     * For each side, the terms its claims in an aligned unit use and the other sides' claims in the unit do not,
     * nor any near-synonym of them.
     */
    private static Map<String, Map<String, Aligned>> aligned(List<Map<String, List<Claim>>> units,
                                                             Map<String, List<Occurrence>> byArticle,
                                                             Map<String, float[]> vectorOf) {
        Map<String, Map<String, Aligned>> out = new LinkedHashMap<>();
        for (int u = 0; u < units.size(); u++) {
            Map<String, List<Claim>> unit = units.get(u);
            for (Map.Entry<String, List<Claim>> mine : unit.entrySet()) {
                Set<String> others = new java.util.HashSet<>();
                unit.forEach((side, cl) -> {
                    if (!side.equals(mine.getKey())) {
                        cl.forEach(c -> inside(c, byArticle).forEach(o -> others.add(o.term)));
                    }
                });
                for (Claim c : mine.getValue()) {
                    for (Occurrence o : inside(c, byArticle)) {
                        if (o.whole && others.stream().noneMatch(t -> variant(o.term, t, vectorOf))) {
                            Aligned a = out.computeIfAbsent(mine.getKey(), k -> new HashMap<>())
                                    .computeIfAbsent(o.term, k -> new Aligned());
                            a.claims.add(c);
                            a.units.add(u);
                            if (a.uses.stream().noneMatch(x -> x.span.equals(o.span) && x.article.equals(o.article))) {
                                a.uses.add(o);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Occurrence> inside(Claim c, Map<String, List<Occurrence>> byArticle) {
        return byArticle.getOrDefault(c.article(), List.of()).stream().filter(o -> c.span().contains(o.span)).toList();
    }

    private static boolean variant(String a, String b, Map<String, float[]> vectorOf) {
        if (a.equals(b)) {
            return true;
        }
        float[] va = vectorOf.get(a);
        float[] vb = vectorOf.get(b);
        return va != null && vb != null && Embedder.cosine(va, vb) >= VARIANT;
    }

    /**
     * A phrase or a compound names a thing. A lone word names one only when it is a noun that mostly heads what it
     * says and the side uses it {@link #LONE_USES} times or more in its own words: a lone adjective ("strategic"), a
     * word that mostly qualifies the next one ("core" of "a core strategic area") or a common noun the outlet writes
     * once ("gap", "potential") tells the reader nothing of how the side names things (such words still count within
     * their phrases).
     */
    private static boolean informative(String term, Map<String, Boolean> nounOf, Map<String, Integer> modifying,
                                       int uses) {
        return term.contains(" ") || term.contains("-")
                || nounOf.getOrDefault(term, false) && modifying.getOrDefault(term, 0) < 0 && uses >= LONE_USES;
    }

    private static int ownUses(String term, List<Occurrence> own) {
        return (int) own.stream().filter(o -> o.term.equals(term)).count();
    }

    /** Phrases, compounds and nominalisations name a thing; a bare word may only mention it. */
    private static double weight(String term) {
        if (term.contains(" ") || term.contains("-")) {
            return 1.5;
        }
        return NOMINAL_ENDINGS.stream().anyMatch(term::endsWith) ? 1.25 : 1.0;
    }

    /**
     * The other side's name for the same thing: of its chosen nouns and noun phrases that aligned claims show, the
     * nearest in embedding — among those naming something in the same aligned claims when one is close enough — at
     * least {@link #COUNTERPART} alike, and only when the pairing is mutual: the other term's nearest is this one.
     * Adjectives are not paired: two evaluative words are near in embedding whatever they evaluate.
     */
    private static Optional<Candidate> counterpart(Candidate c, Map<String, List<Candidate>> candidates,
                                                   Map<String, float[]> vectorOf, Map<String, Boolean> nounOf) {
        Optional<Candidate> o = nearest(c, candidates, vectorOf, nounOf);
        return o.filter(x -> nearest(x, candidates, vectorOf, nounOf).filter(y -> y == c).isPresent());
    }

    private static Optional<Candidate> nearest(Candidate c, Map<String, List<Candidate>> candidates,
                                               Map<String, float[]> vectorOf, Map<String, Boolean> nounOf) {
        if (c.aligned == null || !nounOf.get(c.term)) {
            return Optional.empty();
        }
        for (boolean sameUnits : List.of(true, false)) {
            Candidate best = null;
            double bestCos = COUNTERPART;
            for (Map.Entry<String, List<Candidate>> e : candidates.entrySet()) {
                if (e.getKey().equals(c.side)) {
                    continue;
                }
                for (Candidate o : e.getValue()) {
                    if (o.aligned == null || !nounOf.get(o.term)
                            || sameUnits && o.aligned.units.stream().noneMatch(c.aligned.units::contains)) {
                        continue;
                    }
                    double cos = Embedder.cosine(vectorOf.get(c.term), vectorOf.get(o.term));
                    if (cos >= bestCos) {
                        best = o;
                        bestCos = cos;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * Every use of the term in the side's own words, each span once: its uses in aligned claims first, then the
     * rest, in text order. The count shown is the number of these spans.
     */
    private static List<FramingTerm.Use> evidence(Candidate c, List<Occurrence> ofSide) {
        List<Occurrence> uses = new ArrayList<>(c.aligned == null ? List.of()
                : c.aligned.uses.stream().filter(o -> !o.voiced).toList());
        ofSide.stream().filter(o -> o.term.equals(c.term) && o.whole && !uses.contains(o)).forEach(uses::add);
        return uses.stream().map(o -> new FramingTerm.Use(o.article, o.span)).distinct().toList();
    }

    /** The term as the side writes it most often ("deliverables", "data"), its lemma when the forms tie. */
    private static String display(String term, List<Occurrence> ofSide) {
        Map<String, Integer> forms = new HashMap<>();
        ofSide.stream().filter(o -> o.term.equals(term) && o.whole).forEach(o -> forms.merge(o.surface, 1, Integer::sum));
        return forms.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().equals(term)).thenComparing(Map.Entry::getKey,
                                Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(term);
    }

    /** A word that is part of a phrase ranked above it adds little; keep the phrase, the more specific name. */
    private static List<Candidate> dropCovered(List<Candidate> terms) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate t : terms) {
            boolean covered = !t.term.contains(" ") && out.stream().anyMatch(p -> p.term.contains(" ")
                    && List.of(p.term.split(" ")).contains(t.term));
            if (!covered) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Occurrence> terms(AnnotatedArticle a, List<Span> voiced) {
        List<Occurrence> out = new ArrayList<>();
        Optional<Span> headline = headline(a);
        for (Sentence s : a.sentences()) {
            boolean prose = isProse(a, s);
            if (!prose && headline.filter(h -> h.overlaps(s.span())).isEmpty()) {
                continue; // other headings, bylines and captions are layout, not framing
            }
            List<Word> run = new ArrayList<>();
            // of a layout line holding the headline, only the headline's words
            for (Word w : words(s).stream().filter(w -> prose || headline.get().contains(w.span)).toList()) {
                boolean content = w.common && (w.pos.startsWith("NN") || w.pos.startsWith("JJ")) && w.lemma.length() > 2
                        && w.lemma.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') && !STOP.contains(w.lemma);
                if (!content) {
                    phrase(a, run, out, voiced);
                    run.clear();
                    continue;
                }
                run.add(w);
            }
            phrase(a, run, out, voiced);
        }
        return out;
    }

    /**
     * The noun phrases of a run of content words: each word before a noun with that noun ("joint statement"). Only a
     * run of exactly two is a whole phrase; two words cut from a longer run ("intelligence safety" of "artificial
     * intelligence safety") count as used but are no term of their own.
     */
    private static void phrase(AnnotatedArticle a, List<Word> run, List<Occurrence> out, List<Span> voiced) {
        for (int i = 0; i < run.size(); i++) {
            Word w = run.get(i);
            out.add(new Occurrence(w.lemma, surface(a, w.span), a.id(), w.span, w.pos.startsWith("NN"), true,
                    i < run.size() - 1, inside(w.span, voiced)));
        }
        for (int i = 1; i < run.size(); i++) {
            if (run.get(i).pos.startsWith("NN")) {
                Span span = run.get(i - 1).span.union(run.get(i).span);
                out.add(new Occurrence(run.get(i - 1).lemma + " " + run.get(i).lemma, surface(a, span), a.id(), span,
                        true, run.size() == 2, false, inside(span, voiced)));
            }
        }
    }

    private static boolean inside(Span span, List<Span> voiced) {
        return voiced.stream().anyMatch(v -> v.overlaps(span));
    }

    private static String surface(AnnotatedArticle a, Span span) {
        return span.of(a.text()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Six tokens or more with a verb, a sentence of the article's prose (questions included), not layout. */
    private static boolean isProse(AnnotatedArticle a, Sentence s) {
        return s.tokens().size() >= 6 && !ClaimSplitter.isLayout(a, s)
                && s.tokens().stream().map(Token::pos).anyMatch(p -> p.startsWith("VB") || p.equals("MD"));
    }

    /**
     * Where the text gives the article's headline (its title, as written, in the first lines): the outlet's own words
     * above all, though layout to the sentence splitter.
     */
    private static Optional<Span> headline(AnnotatedArticle a) {
        String title = a.article().title();
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        int at = a.text().indexOf(title.strip());
        return at < 0 || at > HEADLINE_WITHIN ? Optional.empty() : Optional.of(new Span(at, at + title.strip().length()));
    }

    /**
     * The sentence's words, with hyphenated compounds written without spaces joined into one ({@code deal-making}),
     * typed by their last part. A word is common when it is no proper noun and no named entity.
     */
    private static List<Word> words(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")
                    && tokens.get(i + 1).span().start() == t.span().end()
                    && tokens.get(i + 2).span().start() == tokens.get(i + 1).span().end()) {
                Token last = tokens.get(i + 2);
                out.add(new Word(t.word().toLowerCase(Locale.ROOT).equals(t.word()) ? t.word() + "-"
                        + last.lemma().toLowerCase(Locale.ROOT) : t.word() + "-" + last.lemma(),
                        last.pos().startsWith("NN") ? "NN" : "JJ",
                        common(t) && common(last), t.span().union(last.span())));
                i += 2;
            } else {
                // "Biden administration": a noun right after a person's or organisation's name is part of a name
                boolean named = i > 0 && Set.of("PERSON", "ORGANIZATION").contains(tokens.get(i - 1).ner());
                out.add(new Word(t.lemma().toLowerCase(Locale.ROOT), t.pos(), common(t) && !named, t.span()));
            }
        }
        return out;
    }

    private static boolean common(Token t) {
        return !t.pos().startsWith("NNP") && COMMON_CLASSES.contains(t.ner());
    }
}
