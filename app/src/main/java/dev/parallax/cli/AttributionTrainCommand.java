package dev.parallax.cli;

import dev.parallax.attribute.Attributor;
import dev.parallax.attribute.ContentEnds;
import dev.parallax.attribute.CueDetector;
import dev.parallax.eval.AnnotationCache;
import dev.parallax.eval.AttributionEvaluation;
import dev.parallax.eval.AttributionScore;
import dev.parallax.eval.AttributionTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code parallax train attribution}: the attributor's learned cue detector, content ends and filter, from brat gold. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Trains the attributor's learned parts on gold data laid out like PolNeAR "
                + "(GOLD_DIR/text/NAME.txt, GOLD_DIR/attributions/NAME_ANNOTATOR.ann) and writes each as a text "
                + "model file: with --source-nouns-out the nouns that can speak (a word list), with --cue-out the cue detector (which verbs outside the lexicon, or outside the frames "
                + "the rules read, and which nouns with a complement are cues), with --ends-out the content ends "
                + "(where each reported statement's content ends, among the ends its parse allows), with --out the "
                + "filter (which of the attributions found a reader would mark with the source found). Train them in this "
                + "order, each after the one before is in place: each learns from what the parts before it find.",
                "Deterministic: the same texts give the same model. --hold-out texts (spread evenly over the name "
                        + "order) are left out of training and scored with and without the model; each model's "
                        + "threshold is the one that scores best on them (content + source F1).",
                "To use a model in Parallax, copy it over core/src/main/resources/dev/parallax/attribute/"
                        + CueDetector.MODEL + " (or " + ContentEnds.MODEL + ", " + Attributor.FILTER_MODEL
                        + ", words/source-nouns.txt) and rebuild (see docs/attribution.md).",
                "",
                "Exit codes: 0 trained, 1 some texts could not be read, 2 bad usage or not a gold directory."})
