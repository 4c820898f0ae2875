package dev.parallax.cli;

import dev.parallax.cluster.ArticleSignal;
import dev.parallax.cluster.BCubed;
import dev.parallax.cluster.PairFeatures;
import dev.parallax.cluster.PairScorer;
import dev.parallax.cluster.PairTrainer;
import dev.parallax.cluster.StoryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code parallax train stories FILE.jsonl --out MODEL}: trains the same-event pair scorer of story clustering. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Trains the pair scorer that decides whether two articles report the same",
                "event (logistic regression over embedding, title, term, entity, number and",
                "day features) on labelled articles (the input of 'eval stories'), and writes",
                "the model. Prints the model's weights and, over a sweep of the events'",
                "complete-link threshold, the B-cubed scores of the events it clusters: in sample and, with",
                "--cross-validate, on the half of the stories (split by date) that the model",
                "trained on the other half did not see."})
final class TrainStoriesCommand implements Callable<Integer> {

    @Mixin
    LabelledInput input;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--cross-validate", description = "Also train on the earlier half of the gold stories (by their "
            + "first day) and score the later half, and the other way round.")
    boolean crossValidate;

    @Option(names = "--sweep", split = ",", paramLabel = "T[,T...]",
            defaultValue = "0.15,0.2,0.25,0.3,0.35,0.4,0.5",
            description = "Thresholds of the events' complete link to score (default: ${DEFAULT-VALUE}).")
    List<Double> sweep;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LabelledSignals labelled = input.read(spec.commandLine());
        PrintWriter o = spec.commandLine().getOut();
        List<ArticleSignal> signals = labelled.signals();
        Map<String, String> gold = labelled.gold();
        PairTrainer trainer = new PairTrainer();
        PairTrainer.Examples examples = trainer.examples(signals, gold);
        PairScorer scorer = PairScorer.train(examples.pairs(), examples.same());
        o.printf(Locale.ROOT, "corpus   %s: %d labelled articles, %d gold stories; %d pairs within %d days, %d of "
                        + "the same story%n", input.file, gold.size(), gold.values().stream().distinct().count(),
                examples.pairs().size(), PairTrainer.WINDOW_DAYS, examples.positives());
        double[] w = scorer.weights();
        StringBuilder weights = new StringBuilder();
        int perFeature = (w.length - 1) / PairFeatures.NAMES.size();
        for (int i = 0; i < PairFeatures.NAMES.size(); i++) {
            weights.append(' ').append(PairFeatures.NAMES.get(i));
            for (int k = 0; k < perFeature; k++) {
                weights.append(String.format(Locale.ROOT, " %+.2f", w[i * perFeature + k]));
            }
            weights.append(';');
        }
        o.printf(Locale.ROOT, "weights %s, bias %+.3f%n", weights, w[w.length - 1]);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            scorer.save(writer);
        }
        o.printf("model    written to %s%n", out);
        sweep(o, "in sample", scorer, signals, gold);
        if (crossValidate) {
            List<Set<String>> halves = halvesByDate(signals, gold);
            for (int k = 0; k < 2; k++) {
                Set<String> train = halves.get(k);
                Set<String> test = halves.get(1 - k);
                PairScorer fold;
                try {
                    fold = trainer.train(signals.stream().filter(s -> train.contains(s.id())).toList(), gold);
                } catch (IllegalArgumentException e) {
                    o.printf("cannot cross-validate: on the %s half, %s%n", k == 0 ? "earlier" : "later", e.getMessage());
                    break;
                }
                sweep(o, k == 0 ? "trained on the earlier half, scored on the later"
                                : "trained on the later half, scored on the earlier", fold,
                        signals.stream().filter(s -> test.contains(s.id())).toList(), gold);
            }
        }
        o.flush();
        return ExitCodes.OK;
    }

    /** B-cubed scores of the events clustered with the scorer at each threshold. */
    private void sweep(PrintWriter o, String label, PairScorer scorer, List<ArticleSignal> signals,
                       Map<String, String> gold) {
        Map<String, String> labelled = new HashMap<>();
        signals.forEach(s -> {
            if (gold.containsKey(s.id())) {
                labelled.put(s.id(), gold.get(s.id()));
            }
        });
        o.printf(Locale.ROOT, "%s (%d articles, %d gold stories)%n", label, labelled.size(),
                labelled.values().stream().distinct().count());
        for (double t : sweep) {
            LabelledSignals.Clustering clustering = LabelledSignals.Clustering.of(signals, t, scorer);
            BCubed e = BCubed.score(clustering.events(), labelled);
            BCubed l = BCubed.score(clustering.storylines(), labelled);
            o.printf(Locale.ROOT, "  threshold %.2f%s  events P %.3f  R %.3f  F1 %.3f   storylines P %.3f  R %.3f  "
                            + "F1 %.3f%n", t, t == StoryIndex.Settings.DEFAULT.regroupThreshold() ? "*" : " ",
                    e.precision(), e.recall(), e.f1(), l.precision(), l.recall(), l.f1());
        }
    }

    /**
     * The article ids of the earlier and the later half of the gold stories, ordered by their first day (then id),
     * so that no story is in both halves and the later half is later news.
     */
    private static List<Set<String>> halvesByDate(List<ArticleSignal> signals, Map<String, String> gold) {
        Map<String, LocalDate> first = new TreeMap<>();
        for (ArticleSignal s : signals) {
            String story = gold.get(s.id());
            if (story != null) {
                LocalDate day = s.published().orElse(LocalDate.MAX);
                first.merge(story, day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<String> stories = new ArrayList<>(first.keySet());
        stories.sort(Comparator.comparing((String st) -> first.get(st)).thenComparing(st -> st));
        Set<String> earlier = new HashSet<>(stories.subList(0, stories.size() / 2));
        Set<String> a = new HashSet<>();
        Set<String> b = new HashSet<>();
        for (ArticleSignal s : signals) {
            String story = gold.get(s.id());
            if (story != null) {
                (earlier.contains(story) ? a : b).add(s.id());
            }
        }
        return List.of(a, b);
    }
}
