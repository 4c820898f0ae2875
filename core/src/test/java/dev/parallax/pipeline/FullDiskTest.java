package dev.parallax.pipeline;

import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.RawStore;
import dev.parallax.index.SentenceEmbedder;
import dev.parallax.ingest.RawDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An ingest into a corpus on a real, small tmpfs that fills up: a clear error, the last commit intact, no kept raw
 * input lost, and a rerun with space finishes the work. Needs root (to mount the tmpfs); skipped elsewhere.
 */
class FullDiskTest {

    private static final SentenceEmbedder EMBEDDER = new BgeSmallEmbedder();
    private static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path tmp;

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    private static IndexReport ingest(Path data) throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
            CorpusUpdater updater = new CorpusUpdater(PIPELINE, SampleAnalyses::analyse, index, EMBEDDER, 1);
            IndexReport report = updater.index(List.of(SampleCorpus.directory()), Progress.NONE, n -> { });
            updater.update(report.problems(), Progress.NONE);
            return report;
        }
    }

    @Test
    void aFullDiskIsAClearErrorAndARerunWithSpaceFinishes() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        // The sample's corpus takes about 400 KB; 192 KB fill up during the ingest.
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=192k", "tmpfs", disk.toString()) == 0,
                "mounting a tmpfs needs root");
        Path copy = tmp.resolve("copy");
        try {
            Path data = disk.resolve("data");
            assertThatThrownBy(() -> ingest(data))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("the disk holding the corpus at " + data + " is full")
                    .hasMessageContaining("run the same command again");
            copyTree(data, copy);
        } finally {
            assertThat(run("umount", disk.toString())).isZero();
        }
        List<String> committed;
        try (CorpusIndex index = CorpusIndex.openForReading(copy)) {
            committed = index.rawDocuments().stream().map(RawDocument::origin).toList();
        }
        List<Problem> problems = new ArrayList<>();
        List<String> kept = RawStore.read(copy, problems).stream().map(RawDocument::origin).toList();
        assertThat(kept).as("every input the index committed is kept outside it").containsAll(committed);

        IndexReport rerun = ingest(copy);
        assertThat(rerun.unchanged()).isEqualTo(committed.size());
        try (CorpusIndex index = CorpusIndex.openForReading(copy)) {
            assertThat(index.counts()).containsEntry("raw", 4).containsEntry("article", 4);
        }
        assertThat(RawStore.read(copy, problems)).hasSize(4);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
