package dev.parallax.cli;

import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.web.CorpusReader;
import dev.parallax.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** {@code parallax serve}: the web UI and REST API over a corpus directory or over files given directly. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web UI (stories, story, article, search) and the REST API (/api, described by",
                "/api/openapi.json) on 127.0.0.1. With PATHs, ingests them into a temporary corpus first.",
                "A corpus being updated by `parallax ingest --watch` in another process is picked up live."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to serve (instead of --data).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}); any other address requires --token.")
    String host;

    @Option(names = "--token", paramLabel = "SECRET", description = "Require this token (Authorization: Bearer SECRET, or ?token=SECRET once).")
    Optional<String> token;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests for this host name (repeatable); other Host headers get 421.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Mixin
    PerspectiveOptions sides;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Path data = corpus.data;
        Path temporary = null;
        if (!paths.isEmpty()) {
            temporary = Files.createTempDirectory("parallax-serve-");
            data = temporary;
            try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
                CorpusUpdater updater = new CorpusUpdater(new Pipeline(sides.resolver(spec)), index, new BgeSmallEmbedder(), 64);
                IndexReport report = updater.index(paths, ProgressBars.onStderr(quiet), n -> { });
                report.problems().forEach(p -> err.println("parallax: " + p));
                updater.update(report.problems(), ProgressBars.onStderr(quiet));
            }
        }
        Path cleanup = temporary;
        CountDownLatch stopped = new CountDownLatch(1);
        try (CorpusReader reader = new CorpusReader(data, new BgeSmallEmbedder());
             WebServer server = start(reader)) {
            // Ctrl-C ends the JVM before the main thread resumes: stop and clean up in the hook itself.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    reader.close();
                    if (cleanup != null) {
                        delete(cleanup);
                    }
                } catch (IOException e) {
                    err.println("parallax: cannot remove the temporary corpus " + cleanup + ": " + e.getMessage());
                    err.flush();
                }
                stopped.countDown();
            }));
            err.println("parallax: serving " + data + " at http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
            err.flush();
            stopped.await();
        }
        return ExitCodes.OK;
    }

    private WebServer start(CorpusReader reader) throws IOException {
        try {
            return WebServer.start(reader, host, port, token, allowedHosts);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
