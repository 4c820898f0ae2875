package dev.parallax.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin 1998): per item, the share
 * of its predicted cluster that shares its gold label (precision) and the share of its gold cluster that shares its
 * predicted cluster (recall), averaged over items. Items missing from the prediction count as singletons.
 */
public record BCubed(double precision, double recall, double f1, int items) {

    /** Scores {@code predicted} (item → cluster) against {@code gold} (item → label), over the gold items. */
    public static BCubed score(Map<String, String> predicted, Map<String, String> gold) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no gold items to score against");
        }
        Map<String, String> pred = new HashMap<>();
        gold.keySet().forEach(i -> pred.put(i, predicted.getOrDefault(i, "\u0000singleton:" + i)));
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String i : gold.keySet()) {
            clusterSize.merge(pred.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(pred.get(i) + "\u0001" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String i : gold.keySet()) {
            int shared = both.get(pred.get(i) + "\u0001" + gold.get(i));
            p += (double) shared / clusterSize.get(pred.get(i));
            r += (double) shared / goldSize.get(gold.get(i));
        }
        p /= gold.size();
        r /= gold.size();
        return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold.size());
    }
}
