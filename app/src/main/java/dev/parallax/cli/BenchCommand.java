package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.annotate.Sentence;
import dev.parallax.attribute.Attributor;
import dev.parallax.cluster.Story;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resolve.Resolver;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code parallax bench}: throughput of the whole analysis and of bare CoreNLP on the same texts, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures articles/s and tokens/s of the whole analysis (annotate, group, brief) and, in the",
                "same run on the same texts, of bare CoreNLP (" + CoreNlpAnnotator.ANNOTATORS + "), plus peak heap.",
                "PATH: any corpus the brief command reads (default: examples/ai-talks).",
                "Subcommands measure one stage: 'parallax bench extraction DIR', 'parallax bench stories',",
                "and the cost of corpus updates: 'parallax bench corpus DIR...'."},
        subcommands = {ExtractionBenchCommand.class, BenchStoriesCommand.class, BenchCorpusCommand.class,
                BenchSparkCommand.class, BenchServeCommand.class})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Corpus to measure on.")
    Path path = Path.of("examples/ai-talks");

    @Option(names = "--limit", defaultValue = "100", description = "Use at most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", defaultValue = "1", description = "Annotation threads for both runs (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    String format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; use text or json");
        }
        HeapSampler heap = new HeapSampler();
        heap.start();
        Pipeline pipeline = new Pipeline(Resolver.bundled(), threads);
        Corpus corpus = pipeline.read(List.of(path));
        List<Article> articles = corpus.articles().stream().filter(a -> !a.text().isBlank()).limit(limit).toList();
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("parallax: no article text found under " + path);
            return ExitCodes.FAILED;
        }
        long t0 = System.nanoTime();
        CoreNlpAnnotator.shared();
        long load = System.nanoTime() - t0;

        long a0 = System.nanoTime();
        List<AnalysedArticle> analysed = pipeline.analyse(articles, ProgressBars.onStderr(false));
        long annotate = System.nanoTime() - a0;
        List<AnnotatedArticle> annotated = analysed.stream().map(AnalysedArticle::annotated).toList();
        long g0 = System.nanoTime();
        List<Story> stories = pipeline.cluster(analysed);
        long group = System.nanoTime() - g0;
        long b0 = System.nanoTime();
        pipeline.brief(analysed, stories, corpus.problems());
        long brief = System.nanoTime() - b0;
        // Attribution runs inside the analysis; timed apart again here to show the stage's share.
        Attributor attributor = new Attributor();
        long t1 = System.nanoTime();
        annotated.forEach(attributor::attribute);
        long attribute = System.nanoTime() - t1;
        long full = annotate + group + brief;
        long tokens = annotated.stream().flatMap(a -> a.sentences().stream()).mapToLong(s -> s.tokens().size()).sum();

        StanfordCoreNLP bare = new StanfordCoreNLP(CoreNlpAnnotator.properties());
        long c0 = System.nanoTime();
        // One document at a time, as the analysis does: keeping every CoreNLP annotation alive would measure the GC.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            pool.invokeAll(articles.stream().map(a -> (java.util.concurrent.Callable<Void>) () -> {
                bare.annotate(new Annotation(a.text()));
                return null;
            }).toList());
        } finally {
            pool.shutdown();
        }
        long coreNlp = System.nanoTime() - c0;
        heap.stopSampling();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("corpus", path.toString());
        result.put("articles", articles.size());
        result.put("tokens", tokens);
        result.put("threads", threads);
        result.put("modelLoadSeconds", seconds(load));
        result.put("analysis", rates(articles.size(), tokens, full));
        result.put("attributionShareOfAnnotation", share(attribute, annotate));
        result.put("analysisStages", Map.of("annotate", share(annotate, full), "group", share(group, full),
                "brief", share(brief, full)));
        result.put("bareCoreNlp", rates(articles.size(), tokens, coreNlp));
        result.put("peakHeapMiB", heap.peak() >> 20);
        if (format.equals("json")) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result));
        } else {
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "corpus            %s: %d articles, %d tokens, %d thread(s)%n", path, articles.size(), tokens, threads);
            out.printf(Locale.ROOT, "model load        %.1f s%n", seconds(load));
            out.printf(Locale.ROOT, "full analysis     %s  (annotate %.0f%%, group %.1f%%, brief %.1f%%)%n",
                    line(articles.size(), tokens, full), 100 * share(annotate, full), 100 * share(group, full), 100 * share(brief, full));
            out.printf(Locale.ROOT, "attribution       %.2f s, %.1f%% of annotation (CoreNLP) time%n", seconds(attribute),
                    100 * share(attribute, annotate));
            out.printf(Locale.ROOT, "bare CoreNLP      %s%n", line(articles.size(), tokens, coreNlp));
            out.printf(Locale.ROOT, "peak heap         %d MiB%n", heap.peak() >> 20);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> rates(int articles, long tokens, long nanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", seconds(nanos));
        m.put("articlesPerSecond", articles / seconds(nanos));
        m.put("tokensPerSecond", tokens / seconds(nanos));
        return m;
    }

    private static String line(int articles, long tokens, long nanos) {
        return String.format(Locale.ROOT, "%7.2f articles/s  %8.0f tokens/s  (%.1f s)",
                articles / seconds(nanos), tokens / seconds(nanos), seconds(nanos));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
