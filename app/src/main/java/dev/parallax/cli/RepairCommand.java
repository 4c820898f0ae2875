package dev.parallax.cli;

import dev.parallax.core.Problem;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.pipeline.CorpusRepair;
import dev.parallax.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code parallax repair}: the corpus index rebuilt from the raw inputs kept beside it. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Rebuilds the corpus index from the raw inputs kept in DIR/raw (after a damaged index,",
                "e.g. a disk error): the old index is moved aside to DIR/index.damaged-TIME, never deleted; every",
                "kept input is analysed again and the stories are briefed again (as long as ingesting them all).",
                "Exit code: 0 every kept input restored, 1 some kept input was missing or damaged."})
final class RepairCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Mixin
    PerspectiveOptions sides;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(sides.resolver(spec));
        CorpusRepair.Result r = new CorpusRepair(pipeline, pipeline::analyse, new BgeSmallEmbedder(), 16,
                Clock.systemUTC()).repair(corpus.data, ProgressBars.onStderr(quiet));
        r.movedAside().ifPresent(p -> out.println("moved the old index to " + p + " (delete it once satisfied)"));
        out.printf("restored %d kept inputs: %d articles (analysed %d); briefing version %d: %d stories%n", r.kept(),
                r.report().added(), r.report().analysed(), r.update().version().number(), r.update().stories());
        for (Problem p : r.report().problems()) {
            err.println("parallax: " + p);
        }
        out.flush();
        err.flush();
        return ExitCodes.of(false, r.report().problems());
    }
}
