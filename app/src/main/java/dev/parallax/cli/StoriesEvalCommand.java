package dev.parallax.cli;

import dev.parallax.cluster.ArticleSignal;
import dev.parallax.cluster.BCubed;
import dev.parallax.cluster.PairScorer;
import dev.parallax.cluster.SingleLinkBaseline;
import dev.parallax.cluster.StoryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code parallax eval stories FILE.jsonl}: B-cubed precision, recall and F1 of the event stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Clusters labelled articles into event stories exactly as brief does and",
                "prints B-cubed precision, recall and F1 against the gold story ids, for",
                "events and storylines. Input: a JSONL file (one article a line, with text,",
                "title, published, outlet and a gold story id) or a CSV/TSV table with those",
                "columns. Articles whose text is identical count once. In the same run,",
                "scores a baseline: TF-IDF cosine with single link between articles at most",
                "two days apart, at its best threshold in hindsight, and every article alone."})
final class StoriesEvalCommand implements Callable<Integer> {

    @Mixin
    LabelledInput input;

    @Option(names = "--sweep", split = ",", paramLabel = "T[,T...]",
            description = "Also score these thresholds of the events' complete link: the least same-event "
                    + "probability of every pair of articles in an event (the default one is marked *).")
    List<Double> sweep = List.of();

    @Option(names = "--errors", description = "Also list, at the default threshold, each gold story split over "
            + "several events and each event mixing gold stories, with the articles' days and titles.")
    boolean errors;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final int BASELINE_WINDOW_DAYS = 2;

    @Override
    public Integer call() throws IOException {
        LabelledSignals labelled = input.read(spec.commandLine());
        Map<String, Map<String, Integer>> terms = new HashMap<>();
        labelled.signals().forEach(a -> terms.put(a.id(), a.terms()));
        return score(labelled.signals(), terms, labelled.gold(), labelled.articles());
    }

    private int score(List<ArticleSignal> signals, Map<String, Map<String, Integer>> terms, Map<String, String> gold,
                      int articles) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "corpus        %s: %d articles with text, %d labelled, %d gold stories%n", input.file,
                articles, gold.size(), gold.values().stream().distinct().count());
        List<Double> thresholds = new ArrayList<>();
        thresholds.add(StoryIndex.Settings.DEFAULT.regroupThreshold());
        sweep.stream().filter(t -> !thresholds.contains(t)).forEach(thresholds::add);
        for (double t : thresholds) {
            LabelledSignals.Clustering clustering = LabelledSignals.Clustering.of(signals, t, PairScorer.bundled());
            Map<String, String> predicted = clustering.events();
            Map<String, String> storylines = clustering.storylines();
            BCubed score = BCubed.score(predicted, gold);
            out.printf(Locale.ROOT, "threshold %.2f%s  B-cubed P %.3f  R %.3f  F1 %.3f  (%d stories)%n", t,
                    t == StoryIndex.Settings.DEFAULT.regroupThreshold() ? "*" : " ", score.precision(),
                    score.recall(), score.f1(), clustering.eventCount());
            if (t == StoryIndex.Settings.DEFAULT.regroupThreshold()) {
                BCubed lines = BCubed.score(storylines, gold);
                out.printf(Locale.ROOT, "storylines      B-cubed P %.3f  R %.3f  F1 %.3f  (%d storylines; the events' grouping,"
                                + " scored against the same gold)%n", lines.precision(), lines.recall(), lines.f1(),
                        storylines.values().stream().distinct().count());
                if (errors) {
                    printErrors(out, signals, predicted, gold);
                }
            }
        }
        SingleLinkBaseline baseline = new SingleLinkBaseline(signals.stream().map(a -> new SingleLinkBaseline.Item(
                a.id(), a.published(), terms.getOrDefault(a.id(), Map.of()))).toList(), BASELINE_WINDOW_DAYS);
        double bestThreshold = 0;
        BCubed best = null;
        for (int step = 1; step < 40; step++) {
            double t = step * 0.025;
            BCubed s = BCubed.score(baseline.cluster(t), gold);
            if (best == null || s.f1() > best.f1()) {
                best = s;
                bestThreshold = t;
            }
        }
        out.printf(Locale.ROOT, "baseline %.3f   B-cubed P %.3f  R %.3f  F1 %.3f  (TF-IDF cosine, single link within %d days,"
                        + " best of thresholds 0.025..0.975 in hindsight)%n", bestThreshold, best.precision(), best.recall(),
                best.f1(), BASELINE_WINDOW_DAYS);
        Map<String, String> alone = new HashMap<>();
        signals.forEach(a -> alone.put(a.id(), a.id()));
        BCubed singletons = BCubed.score(alone, gold);
        out.printf(Locale.ROOT, "alone          B-cubed P %.3f  R %.3f  F1 %.3f  (every article a story of its own)%n",
                singletons.precision(), singletons.recall(), singletons.f1());
        out.flush();
        return ExitCodes.OK;
    }

    /** Gold stories split over predicted ones, then predicted stories mixing gold ones, one article a line. */
    private static void printErrors(PrintWriter out, List<ArticleSignal> signals, Map<String, String> predicted,
                                    Map<String, String> gold) {
        Map<String, ArticleSignal> byId = new HashMap<>();
        signals.forEach(a -> byId.put(a.id(), a));
        Map<String, TreeSet<String>> goldGroups = new TreeMap<>();
        Map<String, TreeSet<String>> predictedGroups = new TreeMap<>();
        gold.forEach((id, label) -> {
            goldGroups.computeIfAbsent(label, k -> new TreeSet<>()).add(id);
            predictedGroups.computeIfAbsent(predicted.getOrDefault(id, id), k -> new TreeSet<>()).add(id);
        });
        goldGroups.forEach((label, ids) -> {
            if (ids.stream().map(id -> predicted.getOrDefault(id, id)).distinct().count() > 1) {
                out.printf("split  gold %s%n", label);
                ids.forEach(id -> out.printf("         %-12s %s%n", predicted.getOrDefault(id, id), describe(byId.get(id))));
            }
        });
        predictedGroups.forEach((story, ids) -> {
            if (ids.stream().map(gold::get).distinct().count() > 1) {
                out.printf("mixed  predicted %s%n", story);
                ids.forEach(id -> out.printf("         %-12s %s%n", gold.get(id), describe(byId.get(id))));
            }
        });
    }

    private static String describe(ArticleSignal a) {
        return a == null ? "?" : a.published().map(Object::toString).orElse("undated   ") + "  " + a.title();
    }
}
