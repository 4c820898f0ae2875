package dev.parallax.pipeline;

import dev.parallax.core.Ids;
import dev.parallax.core.Progress;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.SentenceEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A corpus whose index is damaged on disk says so, and {@code repair} restores it from the kept raw inputs. */
class CorpusRepairTest {

    private static final SentenceEmbedder EMBEDDER = new BgeSmallEmbedder();
    private static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path tmp;

    private static void ingest(Path data, Path input) throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
            CorpusUpdater updater = new CorpusUpdater(PIPELINE, SampleAnalyses::analyse, index, EMBEDDER, 2);
            IndexReport report = updater.index(List.of(input), Progress.NONE, n -> { });
            updater.update(report.problems(), Progress.NONE);
        }
    }

    /** Cuts the index's commit point in half, as a disk error or an interrupted copy would. */
    private static void damage(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            Path segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst()
                    .orElseThrow();
            byte[] bytes = Files.readAllBytes(segments);
            Files.write(segments, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
    }

    @Test
    void aDamagedIndexIsNamedWithTheWayOutAndRepairRestoresTheCorpus() throws IOException {
        Path data = tmp.resolve("data");
        Path sample = SampleCorpus.directory();
        ingest(data, sample);
        Set<String> stories;
        try (CorpusIndex index = CorpusIndex.openForReading(data)) {
            stories = index.storyIds();
        }
        assertThat(stories).isNotEmpty();

        damage(data);
        assertThatThrownBy(() -> CorpusIndex.openForWriting(data).close())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is damaged and cannot be read")
                .hasMessageContaining("parallax repair --data " + data);
        assertThatThrownBy(() -> CorpusIndex.openForReading(data).close())
                .hasMessageContaining("parallax repair --data " + data);

        CorpusRepair.Result r = new CorpusRepair(PIPELINE, SampleAnalyses::analyse, EMBEDDER, 16, Clock.systemUTC())
                .repair(data, Progress.NONE);
        assertThat(r.kept()).isEqualTo(4);
        assertThat(r.movedAside()).hasValueSatisfying(p -> assertThat(p).isDirectory());
        try (CorpusIndex index = CorpusIndex.openForReading(data)) {
            assertThat(index.counts()).containsEntry("raw", 4).containsEntry("article", 4)
                    .containsEntry("analysis", 4).containsEntry("member", 4);
            assertThat(index.storyIds()).isEqualTo(stories);
            try (Stream<Path> files = Files.list(sample)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    assertThat(index.raw(f.toString())).as(f.toString()).hasValueSatisfying(raw -> {
                        assertThat(raw.sha256()).isEqualTo(Ids.sha256(read(f)));
                        assertThat(raw.given().outlet().isPresent())
                                .isEqualTo(!f.getFileName().toString().startsWith("001"));
                    });
                }
            }
        }
    }

    @Test
    void aCorpusWithoutKeptInputsIsNotRepairedAndSaysWhy() {
        assertThatThrownBy(() -> new CorpusRepair(PIPELINE, SampleAnalyses::analyse, EMBEDDER, 16, Clock.systemUTC())
                .repair(tmp.resolve("nothing"), Progress.NONE))
                .hasMessageContaining("keeps no raw inputs outside its index");
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
