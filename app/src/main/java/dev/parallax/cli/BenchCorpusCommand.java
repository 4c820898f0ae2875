package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.AttributedArticle;
import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Progress;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.SentenceSplitter;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code parallax bench corpus}: what a corpus update costs as the corpus grows. Builds stored, fully briefed corpora
 * of each size from real texts, then adds the same new articles to each and measures wall time, articles analysed,
 * stories briefed and peak heap, and how long {@code serve} takes to answer on each corpus.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Measures what adding articles to a stored corpus costs as the corpus grows.",
                "Reads the texts under PATH (any input `ingest` reads; e.g. PolNeAR texts and news pages), keeps --add",
                "of them as the new articles and analyses --base others that have a publication date once. Each corpus of --sizes articles is built",
                "from those analyses: beyond the real texts, articles are derived from them, each with its own id and",
                "its publication date moved by a year per copy, and the corpus is grouped and briefed in full. Then the",
                "same new articles are ingested into each corpus, timed as `ingest` runs them (analysis, placement,",
                "briefing of the changed stories), and `serve` is started on each corpus in a child JVM and timed",
                "until its API answers. Takes tens of minutes for the default sizes."})
final class BenchCorpusCommand implements Callable<Integer> {

    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of real articles.")
    List<Path> paths;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,5000", paramLabel = "N,N",
            description = "Corpus sizes to build (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--add", defaultValue = "100", paramLabel = "N",
            description = "New articles added to each corpus (default: ${DEFAULT-VALUE}).")
    int add;

    @Option(names = "--base", defaultValue = "250", paramLabel = "N",
            description = "Real articles analysed to build the corpora from (default: ${DEFAULT-VALUE}).")
    int base;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores).")
    Optional<Integer> threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpora are built (default: a temporary directory, removed after).")
    Optional<Path> work;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A real article with its raw input, its analysis and its sentence vectors, the template of derived ones. */
    private record Template(RawDocument raw, AnalysedArticle analysis, List<Span> sentences, float[][] vectors) {
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; use text or json");
        }
        if (add < 1 || base < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--add, --base and --sizes must be positive");
        }
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(dev.parallax.resolve.Resolver.bundled(),
                threads.orElse(Runtime.getRuntime().availableProcessors()));
        Ingested ingested = new Ingester().ingest(paths);
        Map<String, RawDocument> rawById = new LinkedHashMap<>();
        Map<String, Article> articleById = new LinkedHashMap<>();
        for (RawDocument doc : ingested.documents()) {
            Article a = pipeline.extract(doc);
            if (!a.text().isBlank() && !rawById.containsKey(a.id())) {
                rawById.put(a.id(), doc);
                articleById.put(a.id(), a);
            }
        }
        List<String> ids = new ArrayList<>(articleById.keySet());
        ids.sort(Comparator.naturalOrder());
        // The new articles: the first by id. The templates: the next ones that have a publication date, since a
        // derived copy is told apart from its original by its date.
        List<String> dated = ids.stream().skip(Math.min(add, ids.size()))
                .filter(id -> articleById.get(id).meta().published().isPresent()).limit(base).toList();
        if (ids.size() < add + base || dated.size() < base) {
            err.printf("parallax: %d distinct articles with text under %s, %d of the others with a publication date;"
                    + " --add %d and --base %d need %d, and %d dated%n", ids.size(), paths, dated.size(), add, base,
                    add + base, base);
            return ExitCodes.USAGE;
        }
        List<RawDocument> fresh = ids.subList(0, add).stream().map(rawById::get).toList();
        List<Article> baseArticles = dated.stream().map(articleById::get).toList();

        err.printf("parallax: analysing %d base articles once (%d threads)%n", base, pipeline.threads());
        err.flush();
        List<AnalysedArticle> analysed = pipeline.analyse(baseArticles, ProgressBars.onStderr(false));
        BgeSmallEmbedder embedder = new BgeSmallEmbedder();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Template> templates = new ArrayList<>();
        for (AnalysedArticle a : analysed) {
            List<Span> sentences = splitter.split(a.article().text());
            templates.add(new Template(rawById.get(a.id()), a, sentences,
                    embedder.embed(sentences.stream().map(s -> s.of(a.article().text())).toList())));
        }

        Path root = work.isPresent() ? Files.createDirectories(work.get()) : Files.createTempDirectory("parallax-bench-");
        HeapSampler heap = new HeapSampler();
        heap.start();
        List<Map<String, Object>> results = new ArrayList<>();
        try {
            for (int size : sizes.stream().sorted().toList()) {
                Path data = root.resolve("corpus-" + size);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("corpusArticles", size);
                long b0 = System.nanoTime();
                build(pipeline, templates, size, data);
                r.put("buildSeconds", seconds(System.nanoTime() - b0));

                err.printf("parallax: adding %d new articles to the corpus of %d%n", add, size);
                err.flush();
                System.gc();
                heap.reset();
                long a0 = System.nanoTime();
                try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
                    CorpusUpdater updater = new CorpusUpdater(pipeline, index, embedder, 16);
                    IndexReport report = updater.index(new Ingested(fresh, List.of()), Progress.NONE, n -> { });
                    CorpusUpdater.Update u = updater.update(report.problems(), Progress.NONE);
                    r.put("addSeconds", seconds(System.nanoTime() - a0));
                    r.put("articlesAnalysed", report.analysed());
                    r.put("articlesPlaced", u.placed());
                    r.put("storiesBriefed", u.storiesBriefed());
                    r.put("stories", u.stories());
                }
                r.put("addPeakHeapMiB", heap.peak() >> 20);
                r.put("serveAnswersSeconds", serveStart(data));
                results.add(r);
                err.printf("parallax: %s%n", r);
                err.flush();
            }
        } finally {
            heap.stopSampling();
            if (work.isEmpty()) {
                delete(root);
            }
        }
        report(results);
        return ExitCodes.OK;
    }

    /** Writes {@code size} articles (the templates, then copies a year later each) and groups and briefs them all. */
    private void build(Pipeline pipeline, List<Template> templates, int size, Path data) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("parallax: building a corpus of %d articles in %s%n", size, data);
        err.flush();
        try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
            for (int i = 0; i < size; i++) {
                Template t = templates.get(i % templates.size());
                int copy = i / templates.size();
                AnalysedArticle a = derive(t.analysis(), copy);
                RawDocument raw = t.raw();
                index.putRaw(new RawDocument(a.article().origin(), raw.bytes(), raw.format(), raw.given()));
                index.putArticle(a.article(), t.sentences(), t.vectors());
                index.putAnalysis(a, Pipeline.ANALYSIS_VERSION);
                if (i % 500 == 499) {
                    index.commit();
                }
            }
            index.commit();
            new CorpusUpdater(pipeline, index, new BgeSmallEmbedder(), 16).update(List.of(),
                    ProgressBars.onStderr(false));
        }
    }

    /** The analysis as copy {@code k} of its article: its own id and origin, published {@code k} years later. */
    static AnalysedArticle derive(AnalysedArticle a, int k) {
        if (k == 0) {
            return a;
        }
        Article o = a.article();
        // The copy number leads the id, so ids (and the story ids derived from their first characters) differ.
        String id = String.format(Locale.ROOT, "%04x", k) + o.id().substring(Math.min(4, o.id().length()));
        Metadata meta = o.meta();
        Optional<Attested> published = meta.published().map(p -> shifted(p, k));
        Metadata moved = new Metadata(meta.title(), meta.url(), meta.outlet(), published, meta.modified(),
                meta.authors(), meta.language(), meta.section(), meta.type(), meta.description());
        Article copy = new Article(id, List.of(o.origin() + "#copy-" + k), o.rawSha256(), o.format(), o.text(), o.map(),
                moved, o.dropped(), o.problems());
        AnnotatedArticle an = a.annotated();
        AttributedArticle at = a.attributed();
        return new AnalysedArticle(new AttributedArticle(new AnnotatedArticle(copy, an.sentences(), an.entities(),
                an.times(), an.problems()), at.attributions(), at.terms(), at.sources(), at.problems()),
                a.vectors(), a.problems());
    }

    private static Attested shifted(Attested published, int years) {
        String v = published.value();
        if (v.length() < 10) {
            return published;
        }
        try {
            LocalDate d = LocalDate.parse(v.substring(0, 10)).plusDays(366L * years);
            return new Attested(d + v.substring(10), published.evidence() + "; moved " + years + " year(s) for a benchmark");
        } catch (java.time.format.DateTimeParseException e) {
            return published;
        }
    }

    /** Seconds from starting {@code parallax serve} in a child JVM until its API answers. */
    private static double serveStart(Path data) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx6g",
                "-Xss8m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.parallax.cli.Main", "serve", "--data", data.toString(), "--port", "0", "--quiet");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + m.group(1) + "/api/stories")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IOException("serve answered /api/stories with HTTP " + response.statusCode());
                    }
                    return seconds(System.nanoTime() - t0);
                }
            }
            throw new IOException("serve on " + data + " ended without serving (exit " + p.waitFor() + ")");
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private void report(List<Map<String, Object>> results) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        } else {
            out.printf(Locale.ROOT, "%-9s %9s %9s %9s %8s %8s %9s %9s %9s%n", "corpus", "build s", "add s",
                    "analysed", "placed", "briefed", "stories", "heap MiB", "serve s");
            for (Map<String, Object> r : results) {
                out.printf(Locale.ROOT, "%-9d %9.1f %9.1f %9d %8d %8d %9d %9d %9.1f%n", r.get("corpusArticles"),
                        r.get("buildSeconds"), r.get("addSeconds"), r.get("articlesAnalysed"), r.get("articlesPlaced"),
                        r.get("storiesBriefed"), r.get("stories"), r.get("addPeakHeapMiB"), r.get("serveAnswersSeconds"));
            }
            if (results.size() >= 2) {
                double first = (double) results.getFirst().get("addSeconds");
                double last = (double) results.getLast().get("addSeconds");
                out.printf(Locale.ROOT, "adding to the largest corpus takes %.2f x the time of adding to the smallest%n",
                        last / first);
            }
        }
        out.flush();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
