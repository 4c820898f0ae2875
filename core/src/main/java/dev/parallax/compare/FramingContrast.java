package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads: the articles of one story with each article's side, and a background of articles (the whole batch).
 * Adds: for each side, the words and two-word phrases it uses markedly more than the other sides — the weighted
 * log-odds ratio with an informative Dirichlet prior from the background (Monroe, Colaresi and Quinn 2008) — each
 * with the spans where that side uses it. Terms are lemmas of common nouns, adjectives and verbs (names are actors,
 * not framing) and adjacent pairs of them, taken from statement sentences only. Bad input: a story with one side has no contrast, so no terms.
 */
final class FramingContrast {

    private static final Set<String> STOP = Set.of("be", "have", "do", "say", "make", "get", "go", "also", "other",
            "such", "more", "most", "many", "much", "new", "first", "last", "year", "day", "time", "way", "tell", "take",
            "use", "include", "can", "will", "would", "could", "should", "may", "might", "must", "own", "well", "same");
    private static final double PRIOR_SIZE = 200;
    private static final double MIN_Z = 1.0;
    private static final int MIN_COUNT = 2;
    private static final int PER_SIDE = 8;
    private static final int EVIDENCE = 4;

    private record Occurrence(String term, String article, dev.parallax.core.Span span) {
    }

    List<FramingTerm> contrast(List<AnnotatedArticle> story, Map<String, String> sideOf, List<AnnotatedArticle> background) {
        Map<String, List<Occurrence>> bySide = new LinkedHashMap<>();
        for (AnnotatedArticle a : story) {
            String side = sideOf.getOrDefault(a.id(), "unknown");
            if (!side.equals("unknown")) {
                bySide.computeIfAbsent(side, k -> new ArrayList<>()).addAll(terms(a));
            }
        }
        if (bySide.size() < 2) {
            return List.of();
        }
        Map<String, Integer> prior = new HashMap<>();
        int priorTotal = 0;
        for (AnnotatedArticle a : background) {
            for (Occurrence o : terms(a)) {
                prior.merge(o.term, 1, Integer::sum);
                priorTotal++;
            }
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        bySide.forEach((side, occ) -> {
            Map<String, Integer> c = new HashMap<>();
            occ.forEach(o -> c.merge(o.term, 1, Integer::sum));
            counts.put(side, c);
            totals.put(side, occ.size());
        });
        List<FramingTerm> out = new ArrayList<>();
        for (String side : bySide.keySet()) {
            Map<String, Integer> mine = counts.get(side);
            Map<String, Integer> rest = new HashMap<>();
            int restTotal = 0;
            for (String other : bySide.keySet()) {
                if (!other.equals(side)) {
                    counts.get(other).forEach((t, n) -> rest.merge(t, n, Integer::sum));
                    restTotal += totals.get(other);
                }
            }
            List<FramingTerm> sideTerms = new ArrayList<>();
            for (Map.Entry<String, Integer> e : mine.entrySet()) {
                int y1 = e.getValue();
                if (y1 < MIN_COUNT) {
                    continue;
                }
                int y2 = rest.getOrDefault(e.getKey(), 0);
                double alpha = PRIOR_SIZE * (prior.getOrDefault(e.getKey(), 0) + 1.0) / (priorTotal + prior.size() + 1.0);
                double n1 = totals.get(side);
                double delta = Math.log((y1 + alpha) / (n1 + PRIOR_SIZE - y1 - alpha))
                        - Math.log((y2 + alpha) / (restTotal + PRIOR_SIZE - y2 - alpha));
                double z = delta / Math.sqrt(1 / (y1 + alpha) + 1 / (y2 + alpha));
                if (z >= MIN_Z) {
                    List<FramingTerm.Use> uses = bySide.get(side).stream().filter(o -> o.term.equals(e.getKey()))
                            .limit(EVIDENCE).map(o -> new FramingTerm.Use(o.article, o.span)).toList();
                    sideTerms.add(new FramingTerm(side, e.getKey(), z, y1, uses));
                }
            }
            sideTerms.sort(Comparator.comparingDouble(FramingTerm::zScore).reversed().thenComparing(FramingTerm::term));
            out.addAll(dropCovered(sideTerms).stream().limit(PER_SIDE).toList());
        }
        return out;
    }

    /** A word whose every use is inside one of the side's chosen phrases adds nothing; keep the phrase. */
    private static List<FramingTerm> dropCovered(List<FramingTerm> terms) {
        List<FramingTerm> out = new ArrayList<>();
        for (FramingTerm t : terms) {
            boolean covered = !t.term().contains(" ") && terms.stream().anyMatch(p -> p.term().contains(" ")
                    && List.of(p.term().split(" ")).contains(t.term()) && p.count() >= t.count());
            if (!covered) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Occurrence> terms(AnnotatedArticle a) {
        List<Occurrence> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (!ClaimSplitter.isStatement(a, s)) {
                continue; // headings, bylines and captions are layout, not framing
            }
            Token previous = null;
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                boolean content = (t.pos().startsWith("NN") && !t.pos().startsWith("NNP") || t.pos().startsWith("JJ")
                        || t.pos().startsWith("VB")) && t.ner().equals("O") && lemma.length() > 2
                        && lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-') && !STOP.contains(lemma);
                if (!content) {
                    previous = null;
                    continue;
                }
                out.add(new Occurrence(lemma, a.id(), t.span()));
                if (previous != null && !previous.pos().startsWith("VB") && t.pos().startsWith("NN")) {
                    out.add(new Occurrence(previous.lemma().toLowerCase(Locale.ROOT) + " " + lemma, a.id(),
                            previous.span().union(t.span())));
                }
                previous = t;
            }
        }
        return out;
    }
}
