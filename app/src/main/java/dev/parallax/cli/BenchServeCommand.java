package dev.parallax.cli;

import dev.parallax.core.Progress;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.web.CorpusReader;
import dev.parallax.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code parallax bench serve}: load on the web server of a corpus while an ingest writes to the same corpus.
 * Serves {@code --data DIR} on a free loopback port, starts ingesting {@code --ingest PATH} (the first
 * {@code --limit} inputs) into it, and meanwhile sends story-page and search-API requests from
 * {@code --connections} clients for {@code --duration}; then waits for the ingest and reports requests/s, latency
 * percentiles and errors (any answer but 200, or a failed request).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load on 'serve' while an ingest writes to the same corpus: story pages and /api/search for",
                "--duration from --connections clients, with --ingest PATH (first --limit inputs) running; reports",
                "requests/s, p50/p99/max latency and errors (answers other than 200). The corpus must have a briefing.",
                "Exit code: 0 no errors, 1 some request failed or the ingest failed."})
final class BenchServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--ingest", paramLabel = "PATH", description = "Inputs to ingest during the load (files or directories).")
    List<Path> ingest = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "Ingest at most N inputs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--duration", defaultValue = "30s", paramLabel = "DURATION", description = "Load time (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--connections", defaultValue = "8", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--query", defaultValue = "talks,chips,China,cooperation,export controls", split = ",",
            paramLabel = "Q,Q", description = "Search queries, used in turn (default: ${DEFAULT-VALUE}).")
    List<String> queries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Duration window = Durations.parse(duration, spec);
        if (connections < 1 || limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--connections and --limit must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Ingested inputs = null;
        if (!ingest.isEmpty()) {
            Ingested all = new Ingester().ingest(ingest);
            inputs = new Ingested(all.documents().subList(0, Math.min(limit, all.documents().size())), List.of());
        }
        try (CorpusReader reader = new CorpusReader(corpus.data, new BgeSmallEmbedder());
             WebServer server = WebServer.start(reader, "127.0.0.1", 0, Optional.empty())) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String story = firstStory(http, base);
            reader.search(new dev.parallax.index.SearchRequest("warm up", dev.parallax.index.SearchRequest.Mode.HYBRID,
                    1, Optional.empty())); // loads the query embedding model before the clock starts

            ExecutorService background = Executors.newSingleThreadExecutor();
            long ingestStart = System.nanoTime();
            Future<IndexReport> writing = inputs == null ? null : background.submit(ingestTask(inputs));

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
            long end = System.nanoTime() + window.toNanos();
            long start = System.nanoTime();
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < connections; c++) {
                    int client = c;
                    clients.submit(() -> {
                        List<Long> mine = new ArrayList<>();
                        for (long i = client; System.nanoTime() < end; i++) {
                            String path = i % 2 == 0 ? "/stories/" + story : "/api/search?q="
                                    + java.net.URLEncoder.encode(queries.get((int) (i / 2 % queries.size())),
                                    java.nio.charset.StandardCharsets.UTF_8);
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                                if (r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                    errorKinds.merge("HTTP " + r.statusCode() + " " + path.replaceAll("\\?.*", ""), 1,
                                            Integer::sum);
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                errorKinds.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                            }
                            mine.add(System.nanoTime() - t0);
                        }
                        latencies.addAll(mine);
                        return null;
                    });
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean ingestFailed = false;
            String ingestLine = "no ingest during the load";
            if (writing != null) {
                boolean doneDuringLoad = writing.isDone();
                try {
                    IndexReport report = writing.get();
                    ingestLine = String.format(Locale.ROOT, "ingest of %d inputs: %d new articles (analysed %d), %d"
                                    + " commits, %.1f s in all (%s)", report.inputs(), report.added(), report.analysed(),
                            report.commits(), (System.nanoTime() - ingestStart) / 1e9,
                            doneDuringLoad ? "finished within the load window" : "went on after the load window");
                } catch (java.util.concurrent.ExecutionException e) {
                    ingestFailed = true;
                    ingestLine = "ingest FAILED: " + e.getCause();
                }
            }
            background.shutdown();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            out.printf(Locale.ROOT, "%d requests in %.1f s from %d clients (story page /stories/%s and /api/search,"
                            + " in turn): %.0f requests/s%n", sorted.size(), seconds, connections, story,
                    sorted.size() / seconds);
            out.printf(Locale.ROOT, "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; errors: %d%n", pct(sorted, 0.50),
                    pct(sorted, 0.99), sorted.isEmpty() ? 0.0 : sorted.getLast() / 1e6, errors.get());
            errorKinds.forEach((k, n) -> out.printf("  %d x %s%n", n, k));
            out.println(ingestLine);
            out.flush();
            return errors.get() == 0 && !ingestFailed ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    private Callable<IndexReport> ingestTask(Ingested inputs) {
        return () -> {
            try (CorpusIndex index = CorpusIndex.openForWriting(corpus.data)) {
                CorpusUpdater updater = new CorpusUpdater(new Pipeline(), index, new BgeSmallEmbedder(), 16);
                IndexReport report = updater.index(inputs, Progress.NONE, n -> { });
                updater.update(report.problems(), Progress.NONE);
                return report;
            }
        };
    }

    private static String firstStory(HttpClient http, String base) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stories?sort=size")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        com.fasterxml.jackson.databind.JsonNode stories = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(body).path("stories");
        if (stories.isEmpty()) {
            throw new IOException("the corpus has no story to load; ingest some articles first");
        }
        return stories.get(0).path("id").asText();
    }

    private static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
