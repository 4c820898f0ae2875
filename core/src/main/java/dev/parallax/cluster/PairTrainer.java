package dev.parallax.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link PairScorer} on labelled articles. Reads: article signals and a gold story id for each. Adds: one
 * example for every pair of labelled articles published at most {@link #WINDOW_DAYS} days apart (the pairs the
 * {@link StoryIndex} can compare), positive when both carry the same gold id, with term and entity rarities counted
 * over the given articles. Deterministic: pairs are taken in canonical order (by day, then id), whatever the input
 * order. Bad input: articles without a gold id are left out; a set with no pair of the same story, or none of
 * different stories, is refused with the reason.
 */
public final class PairTrainer {

    /** Most days between the two articles of a training pair. */
    public static final int WINDOW_DAYS = 7;

    /** The training examples: features and labels, in canonical order. */
    public record Examples(List<PairFeatures> pairs, List<Boolean> same) {
        public Examples {
            pairs = List.copyOf(pairs);
            same = List.copyOf(same);
        }

        public long positives() {
            return same.stream().filter(b -> b).count();
        }
    }

    /** The examples of the labelled articles among the signals. */
    public Examples examples(List<ArticleSignal> signals, Map<String, String> gold) {
        List<ArticleSignal> labelled = new ArrayList<>(signals.stream().filter(s -> gold.containsKey(s.id())).toList());
        labelled.sort(Comparator.comparing((ArticleSignal a) -> a.published().orElse(LocalDate.MAX))
                .thenComparing(ArticleSignal::id));
        Rarity rarity = Rarity.of(labelled.stream().map(a -> List.copyOf(PairFeatures.rarityKeys(a))).toList());
        List<PairFeatures.Side> sides = labelled.stream().map(PairFeatures.Side::of).toList();
        List<PairFeatures> pairs = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                if (!near(labelled.get(i), labelled.get(j))) {
                    continue;
                }
                pairs.add(PairFeatures.of(sides.get(i), sides.get(j), rarity));
                same.add(gold.get(labelled.get(i).id()).equals(gold.get(labelled.get(j).id())));
            }
        }
        return new Examples(pairs, same);
    }

    /** A scorer trained on the labelled articles among the signals. */
    public PairScorer train(List<ArticleSignal> signals, Map<String, String> gold) {
        Examples e = examples(signals, gold);
        return PairScorer.train(e.pairs(), e.same());
    }

    private static boolean near(ArticleSignal a, ArticleSignal b) {
        if (a.published().isEmpty() || b.published().isEmpty()) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get())) <= WINDOW_DAYS;
    }
}
