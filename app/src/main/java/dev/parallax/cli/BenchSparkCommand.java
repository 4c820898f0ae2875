package dev.parallax.cli;

import dev.parallax.ingest.Sidecar;
import dev.parallax.spark.AnalysisJob;
import org.apache.spark.sql.SparkSession;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code parallax bench spark}: the same texts through the Spark job at each master; the models are loaded before
 * the first timed run, so every run times the analysis alone.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs the same texts through the Spark analysis job in local[1] and local[2] (or --masters)",
                "and prints articles/s of each and the scaling factor of the last against the first."})
final class BenchSparkCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Directory of input files (read recursively, in name order).")
    Path dir;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N",
            description = "Use the first N files (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", paramLabel = "MASTER",
            description = "Spark masters to compare (default: ${DEFAULT-VALUE}).")
    List<String> masters;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a directory: " + dir);
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(Sidecar.FILE_NAME))
                    .sorted(Comparator.comparing(Path::toString)).limit(limit)
                    .map(p -> p.toAbsolutePath().toString()).toList();
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no files in " + dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d files of %s; %d cores; loading the models once before timing ...%n",
                files.size(), dir, Runtime.getRuntime().availableProcessors());
        out.flush();
        AnalysisJob.loadModels();
        Path work = Files.createTempDirectory("parallax-bench-spark");
        List<Double> rates = new ArrayList<>();
        try {
            for (int i = 0; i < masters.size(); i++) {
                SparkSession session = AnalysisJob.local(masters.get(i));
                try {
                    AnalysisJob.Report r = new AnalysisJob(session).run(files, work.resolve("out" + i).toString());
                    rates.add(r.articlesPerSecond());
                    out.printf(Locale.ROOT, "%-10s %4d articles in %7.1f s  %6.2f articles/s  (%d problems)%n",
                            masters.get(i), r.articles(), r.wall().toMillis() / 1000.0, r.articlesPerSecond(),
                            r.problems());
                    out.flush();
                } finally {
                    session.stop();
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (rates.size() > 1) {
            out.printf(Locale.ROOT, "scaling %s / %s: %.2f x%n", masters.get(masters.size() - 1), masters.get(0),
                    rates.get(rates.size() - 1) / rates.get(0));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
