package dev.parallax.cli;

import dev.parallax.attribute.Attributor;
import dev.parallax.eval.AnnotationCache;
import dev.parallax.eval.AttributionEvaluation;
import dev.parallax.eval.AttributionScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code parallax eval attribution}: precision, recall and F1 of who-said-what against brat standoff gold. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Scores attribution (quotes, reported speech, speakers) against gold data in brat standoff, "
                + "laid out like PolNeAR: GOLD_DIR/text/NAME.txt and GOLD_DIR/attributions/NAME_ANNOTATOR.ann with "
                + "Source, Cue and Content annotations tied by Attribution events.",
                "When several annotators annotated a text, the first .ann file in name order is its gold.",
                "A predicted content matches a gold content when each covers at least half of the other's "
                        + "characters; an attribution is right when its source span also overlaps the gold source. "
                        + "Direct quotations: gold contents at least 80%% inside quotation marks.",
                "CoreNLP's own quote attribution runs on the same texts as the baseline (--no-baseline skips it).",
                "",
                "Exit codes: 0 scored, 1 some texts could not be read, 2 bad usage or not a gold directory."})
final class AttributionEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD_DIR", description = "Directory with text/ and attributions/.")
    private Path gold;

    @Option(names = "--no-baseline", description = "Do not run CoreNLP's quote attribution for comparison.")
    private boolean noBaseline;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N texts (for a quick look).")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--cache", paramLabel = "DIR", description = {"Keep CoreNLP's annotations of the texts in DIR "
            + "and reuse them on the next run (keyed by text and CoreNLP settings; delete DIR after changing the "
            + "annotation code). Parsing time is then the time to read them."})
    private Path cache;

    @Option(names = "--no-filter", description = "Score the rules, learned cue detector and content ends without the "
            + "learned filter that follows them (see docs/attribution.md); without it, all of them, as the pipeline "
            + "runs them.")
    private boolean noFilter;

    @Option(names = "--no-cues", description = "Score the rules with the cue lexicon alone, without the learned "
            + "cue detector, content ends and filter (for comparison).")
    private boolean noCues;

    @Option(names = "--annotators", description = "Also score how the annotators agree: on the texts that several "
            + "annotated, every other annotator's attributions against the text's gold, as Parallax is scored (the "
            + "level its figures can be read against).")
    private boolean annotators;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        Optional<List<AttributionEvaluation.GoldDocument>> loaded =
                AttributionEvalCommand.gold(gold, "eval attribution", err, problems);
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        List<AttributionEvaluation.GoldDocument> documents = loaded.get();
        if (documents.isEmpty()) {
            err.println("parallax eval attribution: no annotated texts in " + gold);
            return ExitCodes.USAGE;
        }
        documents = documents.subList(0, Math.min(limit, documents.size()));
        err.println("parallax eval attribution: " + documents.size() + " texts; loading CoreNLP ...");
        err.flush();
        AttributionEvaluation.Result r = new AttributionEvaluation(
                noCues ? Attributor.rulesOnly() : noFilter ? Attributor.unfiltered() : new Attributor(),
                Optional.ofNullable(cache).map(AnnotationCache::new)).evaluate(documents, !noBaseline, line -> {
            err.println("[" + line.replaceFirst(" ", "] "));
            err.flush();
        });
        problems.addAll(r.problems());
        problems.forEach(p -> err.println("parallax eval attribution: " + p));
        out.printf(Locale.ROOT, "Attribution on %d texts of %s%n%n", r.documents(), gold);
        out.println(table(r));
        if (annotators) {
            try {
                AttributionEvaluation.Agreement a = AttributionEvaluation.agreement(documents, problems);
                if (a.texts() == 0) {
                    out.println("No text has more than one annotation file: no agreement to score.");
                } else {
                    StringBuilder t = new StringBuilder();
                    row(t, "Other annotators", a.score());
                    out.printf(Locale.ROOT, "%sHow people agree: %d other annotation files of the %d texts that "
                            + "several annotated, each scored against its text's gold.%n", t, a.annotations(), a.texts());
                }
            } catch (IOException e) {
                problems.add("annotator agreement: " + e.getMessage());
            }
        }
        out.printf(Locale.ROOT, "%nTime: parsing %.1f s, attribution %.2f s (%.1f%% of parsing)%s%n",
                r.parseNanos() / 1e9, r.attributeNanos() / 1e9,
                r.parseNanos() == 0 ? 0 : 100.0 * r.attributeNanos() / r.parseNanos(),
                r.baseline().isPresent() ? String.format(Locale.ROOT, ", CoreNLP baseline %.1f s", r.baselineNanos() / 1e9) : "");
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    static String table(AttributionEvaluation.Result r) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%-22s %-26s %6s %6s %6s   %s%n", "system", "measure", "P", "R", "F1",
                "predicted/gold/matched"));
        row(t, "Parallax", r.ours());
        r.baseline().ifPresent(b -> row(t, "CoreNLP QuoteAnnotator", b));
        return t.toString();
    }

    private static void row(StringBuilder t, String system, AttributionScore s) {
        line(t, system, "content", s.content());
        line(t, system, "content+source", s.contentSource());
        line(t, system, "direct: content", s.direct());
        line(t, system, "direct: content+source", s.directContentSource());
        t.append(String.format(Locale.ROOT, "%-22s %-26s %6.3f %20s   %d of %d found direct quotes (%d gold)%n",
                system, "direct: speaker accuracy", s.directSpeakerAccuracy(), "", s.directSpeakerRight(),
                s.directFound(), s.directGold()));
    }

    private static void line(StringBuilder t, String system, String measure, AttributionScore.Counts c) {
        t.append(String.format(Locale.ROOT, "%-22s %-26s %6.3f %6.3f %6.3f   %d/%d/%d%n", system, measure,
                c.precision(), c.recall(), c.f1(), c.predicted(), c.gold(), c.matched()));
    }

    /**
     * The annotated texts of a gold directory (brat files, as PolNeAR ships them); empty after saying on {@code err}
     * why there are none to read. Problems with single texts are added to {@code problems}.
     */
    static Optional<List<AttributionEvaluation.GoldDocument>> gold(Path dir, String command, PrintWriter err,
                                                                   List<String> problems) {
        if (!Files.isDirectory(dir)) {
            err.println("parallax " + command + ": " + dir + " is not a directory");
            return Optional.empty();
        }
        try {
            return Optional.of(AttributionEvaluation.load(dir, problems));
        } catch (IOException e) {
            err.println("parallax " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
