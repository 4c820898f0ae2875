package dev.parallax.cli;

import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code parallax reanalyze}: every kept raw input through the current extraction, embedding and briefing. */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        description = {"Re-extracts, re-embeds and re-briefs the whole corpus from the raw inputs it keeps,",
                "e.g. after an upgrade. The new analysis replaces the old in one commit."})
final class ReanalyzeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @CommandLine.Mixin
    PerspectiveOptions sides;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(corpus.data)) {
            CorpusUpdater updater = new CorpusUpdater(new Pipeline(sides.briefer(spec)), index, new BgeSmallEmbedder(), 16);
            IndexReport report = updater.reanalyze(ProgressBars.onStderr(quiet));
            BriefingStore.Version v = updater.brief(report.problems(), ProgressBars.onStderr(quiet));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("reanalyzed %d inputs into %d articles; briefing version %d: %d stories%n", report.inputs(),
                    index.articleCount(), v.number(), v.briefing().stories().size());
            out.flush();
            report.problems().forEach(p -> spec.commandLine().getErr().println("parallax: " + p));
            return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