final class AttributionTrainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD_DIR", description = "Directory with text/ and attributions/.")
    private Path gold;

    @Option(names = "--out", paramLabel = "MODEL", description = "Train the filter and write it to MODEL.")
    private Path out;

    @Option(names = "--cue-out", paramLabel = "MODEL", description = "Train the cue detector and write it to "
            + "MODEL.")
    private Path cueOut;

    @Option(names = "--ends-out", paramLabel = "MODEL", description = "Train the content ends and write them to "
            + "MODEL.")
    private Path endsOut;

    @Option(names = "--source-nouns-out", paramLabel = "FILE", description = "Write the common nouns that head at "
            + "least " + SOURCE_NOUN_MINIMUM + " gold sources and that the lexicon's hand-made lists lack, as a word "
            + "list (the people and things the annotators let speak; the rules take them as able to take a stance).")
    private Path sourceNounsOut;

    /** How many gold sources a noun must head to be listed: fewer is as likely a parse's slip as a speaker. */
    static final int SOURCE_NOUN_MINIMUM = 3;

    @Option(names = "--hold-out", paramLabel = "N", description = "Texts kept out of training and scored "
            + "(default: ${DEFAULT-VALUE}).")
    private int holdOut = 80;

    @Option(names = "--limit", paramLabel = "N", description = "Train on at most N of the other texts, spread "
            + "evenly over the name order (default: all).")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--cache", paramLabel = "DIR", description = {"Keep CoreNLP's annotations of the texts in DIR "
            + "and reuse them on the next run (as in 'eval attribution --cache')."})
    private Path cache;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        Optional<List<AttributionEvaluation.GoldDocument>> loaded =
                AttributionEvalCommand.gold(gold, "train attribution", err, problems);
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (out == null && cueOut == null && endsOut == null && sourceNounsOut == null) {
            err.println("parallax train attribution: nothing to train: give --source-nouns-out FILE (the nouns "
                    + "that can speak), --cue-out MODEL (the cue detector), --ends-out MODEL (the content ends), "
                    + "--out MODEL (the filter), or several");
            return ExitCodes.USAGE;
        }
        List<AttributionEvaluation.GoldDocument> documents = loaded.get();
        if (documents.size() <= holdOut) {
            err.println("parallax train attribution: " + documents.size() + " annotated texts in " + gold
                    + " leave nothing to train on after holding out " + holdOut);
            return ExitCodes.USAGE;
        }
        String made = "Made by: parallax train attribution " + gold.getFileName() + " --hold-out " + holdOut
                + (limit == Integer.MAX_VALUE ? "" : " --limit " + limit);
        String data = "Data: " + documents.size() + " texts of " + gold.getFileName() + " (PolNeAR's train split "
                + "when made for the repository), " + holdOut + " of them held out (spread evenly over the name "
                + "order), " + Math.min(limit, documents.size() - holdOut) + " of the others trained on.";
        String thresholded = "Logistic regression (CoreNLP LinearClassifierFactory, sigma 1); threshold: best "
                + "content + source F1 on the held-out texts; see docs/attribution.md.";
        java.util.function.Consumer<String> progress = line -> {
            err.println("parallax train attribution: " + line);
            err.flush();
        };
        AttributionEvaluation annotator = new AttributionEvaluation(Attributor.unfiltered(),
                Optional.ofNullable(cache).map(AnnotationCache::new));
        if (sourceNounsOut != null) {
            AttributionTrainer.SourceNouns t = new AttributionTrainer(annotator).sourceNouns(documents, holdOut, limit,
                    SOURCE_NOUN_MINIMUM, progress);
            problems.addAll(t.problems());
            StringBuilder list = new StringBuilder();
            list.append("# Common nouns that head at least ").append(SOURCE_NOUN_MINIMUM).append(" gold sources and that "
                    + "the hand-made lists (role, group, document,\n# anonymous and media nouns) lack: the people and "
                    + "things the annotators let speak. The rules take them\n# as able to take a stance. Each with the "
                    + "number of gold sources it heads.\n");
            list.append("# ").append(made).append(" --source-nouns-out FILE\n");
            list.append("# ").append(data).append("\n");
            t.nouns().forEach((noun, n) -> list.append(noun).append(" # ").append(n).append('\n'));
            if (!write(sourceNounsOut, list.toString(), err)) {
                return ExitCodes.FAILED;
            }
            stdout.printf(Locale.ROOT, "Source nouns from %d texts: %d gold sources read, %d nouns head at least %d "
                            + "of them beyond the hand-made lists. Wrote %s.%n%n", t.trainingTexts(), t.sources(),
                    t.nouns().size(), SOURCE_NOUN_MINIMUM, sourceNounsOut);
        }
        if (cueOut != null) {
            AttributionTrainer.TrainedCues t = new AttributionTrainer(annotator).trainCues(documents, holdOut, limit,
                    List.of("Parallax cue detector: P(a verb outside the cue lexicon, a lexicon verb outside the rules' frames, "
                            + "or a noun with a complement is an attribution's cue).",
                            made + " --cue-out MODEL", data,
                            thresholded),
                    progress);
            problems.addAll(t.problems());
            if (!write(cueOut, t.model().format(), err)) {
                return ExitCodes.FAILED;
            }
            stdout.printf(Locale.ROOT, "Cue detector trained on %d texts: %d candidate verbs and nouns, %d of them "
                            + "cues; %d features, threshold %.2f. Wrote %s.%n%n", t.trainingTexts(), t.examples(),
                    t.positives(), t.model().weights().size(), t.model().threshold(), cueOut);
            heldOut(stdout, t.heldOut(), "held out, lexicon rules", "held out, with cues");
        }
        if (endsOut != null) {
            AttributionTrainer.TrainedEnds t = new AttributionTrainer(annotator).trainEnds(documents, holdOut, limit,
                    List.of("Parallax content ends: P(a reported statement's content ends here) of each end its "
                                    + "parse allows; the rules' end stays unless another scores at least the "
                                    + "threshold and more than it.",
                            made + " --ends-out MODEL", data,
                            thresholded),
                    progress);
            problems.addAll(t.problems());
            if (!write(endsOut, t.model().format(), err)) {
                return ExitCodes.FAILED;
            }
            stdout.printf(Locale.ROOT, "Content ends trained on %d texts: %d contents with %d possible ends, %d of "
                            + "them the gold end; %d features, threshold %.2f. Wrote %s.%n%n", t.trainingTexts(),
                    t.choices(), t.examples(), t.positives(), t.model().weights().size(), t.model().threshold(),
                    endsOut);
            heldOut(stdout, t.heldOut(), "held out, rules' ends", "held out, learned ends");
        }
        if (out == null) {
            problems.forEach(p -> err.println("parallax train attribution: " + p));
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
        List<String> comments = List.of(
                "Parallax attribution filter: P(a reader marks this content with this source) of each attribution the "
                        + "rules, cue detector and content ends find.",
                "Made by: parallax train attribution " + gold.getFileName() + " --hold-out " + holdOut
                        + (limit == Integer.MAX_VALUE ? "" : " --limit " + limit) + " --out MODEL",
                "Data: " + documents.size() + " texts of " + gold.getFileName() + " (PolNeAR's train split when "
                        + "made for the repository), " + holdOut + " of them held out (spread evenly over the name "
                        + "order), " + Math.min(limit, documents.size() - holdOut) + " of the others trained on.",
                "Logistic regression (CoreNLP LinearClassifierFactory, sigma 0.3); see docs/attribution.md.");
        AttributionTrainer.Trained t = new AttributionTrainer(annotator).train(documents, holdOut, limit, comments,
                progress);
        problems.addAll(t.problems());
        problems.forEach(p -> err.println("parallax train attribution: " + p));
        if (!write(out, t.model().format(), err)) {
            return ExitCodes.FAILED;
        }
        stdout.printf(Locale.ROOT, "Trained on %d texts: %d attributions found without the filter, %d of them right "
                        + "(content and source); %d features, threshold %.2f (chosen on the held-out texts). Wrote %s.%n%n",
                t.trainingTexts(), t.examples(), t.positives(), t.model().weights().size(), t.model().threshold(), out);
        heldOut(stdout, t.heldOut(), "held out, unfiltered", "held out, filtered");
        stdout.printf(Locale.ROOT, "%-28s %-26s %6s %6s %6s   %s%n", "texts", "measure", "P", "R", "F1",
                "predicted/gold/matched");
        rows(stdout, "training, filtered", t.trainingModel());
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static boolean write(Path file, String model, PrintWriter err) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, model, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("parallax train attribution: cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** Content + source F1 on the held-out texts at each threshold, then the figures before and with the model. */
    private static void heldOut(PrintWriter out, AttributionTrainer.HeldOut held, String beforeLabel,
                                String withLabel) {
        out.printf(Locale.ROOT, "%-28s %-26s %6s %6s %6s%n", "held out, threshold", "measure", "P", "R", "F1");
        held.byThreshold().forEach((threshold, s) -> out.printf(Locale.ROOT, "%-28s %-26s %6.3f %6.3f %6.3f%n",
                String.format(Locale.ROOT, "%.2f", threshold), "content+source", s.contentSource().precision(),
                s.contentSource().recall(), s.contentSource().f1()));
        out.println();
        out.printf(Locale.ROOT, "%-28s %-26s %6s %6s %6s   %s%n", "texts", "measure", "P", "R", "F1",
                "predicted/gold/matched");
        rows(out, beforeLabel, held.before());
        rows(out, withLabel, held.chosen());
        out.println();
    }

    private static void rows(PrintWriter out, String texts, AttributionScore s) {
        row(out, texts, "content", s.content());
        row(out, texts, "content+source", s.contentSource());
        row(out, texts, "direct: content", s.direct());
        out.printf(Locale.ROOT, "%-28s %-26s %6.3f %20s   %d of %d found direct quotes%n", texts,
                "direct: speaker accuracy", s.directSpeakerAccuracy(), "", s.directSpeakerRight(), s.directFound());
    }

    private static void row(PrintWriter out, String texts, String measure, AttributionScore.Counts c) {
        out.printf(Locale.ROOT, "%-28s %-26s %6.3f %6.3f %6.3f   %d/%d/%d%n", texts, measure, c.precision(),
                c.recall(), c.f1(), c.predicted(), c.gold(), c.matched());
    }
}
