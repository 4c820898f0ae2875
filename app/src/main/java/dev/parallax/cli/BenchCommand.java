package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.core.Progress;
import dev.parallax.core.StageTimes;
import dev.parallax.embed.Embedder;
import dev.parallax.extract.Article;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resolve.Resolver;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code parallax bench}: in one run on the same texts, the whole per-article work of {@code ingest} on one thread
 * and on N threads, bare CoreNLP with its default properties on one thread, their ratios, where the time goes, and
 * the peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, in one run on the same texts:",
                "  - the full analysis, everything 'ingest' does per article (extract, annotate, attribute, embed,",
                "    index with sentence vectors, group into stories, resolve, compare, brief), on 1 thread and on",
                "    --threads N, each into a fresh corpus in a temporary directory;",
                "  - bare CoreNLP with its default properties (" + CoreNlpAnnotator.ANNOTATORS + ") on 1 thread;",
                "the ratios, each stage's share of the CPU time (CoreNLP per annotator), and the peak heap.",
                "The models load and a few articles warm up before anything is timed.",
                "PATH: any corpus the brief command reads (default: examples/ai-talks).",
                "Subcommands measure one stage: 'parallax bench extraction DIR', 'parallax bench stories',",
                "and the cost of corpus updates: 'parallax bench corpus DIR...'."},
        subcommands = {ExtractionBenchCommand.class, BenchStoriesCommand.class, BenchCorpusCommand.class,
                BenchSparkCommand.class, BenchServeCommand.class})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    /** Our stages, in pipeline order; "index" is the corpus's own work (storing, loading, sentence vectors). */
    static final List<String> STAGES = List.of("extract", "annotate", "attribute", "embed", "index", "cluster",
            "resolve", "compare", "brief");
    private static final int WARM_UP = 5;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Corpus to measure on.")
    Path path = Path.of("examples/ai-talks");

    @Option(names = "--limit", defaultValue = "100", description = "Use at most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of the second full run (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One timed run of the full analysis. */
    private record Run(int threads, double seconds, Map<String, Long> stages, Map<String, Long> annotators,
                       double processCpu, double gc) {
        /** CPU seconds of our stages on the threads that ran them. */
        double cpu() {
            return stages.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; use text or json");
        }
        if (limit < 1 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --threads must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        HeapSampler heap = new HeapSampler();
        heap.start();
        Pipeline reader = new Pipeline(Resolver.bundled(), 1);
        Ingested ingested = new Ingester().ingest(List.of(path));
        // The first `limit` inputs with article text, each text once (ingest analyses a repeated text once).
        List<RawDocument> docs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> textless = new ArrayList<>();
        for (RawDocument doc : ingested.documents()) {
            Article a = reader.extract(doc);
            if (a.text().isBlank()) {
                textless.add(doc.origin());
            } else if (docs.size() < limit && seen.add(a.id())) {
                docs.add(doc);
                texts.add(a.text());
            }
        }
        // What was measured, and what under the path was not an article, so that a wrong path shows at once.
        err.printf("parallax: %d inputs under %s: %d without article text%s, %d not read%s; measuring %d articles%n",
                ingested.documents().size() + ingested.problems().size(), path, textless.size(),
                textless.isEmpty() ? "" : " (e.g. " + textless.getFirst() + ")", ingested.problems().size(),
                ingested.problems().isEmpty() ? "" : " (e.g. " + ingested.problems().getFirst() + ")", docs.size());
        if (docs.isEmpty()) {
            err.println("parallax: no article text found under " + path);
            return ExitCodes.FAILED;
        }

        long l0 = System.nanoTime();
        CoreNlpAnnotator.shared();
        Embedder.shared();
        StanfordCoreNLP bare = new StanfordCoreNLP(defaults());
        double load = seconds(System.nanoTime() - l0);
        // Warm-up: the JIT compiles the hot paths of both pipelines before anything is timed.
        List<RawDocument> warm = docs.subList(0, Math.min(WARM_UP, docs.size()));
        full(warm, 1, Progress.NONE);
        warm.forEach(d -> bare.annotate(new Annotation(reader.extract(d).text())));

        err.printf("parallax: %d articles; full analysis on 1 thread%n", docs.size());
        err.flush();
        Run one = full(docs, 1, ProgressBars.onStderr(quiet));
        err.printf("parallax: full analysis on %d threads%n", threads);
        err.flush();
        Run many = full(docs, threads, ProgressBars.onStderr(quiet));
        err.printf("parallax: bare CoreNLP, default properties, 1 thread%n");
        err.flush();
        long tokens = 0;
        Progress progress = ProgressBars.onStderr(quiet);
        progress.start("bare CoreNLP", texts.size());
        long c0 = System.nanoTime();
        for (String text : texts) {
            // One document at a time, as the analysis does: keeping every annotation alive would measure the GC.
            Annotation annotation = new Annotation(text);
            bare.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
            progress.step();
        }
        double coreNlp = seconds(System.nanoTime() - c0);
        progress.finish();
        heap.stopSampling();

        int n = docs.size();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("corpus", path.toString());
        result.put("articles", n);
        result.put("tokens", tokens);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("modelLoadSeconds", load);
        result.put("fullOneThread", rates(n, tokens, one.seconds()));
        result.put("fullThreads", Map.of("threads", threads, "rates", rates(n, tokens, many.seconds())));
        result.put("bareCoreNlpDefaultsOneThread", rates(n, tokens, coreNlp));
        result.put("fullOneThreadOverBareCoreNlp", coreNlp / one.seconds());
        result.put("fullThreadsOverFullOneThread", one.seconds() / many.seconds());
        result.put("processCpuSecondsPerArticle", Map.of("oneThread", one.processCpu() / n,
                "threads", many.processCpu() / n));
        result.put("gcSeconds", Map.of("oneThread", one.gc(), "threads", many.gc()));
        result.put("stageCpuShares", shares(one.stages(), STAGES));
        Map<String, Double> annotators = new LinkedHashMap<>();
        one.annotators().forEach((k, v) -> annotators.put(k, v / (one.cpu() * 1e9)));
        result.put("annotatorCpuShares", annotators);
        result.put("stageCpuSecondsPerArticle", perArticle(one.stages(), n));
        result.put("peakHeapMiB", heap.peak() >> 20);
        if (format.equals("json")) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result));
        } else {
            print(n, tokens, load, one, many, coreNlp, heap.peak());
        }
        return ExitCodes.OK;
    }

    private void print(int n, long tokens, double load, Run one, Run many, double coreNlp, long peak) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "corpus                      %s: %d articles, %d tokens, %d cores%n", path, n, tokens,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "model load                  %.1f s%n", load);
        out.printf(Locale.ROOT, "full analysis, 1 thread     %s%n", line(n, tokens, one.seconds()));
        out.printf(Locale.ROOT, "full analysis, %2d threads   %s%n", many.threads(), line(n, tokens, many.seconds()));
        out.printf(Locale.ROOT, "bare CoreNLP defaults, 1 t  %s%n", line(n, tokens, coreNlp));
        out.printf(Locale.ROOT, "full 1 thread / bare        %.2f x%n", coreNlp / one.seconds());
        out.printf(Locale.ROOT, "full %d threads / 1 thread   %.2f x%n", many.threads(), one.seconds() / many.seconds());
        for (Run r : List.of(one, many)) {
            out.printf(Locale.ROOT, "process CPU, %d thread%s       %6.1f ms per article, %3.0f %% of %d core%s busy, GC %.1f s%n",
                    r.threads(), r.threads() == 1 ? " " : "s", r.processCpu() * 1e3 / n,
                    100 * r.processCpu() / (r.seconds() * Runtime.getRuntime().availableProcessors()),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() == 1 ? "" : "s",
                    r.gc());
        }
        out.printf(Locale.ROOT, "stages (1-thread run, share of %.1f s CPU, ms per article):%n", one.cpu());
        for (String stage : STAGES) {
            long nanos = one.stages().getOrDefault(stage, 0L);
            out.printf(Locale.ROOT, "  %-10s %5.1f %%  %7.1f ms%n", stage, 100.0 * nanos / (one.cpu() * 1e9),
                    nanos / 1e6 / n);
            if (stage.equals("annotate")) {
                for (Map.Entry<String, Long> a : one.annotators().entrySet()) {
                    out.printf(Locale.ROOT, "    %-16s %5.1f %%  %7.1f ms%n", a.getKey(),
                            100.0 * a.getValue() / (one.cpu() * 1e9), a.getValue() / 1e6 / n);
                }
            }
        }
        out.printf(Locale.ROOT, "peak heap                   %d MiB%n", peak >> 20);
        out.flush();
    }

    /** Ingest's per-article work on {@code docs}, into a fresh corpus, then grouping and briefing. */
    private Run full(List<RawDocument> docs, int threads, Progress progress) throws IOException {
        StageTimes times = StageTimes.recording();
        Pipeline pipeline = new Pipeline(Resolver.bundled(), threads, new StoryClusterer(), times);
        Map<String, Long> before = CoreNlpAnnotator.shared().annotatorTimes();
        Path dir = Files.createTempDirectory("parallax-bench-");
        try {
            double cpu0 = processCpuSeconds();
            double gc0 = gcSeconds();
            long t0 = System.nanoTime();
            try (CorpusIndex index = CorpusIndex.openForWriting(dir)) {
                CorpusUpdater updater = new CorpusUpdater(pipeline, index, new BgeSmallEmbedder(threads), 16);
                updater.index(new Ingested(docs, List.of()), progress, committed -> { });
                updater.update(List.of(), Progress.NONE);
            }
            double seconds = seconds(System.nanoTime() - t0);
            Map<String, Long> annotators = new LinkedHashMap<>();
            CoreNlpAnnotator.shared().annotatorTimes().forEach((k, v) -> annotators.put(k, v - before.getOrDefault(k, 0L)));
            return new Run(threads, seconds, times.snapshot(), annotators, processCpuSeconds() - cpu0,
                    gcSeconds() - gc0);
        } finally {
            delete(dir);
        }
    }

    /** CoreNLP's own defaults for the annotators of the analysis: nothing set but the annotator list. */
    static Properties defaults() {
        Properties p = new Properties();
        p.setProperty("annotators", CoreNlpAnnotator.ANNOTATORS);
        return p;
    }

    private static Map<String, Object> rates(int articles, long tokens, double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", seconds);
        m.put("articlesPerSecond", articles / seconds);
        m.put("tokensPerSecond", tokens / seconds);
        return m;
    }

    private static Map<String, Double> shares(Map<String, Long> nanos, List<String> order) {
        double total = nanos.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String k : order) {
            out.put(k, total == 0 ? 0 : nanos.getOrDefault(k, 0L) / total);
        }
        return out;
    }

    private static Map<String, Double> perArticle(Map<String, Long> nanos, int articles) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String k : STAGES) {
            out.put(k, nanos.getOrDefault(k, 0L) / 1e9 / articles);
        }
        return out;
    }

    private static String line(int articles, long tokens, double seconds) {
        return String.format(Locale.ROOT, "%7.2f articles/s  %8.0f tokens/s  (%.1f s)",
                articles / seconds, tokens / seconds, seconds);
    }

    /** CPU time of the whole process (every thread: ours, the embedder's, the JIT compiler's, the collector's). */
    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Time the garbage collectors report, summed (pauses and concurrent cycles). */
    private static double gcSeconds() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1e3;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
