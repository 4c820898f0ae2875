package dev.parallax.spark;

import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import dev.parallax.ingest.Sidecar;
import dev.parallax.pipeline.Pipeline;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-article analysis as an Apache Spark job. Reads: files, directories (recursively), JSON/JSONL, CSV,
 * feeds and web archives on any Hadoop filesystem path, with {@code metadata.csv} sidecars as a single-JVM run reads
 * them. Per partition it extracts, merges inputs of the same text into one article (the first input in input order
 * giving its metadata), and analyses each article with the {@link ExecutorStages} of its executor JVM. Adds: the
 * Parquet tables of {@link AnalysisTable} under the output directory. Bad input: unreadable inputs and articles
 * whose analysis failed become rows of the {@code problems} table; the job itself does not fail for them.
 */
public final class AnalysisJob {

    /** What a run wrote: articles in {@code analyses/}, rows in {@code problems/}, inputs read, wall time. */
    public record Report(long articles, long problems, long inputs, Duration wall) {
        public double articlesPerSecond() {
            return articles / Math.max(1e-9, wall.toNanos() / 1e9);
        }
    }

    private final SparkSession spark;

    public AnalysisJob(SparkSession spark) {
        this.spark = spark;
    }

    /** A local-mode session for the launcher and tests: {@code master} like {@code local[2]}. */
    public static SparkSession local(String master) {
        SparkSession session = SparkSession.builder().master(master).appName("parallax-analyze")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    /**
     * Loads the models of this JVM's {@link ExecutorStages} (CoreNLP, the embedding model) by analysing one short
     * article, so that a benchmark times the analysis alone; in local mode the executors are this JVM.
     */
    public static void loadModels() {
        Article article = ExecutorStages.extract(new RawDocument("warm-up", ("The ministers met in Geneva on Monday,"
                + " officials said.").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dev.parallax.ingest.Format.TEXT, dev.parallax.core.Metadata.EMPTY));
        ExecutorStages.analyse(article);
        ExecutorStages.embed(List.of(article.text()));
    }

    /**
     * Analyses the inputs and writes {@code out/analyses} and {@code out/problems} (replacing earlier output there).
     * Throws when the output cannot be written or an input path is unreadable as a whole; missing inputs are
     * problems.
     */
    public Report run(List<String> inputs, String out) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);

        List<Problem> listing = new ArrayList<>();
        Listing files = list(inputs, conf, listing);
        Broadcast<Map<String, InputFile>> byPath = jsc.broadcast(files.byPath());
        int parallelism = Math.max(1, jsc.defaultParallelism());

        List<Piece> listed = listing.stream().<Piece>map(Piece.Trouble::of).toList();
        JavaRDD<Piece> read = files.roots().isEmpty() ? jsc.emptyRDD()
                : jsc.binaryFiles(String.join(",", files.roots()), parallelism * 2)
                .flatMap(f -> read(f._1(), f._2(), byPath.value()).iterator());
        read = read.union(jsc.parallelize(listed, 1)).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<String, ArrayList<RawInput>> sameText = read
                .filter(p -> p instanceof Piece.Read)
                .mapToPair(p -> {
                    RawInput raw = ((Piece.Read) p).input();
                    Article a = ExecutorStages.extract(raw.document());
                    // Inputs without text are never merged: each failed input stays visible.
                    String key = a.text().isBlank() ? "origin:" + raw.origin() : a.id();
                    ArrayList<RawInput> one = new ArrayList<>(List.of(raw));
                    return new Tuple2<>(key, one);
                })
                .reduceByKey((x, y) -> {
                    ArrayList<RawInput> both = new ArrayList<>(x);
                    both.addAll(y);
                    return both;
                }, parallelism * 8);

