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
        description = {"Analyses again, from the raw inputs the corpus keeps, every article whose stored analysis is",
                "older than this version of Parallax (--all: every article), then groups the stories again and",
                "briefs them. Resumable: after a kill, run it again and it goes on where it stopped.",
                "Without a change of version it analyses nothing."})
final class ReanalyzeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @CommandLine.Mixin
    PerspectiveOptions sides;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--all", description = "Analyse every article again, whatever its analysis version.")
    boolean all;

    @Option(names = "--batch", defaultValue = "16", paramLabel = "N",
            description = "Commit every N inputs (default: ${DEFAULT-VALUE}); a kill loses at most one batch of work.")
    int batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(corpus.data)) {
            if (batch < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
            }
            int analysisThreads = threads.threads(spec);
            CorpusUpdater updater = new CorpusUpdater(new Pipeline(sides.resolver(spec), analysisThreads), index, new BgeSmallEmbedder(analysisThreads),
                    batch);
            PrintWriter err = spec.commandLine().getErr();
            IndexReport report = updater.reanalyze(all, ProgressBars.onStderr(quiet), n -> {
                err.println("parallax: committed " + n + " inputs");
                err.flush();
            });
            CorpusUpdater.Update u = updater.update(report.problems(), ProgressBars.onStderr(quiet));
            BriefingStore.Version v = u.version();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("analysed %d of %d articles again (analysis version %d); briefing version %d: %d stories"
                            + " (%d stories briefed)%n", report.analysed(), index.articleCount(),
                    Pipeline.ANALYSIS_VERSION, v.number(), v.briefing().stories().size(), u.storiesBriefed());
            out.flush();
            report.problems().forEach(p -> spec.commandLine().getErr().println("parallax: " + p));
            return ExitCodes.of(false, report.problems());
        }
    }
}
