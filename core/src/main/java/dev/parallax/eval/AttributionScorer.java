package dev.parallax.eval;

import dev.parallax.attribute.QuoteFinder;
import dev.parallax.attribute.Quotation;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Scores predicted attributions against gold ones for one text. A predicted content matches a gold content when
 * each covers at least half of the other's characters; the attribution is right when, in addition, the predicted
 * source overlaps the gold source (or both have none). Matching is one to one, largest overlaps first. A gold
 * attribution counts as a direct quotation when at least 80% of its content's letters lie between quotation marks.
 */
public final class AttributionScorer {

    private static final double DIRECT_SHARE = 0.8;

    public AttributionScore score(String text, List<PredictedAttribution> predicted, List<BratAttribution> gold) {
        List<Span> quoted = new ArrayList<>();
        for (Quotation q : new QuoteFinder().find(text, "gold").quotations()) {
            quoted.add(q.span());
        }
        List<BratAttribution> goldDirect = gold.stream().filter(g -> quotedShare(text, g.content(), quoted)
                >= DIRECT_SHARE).toList();
        List<PredictedAttribution> predictedDirect = predicted.stream().filter(PredictedAttribution::direct).toList();

        AttributionScore.Counts content = count(predicted, gold, AttributionScorer::contentMatches);
        AttributionScore.Counts both = count(predicted, gold, (p, g) -> contentMatches(p, g) && sourceMatches(p, g));
        AttributionScore.Counts direct = count(predictedDirect, goldDirect, AttributionScorer::contentMatches);
        AttributionScore.Counts directBoth = count(predictedDirect, goldDirect,
                (p, g) -> contentMatches(p, g) && sourceMatches(p, g));

        int found = 0;
        int right = 0;
        int[] assignment = match(predicted, goldDirect, AttributionScorer::contentMatches);
        for (int g = 0; g < goldDirect.size(); g++) {
            if (assignment[g] >= 0) {
                found++;
                if (sourceMatches(predicted.get(assignment[g]), goldDirect.get(g))) {
                    right++;
                }
            }
        }
        return new AttributionScore(content, both, direct, directBoth, goldDirect.size(), found, right);
    }

    /**
     * Another annotator's attributions of the same text, scored as predictions against the gold: how far two people
     * agree under this scorer. A statement of theirs counts as a direct quotation by the gold's rule, and its source
     * is its source's fragments from first to last.
     */
    public AttributionScore scoreAnnotator(String text, List<BratAttribution> other, List<BratAttribution> gold) {
        List<Span> quoted = new ArrayList<>();
        for (Quotation q : new QuoteFinder().find(text, "gold").quotations()) {
            quoted.add(q.span());
        }
        List<PredictedAttribution> predicted = other.stream().map(o -> new PredictedAttribution(o.content(),
                o.source().isEmpty() ? Optional.empty()
                        : Optional.of(new Span(o.source().getFirst().start(), o.source().getLast().end())),
                quotedShare(text, o.content(), quoted) >= DIRECT_SHARE)).toList();
        return score(text, predicted, gold);
    }

    /** For each predicted attribution, whether its content is matched to a gold content (one to one). */
    public boolean[] matchedContents(List<PredictedAttribution> predicted, List<BratAttribution> gold) {
        boolean[] out = new boolean[predicted.size()];
        for (int p : match(predicted, gold, AttributionScorer::contentMatches)) {
            if (p >= 0) {
                out[p] = true;
            }
        }
        return out;
    }

    /**
     * For each predicted attribution, whether it is matched to a gold attribution with its source too (one to one,
     * as content + source F1 counts it).
     */
    public boolean[] matchedWithSources(List<PredictedAttribution> predicted, List<BratAttribution> gold) {
        boolean[] out = new boolean[predicted.size()];
        for (int p : match(predicted, gold, (a, b) -> contentMatches(a, b) && sourceMatches(a, b))) {
            if (p >= 0) {
                out[p] = true;
            }
        }
        return out;
    }

    private static AttributionScore.Counts count(List<PredictedAttribution> predicted, List<BratAttribution> gold,
                                                 BiPredicate<PredictedAttribution, BratAttribution> matches) {
        int[] assignment = match(predicted, gold, matches);
        int matched = 0;
        for (int a : assignment) {
            if (a >= 0) {
                matched++;
            }
        }
        return new AttributionScore.Counts(predicted.size(), gold.size(), matched);
    }

    /** For each gold item, the index of the predicted item matched to it, or -1. */
    private static int[] match(List<PredictedAttribution> predicted, List<BratAttribution> gold,
                               BiPredicate<PredictedAttribution, BratAttribution> matches) {
        record Pair(int p, int g, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                if (matches.test(predicted.get(p), gold.get(g))) {
                    pairs.add(new Pair(p, g, overlap(predicted.get(p).content(), gold.get(g).content())));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        int[] byGold = new int[gold.size()];
        java.util.Arrays.fill(byGold, -1);
        boolean[] used = new boolean[predicted.size()];
        for (Pair pair : pairs) {
            if (byGold[pair.g] < 0 && !used[pair.p]) {
                byGold[pair.g] = pair.p;
                used[pair.p] = true;
            }
        }
        return byGold;
    }

    static boolean contentMatches(PredictedAttribution p, BratAttribution g) {
        int shared = overlap(p.content(), g.content());
        return shared * 2 >= length(p.content()) && shared * 2 >= length(g.content()) && shared > 0;
    }

    static boolean sourceMatches(PredictedAttribution p, BratAttribution g) {
        if (g.source().isEmpty() || p.source().isEmpty()) {
            return g.source().isEmpty() && p.source().isEmpty();
        }
        Span s = p.source().get();
        return g.source().stream().anyMatch(s::overlaps);
    }

    private static int overlap(List<Span> a, List<Span> b) {
        int n = 0;
        for (Span x : merged(a)) {
            for (Span y : merged(b)) {
                n += x.overlap(y);
            }
        }
        return n;
    }

    private static int length(List<Span> spans) {
        return merged(spans).stream().mapToInt(Span::length).sum();
    }

    /** The spans with overlaps joined, so no character counts twice. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && out.getLast().end() >= s.start()) {
                out.set(out.size() - 1, out.getLast().union(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static double quotedShare(String text, List<Span> content, List<Span> quoted) {
        int letters = 0;
        int inside = 0;
        for (Span c : content) {
            for (int i = c.start(); i < c.end() && i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    letters++;
                    for (Span q : quoted) {
                        if (q.start() <= i && i < q.end()) {
                            inside++;
                            break;
                        }
                    }
                }
            }
        }
        return letters == 0 ? 0 : (double) inside / letters;
    }

}
