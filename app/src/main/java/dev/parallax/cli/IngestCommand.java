package dev.parallax.cli;

import dev.parallax.core.Problem;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.MetadataChange;
import dev.parallax.index.StoryChange;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.spark.AnalysisJob;
import dev.parallax.spark.AnalysisLoader;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code parallax ingest}: inputs into the corpus on disk, then the corpus briefing brought up to date. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds articles to the corpus directory (Apache Lucene index; the raw input is kept). Each new",
                "article is analysed once and its analysis stored; new articles join the corpus's stories (a story",
                "keeps its id), and only the stories that changed are briefed again.",
                "Idempotent and crash-safe: an input already committed is skipped; after a crash run it again.",
                "--watch DIR and --feed URL keep running and ingest what arrives (Ctrl-C stops).",
                "--analyses DIR loads the output of 'parallax spark analyze' without analysing again.",
                "Exit code: 0 all inputs read, 1 some input failed or none was found, 2 bad usage, 3 an internal error on some input."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH|URL",
            description = "Files or directories to add, or http(s) URLs of news pages to fetch.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--allow-private", description = "Allow fetching URLs on loopback, private and link-local addresses.")
    boolean allowPrivateUrls;

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--analyses", paramLabel = "DIR",
            description = "Load the analyses a Spark job wrote (its --out DIR, any Hadoop path) instead of analysing.")
    String analyses;

    @Option(names = "--watch", paramLabel = "DIR", description = "Keep watching DIR and ingest files as they appear.")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "Poll this RSS/Atom feed (repeatable).")
    List<URI> feeds = new ArrayList<>();

    @Option(names = "--every", defaultValue = "15m", paramLabel = "DURATION",
            description = "Feed polling interval: 30s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--allow-private-feeds", description = "Allow feed URLs on loopback or private addresses.")
    boolean allowPrivate;

    @Option(names = "--batch", defaultValue = "16", paramLabel = "N",
            description = "Commit every N inputs (default: ${DEFAULT-VALUE}); a crash loses at most one batch of work.")
    int batch;

    @Option(names = "--no-brief", description = "Only index; brief later (next ingest, reanalyze or serve).")
    boolean noBrief;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Mixin
    PerspectiveOptions sides;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (paths.isEmpty() && watch.isEmpty() && feeds.isEmpty() && analyses == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give a PATH, --analyses DIR, --watch DIR or --feed URL");
        }
        Duration interval = Durations.parse(every, spec);
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = new Inputs(paths);
        if (inputs.reportMissing(err)) {
            return ExitCodes.FAILED;
        }
        Ingested ingested = null;
        if (!inputs.isEmpty()) {
            ingested = inputs.read(new Ingester(), Inputs.fetcher(allowPrivateUrls));
            if (watch.isEmpty() && feeds.isEmpty() && analyses == null) {
                Optional<Integer> nothing = inputs.nothingFound(ingested, err);
                if (nothing.isPresent()) {
                    return nothing.get();
                }
            }
        }
        try (CorpusIndex index = CorpusIndex.openForWriting(corpus.data)) {
            int analysisThreads = threads.threads(spec);
            CorpusUpdater updater = new CorpusUpdater(new Pipeline(sides.resolver(spec), analysisThreads), index,
                    new BgeSmallEmbedder(analysisThreads), batch);
            int exit = ExitCodes.OK;
            if (analyses != null) {
                exit = loadAnalyses(index, out, err);
            }
            if (ingested != null) {
                IndexReport report = updater.index(ingested, ProgressBars.onStderr(quiet), n -> {
                    err.println("parallax: committed " + n + " inputs");
                    err.flush();
                });
                finish(updater, index, report, out, err);
                exit = Math.max(exit, ExitCodes.of(false, report.problems()));
            }
            if (!watch.isEmpty() || !feeds.isEmpty()) {
                new CorpusWatcher(updater, watch, feeds, interval, allowPrivate, corpus.data.resolve("feeds"),
                        (report) -> finish(updater, index, report, out, err), err).run(() -> false);
            }
            return exit;
        }
    }

    /** Loads a Spark job's output into the corpus with a local Spark session that only reads Parquet. */
    private int loadAnalyses(CorpusIndex index, PrintWriter out, PrintWriter err) throws IOException {
        SparkSession session = AnalysisJob.local("local[1]");
        try {
            AnalysisLoader loader = new AnalysisLoader(session, new Pipeline(sides.resolver(spec)), index, batch);
            IndexReport report = loader.load(analyses, ProgressBars.onStderr(quiet), n -> {
                err.println("parallax: committed " + n + " inputs");
                err.flush();
            });
            finish(loader.updater(), index, report, out, err);
            return ExitCodes.of(false, report.problems());
        } finally {
            session.stop();
        }
    }

    /** Reports a run, briefs the corpus when something changed; true when some input failed. */
    boolean finish(CorpusUpdater updater, CorpusIndex index, IndexReport report, PrintWriter out, PrintWriter err)
            throws IOException {
        out.printf("indexed %d inputs: %d new articles (analysed %d), %d already in the corpus, %d same text as an"
                        + " article; corpus has %d articles%n", report.inputs(), report.added(), report.analysed(),
                report.unchanged(), report.sameText(), index.articleCount());
        for (MetadataChange c : report.changes()) {
            String before = updater.sideOf(c.before());
            String after = updater.sideOf(c.after());
            out.printf("  article %s changed by %s: %s%s%n", c.article(), c.origin(), String.join(", ", c.fields()),
                    before.equals(after) ? "" : " (side " + before + " -> " + after + ")");
        }
        for (Problem p : report.problems()) {
            err.println("parallax: " + p);
        }
        // Also when nothing new arrived: a run killed after its analysis left articles to place.
        if (!noBrief) {
            CorpusUpdater.Update u = updater.update(report.problems(), ProgressBars.onStderr(quiet));
            BriefingStore.Version v = u.version();
            out.printf("briefing version %d: %d stories (%d articles placed, %d stories briefed)%n", v.number(),
                    v.briefing().stories().size(), u.placed(), u.storiesBriefed());
            Map<String, StoryChange> changes = updater.store().changesSincePrevious(u.briefed());
            for (var story : v.briefing().stories()) {
                StoryChange c = changes.get(story.id());
                if (c != null && !c.isEmpty()) {
                    out.printf("  %s %s: +%d articles, +%d/-%d News sentences since version %d%n", story.id(),
                            story.headline(), c.newArticles().size(), c.addedNews().size(), c.removedNews().size(),
                            c.since());
                }
            }
        }
        out.flush();
        err.flush();
        return !report.problems().isEmpty();
    }
}
