package dev.parallax.cli;

import dev.parallax.eval.ExtractionBenchmark;
import dev.parallax.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parallax bench extraction DIR}: article extraction throughput on one thread. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {
                "Measure article extraction speed on one thread over every .html and .html.gz file under DIR:",
                "the first page alone (cold: class loading and language models), one warm-up round, then timed",
                "rounds. Prints pages/s, MB/s and ms/page by the wall clock, and pages/s by the thread's CPU time.",
                "Exit status: 0 measured, 1 some file could not be read, 2 bad usage."})
final class ExtractionBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Directory holding HTML pages (searched recursively).")
    private Path dir;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds over all pages. Default: ${DEFAULT-VALUE}.")
    private int rounds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("parallax bench extraction: " + dir + " is not a directory");
            return ExitCodes.USAGE;
        }
        if (rounds < 1) {
            err.println("parallax bench extraction: --rounds must be at least 1, got " + rounds);
            return ExitCodes.USAGE;
        }
        ExtractionBenchmark.Result r = new ExtractionBenchmark(new ArticleExtractor()).run(dir, rounds);
        r.problems().forEach(p -> err.println("parallax bench extraction: " + p));
        if (r.pages() == 0) {
            err.println("parallax bench extraction: no .html or .html.gz files under " + dir);
            return ExitCodes.USAGE;
        }
        out.printf(Locale.ROOT, "pages        %d (%.1f MB), %d timed rounds on one thread%n", r.pages(),
                r.bytes() / 1048576.0, r.rounds());
        out.printf(Locale.ROOT, "first page   %.0f ms (cold: class loading, language models)%n", r.coldMillis());
        out.printf(Locale.ROOT, "wall clock   %.1f pages/s, %.1f MB/s, %.2f ms/page%n", r.pagesPerSecond(),
                r.megabytesPerSecond(), r.millisPerPage());
        out.printf(Locale.ROOT, "thread CPU   %.1f pages/s (not inflated by other processes on a shared machine)%n",
                r.pagesPerCpuSecond());
        out.flush();
        err.flush();
        return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