        JavaRDD<Piece> analysed = sameText.values().map(AnalysisJob::analyse)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<org.apache.spark.sql.Row> rows = analysed.filter(p -> p instanceof Piece.Analysed)
                    .map(p -> ((Piece.Analysed) p).row());
            spark.createDataFrame(rows, AnalysisTable.ANALYSES).write().mode(SaveMode.Overwrite)
                    .parquet(out + "/analyses");
            JavaRDD<org.apache.spark.sql.Row> problems = read.union(analysed)
                    .filter(p -> p instanceof Piece.Trouble)
                    .map(p -> AnalysisTable.row(((Piece.Trouble) p).problem()));
            spark.createDataFrame(problems, AnalysisTable.PROBLEMS).coalesce(1).write().mode(SaveMode.Overwrite)
                    .parquet(out + "/problems");
            long articles = analysed.filter(p -> p instanceof Piece.Analysed).count();
            long troubles = read.union(analysed).filter(p -> p instanceof Piece.Trouble).count();
            long inputCount = read.filter(p -> p instanceof Piece.Read).count();
            return new Report(articles, troubles, inputCount, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            analysed.unpersist(false);
            read.unpersist(false);
        }
    }

    /** An input file as the driver listed it: its place in input order, its origin and its given metadata. */
    record InputFile(long seq, String origin, String given) implements java.io.Serializable {
    }

    private record Listing(List<String> roots, Map<String, InputFile> byPath) {
    }

    /**
     * Lists the inputs on the driver, in the order a single-JVM run reads them (inputs as given, files of a
     * directory by path), and reads the sidecars; an input that does not exist is a problem.
     */
    private static Listing list(List<String> inputs, Configuration conf, List<Problem> problems) throws IOException {
        List<String> roots = new ArrayList<>();
        Map<String, InputFile> byPath = new HashMap<>();
        long seq = 0;
        for (String input : inputs) {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                problems.add(new Problem("ingest", input, "no such file or directory"));
                continue;
            }
            FileStatus status = fs.getFileStatus(root);
            List<Path> found = new ArrayList<>();
            if (status.isDirectory()) {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    found.add(it.next().getPath());
                }
                found.sort(Comparator.comparing(Path::toString));
            } else {
                found.add(fs.makeQualified(root));
            }
            Map<Path, Sidecar> sidecars = new HashMap<>();
            for (Path file : found) {
                String name = file.getName();
                if (name.startsWith(".") || name.startsWith("_") || name.equals(Sidecar.FILE_NAME)) {
                    continue;
                }
                Sidecar sidecar = sidecars.computeIfAbsent(file.getParent(), dir -> sidecar(fs, dir, problems));
                String given = RawInput.json(sidecar.metadataFor(name));
                byPath.put(file.toString(), new InputFile(seq++, origin(file), given));
            }
            roots.add(fs.makeQualified(root).toString());
        }
        return new Listing(roots, byPath);
    }

    private static Sidecar sidecar(FileSystem fs, Path dir, List<Problem> problems) {
        Path csv = new Path(dir, Sidecar.FILE_NAME);
        try {
            if (!fs.exists(csv)) {
                return Sidecar.NONE;
            }
            try (InputStream in = fs.open(csv)) {
                return Sidecar.parse(origin(csv), dir.getName(), in.readAllBytes(), problems);
            }
        } catch (IOException e) {
            problems.add(new Problem("ingest", origin(csv), "cannot read metadata sidecar: " + e.getMessage()));
            return Sidecar.NONE;
        }
    }

    /** Local files keep their plain path as origin, as in a single-JVM run; others their full URI. */
    static String origin(Path file) {
        URI uri = file.toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : uri.toString();
    }

    /** One input file's documents, or the problems of reading it. Runs on an executor. */
    private static List<Piece> read(String path, PortableDataStream stream, Map<String, InputFile> byPath)
            throws IOException {
        InputFile file = byPath.get(path);
        if (file == null) {
            return List.of(); // a sidecar, a hidden file, or a file that arrived after the listing
        }
        Ingester ingester = ExecutorStages.ingester();
        Ingested ingested;
        if (Ingester.isWarc(path)) {
            // jwarc reads records at their offsets from a seekable local copy; an archive is read start to end once.
            java.nio.file.Path local = Files.createTempFile("parallax-", ".warc");
            try {
                try (InputStream in = stream.open()) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
                ingested = ingester.ingestWarc(local, file.origin());
            } finally {
                Files.deleteIfExists(local);
            }
        } else {
            ingested = ingester.ingest(file.origin(), stream.toArray(), RawInput.metadata(file.given()));
        }
        List<Piece> pieces = new ArrayList<>();
        List<RawDocument> docs = ingested.documents();
        for (int i = 0; i < docs.size(); i++) {
            pieces.add(new Piece.Read(RawInput.of((file.seq() << 24) + i, docs.get(i))));
        }
        ingested.problems().forEach(p -> pieces.add(Piece.Trouble.of(p)));
        return pieces;
    }

    /** Extracts the first input of a text, gives it every input's origin, and analyses it. Runs on an executor. */
    private static Piece analyse(List<RawInput> sameText) {
        List<RawInput> inputs = sameText.stream().sorted(Comparator.comparingLong(RawInput::seq)).toList();
        RawInput first = inputs.get(0);
        try {
            Article article = ExecutorStages.extract(first.document());
            for (RawInput again : inputs.subList(1, inputs.size())) {
                article = article.withOrigins(List.of(again.origin()));
            }
            AnalysedArticle analysis = ExecutorStages.analyse(article);
            List<Span> sentences = ExecutorStages.sentences(article.text());
            String text = article.text();
            float[][] vectors = ExecutorStages.embed(sentences.stream().map(s -> s.of(text)).toList());
            return new Piece.Analysed(AnalysisTable.row(analysis, Pipeline.ANALYSIS_VERSION, sentences, vectors,
                    inputs));
        } catch (RuntimeException | StackOverflowError e) {
            return Piece.Trouble.of(Problem.internal("analyse", first.origin(), e));
        }
    }

    /** {@code spark-submit ... parallax-spark-job.jar --out DIR INPUT...}: the job on a cluster. */
    public static void main(String[] args) throws IOException {
        List<String> inputs = new ArrayList<>();
        String out = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = args[++i];
            } else {
                inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: AnalysisJob --out DIR INPUT...");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("parallax-analyze").getOrCreate();
        try {
            Report r = new AnalysisJob(spark).run(inputs, out);
            System.out.printf("analysed %d articles from %d inputs in %.1f s (%.2f articles/s); %d problems%n",
                    r.articles(), r.inputs(), r.wall().toMillis() / 1000.0, r.articlesPerSecond(), r.problems());
        } finally {
            spark.stop();
        }
    }
}
