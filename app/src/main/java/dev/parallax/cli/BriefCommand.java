package dev.parallax.cli;

import dev.parallax.brief.Briefing;
import dev.parallax.core.Problem;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code parallax brief}: a corpus in, a grounded briefing out. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Reads articles and writes a briefing: per story The News, Sources, Actors and Timeline,",
                "every sentence with the article span it comes from.",
                "Inputs: http(s) URLs of news pages, or files or directories (recursive) of .txt, .html (also .gz), .json/.jsonl records, .csv/.tsv tables",
                "(a header row, one article a row, the column names of JSON records) and RSS/Atom feeds.",
                "A metadata.csv beside text files may give each file's url, outlet, published date, author, title.",
                "Exit code: 0 all inputs read, 1 some input failed (see Problems) or none was found, 2 bad usage, 3 Parallax failed on some",
                "input (an internal error, listed under Problems; the rest was briefed)."})
final class BriefCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = "Files or directories to read, or http(s) URLs of news pages to fetch.")
    List<String> paths;

    @Option(names = "--allow-private", description = "Allow fetching URLs on loopback, private and link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|json",
            description = "Output format (default: ${DEFAULT-VALUE}). json is the versioned contract (docs/briefing-json.md).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @picocli.CommandLine.Mixin
    PerspectiveOptions sides;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Renderer renderer;
        try {
            renderer = Renderer.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Inputs inputs = new Inputs(paths);
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.reportMissing(err)) {
            return ExitCodes.FAILED;
        }
        Ingested ingested = inputs.read(new Ingester(), Inputs.fetcher(allowPrivate));
        Optional<Integer> nothing = inputs.nothingFound(ingested, err);
        if (nothing.isPresent()) {
            return nothing.get();
        }
        Pipeline pipeline = new Pipeline(sides.resolver(spec), threads.threads(spec));
        Corpus corpus = pipeline.extract(ingested);
        Briefing briefing = pipeline.brief(corpus, ProgressBars.onStderr(quiet));
        String rendered = renderer.render(briefing);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(rendered);
            stdout.flush();
        } else {
            Files.writeString(out, rendered, StandardCharsets.UTF_8);
        }
        for (Problem p : briefing.problems()) {
            err.println("parallax: " + p);
        }
        err.flush();
        return ExitCodes.of(corpus.anyInputFailed(), briefing.problems().stream().filter(Problem::isInternal).toList());
    }
}
