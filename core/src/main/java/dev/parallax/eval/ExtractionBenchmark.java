package dev.parallax.eval;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads: every {@code .html} and {@code .html.gz} file under a directory. Adds: extraction throughput on one
 * thread — the first page alone (cold: class loading, language models), then a warm-up round, then timed rounds —
 * in pages and megabytes per second, by the wall clock and by the thread's CPU time (which other processes on
 * a shared machine do not inflate). Bad input: unreadable files are reported and left out of the timing.
 */
public final class ExtractionBenchmark {

    /**
     * What one run measured.
     *
     * @param seconds    wall-clock time of the timed rounds
     * @param cpuSeconds CPU time the extracting thread used in them: the figure to trust on a shared machine
     * @param coldMillis time for the very first page, which loads classes and language models
     */
    public record Result(int pages, long bytes, int rounds, double seconds, double cpuSeconds, double coldMillis,
                         List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages * (double) rounds / seconds;
        }

        public double pagesPerCpuSecond() {
            return cpuSeconds == 0 ? 0 : pages * (double) rounds / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return seconds == 0 ? 0 : bytes * (double) rounds / seconds / 1048576.0;
        }

        public double millisPerPage() {
            return pages == 0 ? 0 : seconds * 1000 / (pages * (double) rounds);
        }
    }

    private final ArticleExtractor extractor;

    public ExtractionBenchmark(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public Result run(Path dir, int rounds) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".html") || name.endsWith(".html.gz") || name.endsWith(".htm");
            }).sorted().toList();
        }
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            try {
                byte[] data = ExtractionEvaluation.read(file);
                bytes += data.length;
                documents.add(new RawDocument(file.toString(), data, Format.HTML, Metadata.EMPTY));
            } catch (IOException e) {
                problems.add(new Problem("bench", file.toString(), "cannot read: " + e.getMessage()));
            }
        }
        if (documents.isEmpty()) {
            return new Result(0, 0, rounds, 0, 0, 0, problems);
        }
        long start = System.nanoTime();
        extractor.extract(documents.getFirst());
        double cold = (System.nanoTime() - start) / 1e6;
        documents.forEach(extractor::extract);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            documents.forEach(extractor::extract);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Result(documents.size(), bytes, rounds, seconds, cpuSeconds, cold, problems);
    }
}
