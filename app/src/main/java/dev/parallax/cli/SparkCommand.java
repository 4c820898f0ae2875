package dev.parallax.cli;

import dev.parallax.spark.AnalysisJob;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parallax spark}: the per-article analysis as an Apache Spark job. */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs the per-article analysis as an Apache Spark job, here in local mode (no Spark",
                "installation needed); docs/spark.md shows spark-submit on a cluster."},
        subcommands = {SparkCommand.Analyze.class})
final class SparkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The default master: every core of this machine. */
    static String defaultMaster() {
        return "local[" + Runtime.getRuntime().availableProcessors() + "]";
    }

    @Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
            description = {"Analyses every article of the inputs (files, directories, JSON/JSONL, CSV, feeds, WARC;",
                    "local paths or any Hadoop filesystem URI) and writes OUT/analyses and OUT/problems as Parquet",
                    "(schema in docs/spark.md). Load the result with: parallax ingest --analyses OUT --data CORPUS.",
                    "Exit code: 0 all inputs read, 1 some input or article failed (see OUT/problems), 2 bad usage."})
    static final class Analyze implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or Hadoop paths.")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (replaced).")
        String out;

        @Option(names = "--master", paramLabel = "MASTER",
                description = "Spark master, local[N] for N worker threads (default: local[cores]).")
        String master;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            SparkSession session = AnalysisJob.local(master == null ? defaultMaster() : master);
            try {
                AnalysisJob.Report r = new AnalysisJob(session).run(inputs, out);
                o.printf(Locale.ROOT, "analysed %d articles from %d inputs in %.1f s (%.2f articles/s) with %s;"
                                + " %d problems%nwrote %s/analyses and %s/problems%n", r.articles(), r.inputs(),
                        r.wall().toMillis() / 1000.0, r.articlesPerSecond(), session.sparkContext().master(),
                        r.problems(), out, out);
                o.flush();
                return r.problems() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
            } finally {
                session.stop();
            }
        }
    }
}
