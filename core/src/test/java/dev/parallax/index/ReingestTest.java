package dev.parallax.index;

import dev.parallax.core.Progress;
import dev.parallax.ingest.Ingester;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.SampleAnalyses;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same text arriving again from another input: the origin is added and the metadata merged, never lost — on
 * ingest and on reanalyze. Real Lucene and the real bge-small model; the sample's CoreNLP analysis is made once per
 * run and carries the article exactly as it was handed to the analysis.
 */
class ReingestTest {

    private static final SentenceEmbedder EMBEDDER = new BgeSmallEmbedder();
    private static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path tmp;

    private static Indexer indexer(CorpusIndex index) {
        return new Indexer(index, PIPELINE::extract, SampleAnalyses::analyse, EMBEDDER, Pipeline.ANALYSIS_VERSION, 16);
    }

    private static IndexReport ingest(CorpusIndex index, Path input) throws IOException {
        return indexer(index).index(new Ingester().ingest(List.of(input)), Progress.NONE, n -> { });
    }

    /** The Global Times news article of the sample, copied alone into a directory without metadata.csv. */
    private Path globalTimesWithoutSidecar() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("copy"));
        Path file = SampleCorpus.directory().resolve("002_7ea9eeeb3fa4b8c8.txt");
        return Files.copy(file, dir.resolve(file.getFileName()));
    }

    private static String globalTimesId(CorpusIndex index) {
        return index.articleOf(SampleCorpus.directory().resolve("002_7ea9eeeb3fa4b8c8.txt").toString()).orElseThrow();
    }

    private static String outlet(CorpusIndex index, String id) throws IOException {
        return index.analysis(id).orElseThrow().article().outlet();
    }

    private static String searchedOutlet(CorpusIndex index, String id) throws IOException {
        return index.search(new SearchRequest("Geneva", SearchRequest.Mode.TEXT, 100, Optional.empty()), EMBEDDER)
                .hits().stream().filter(h -> h.article().equals(id)).findFirst().orElseThrow().outlet();
    }

    @Test
    void theGlobalTimesArticleReingestedWithoutItsSidecarKeepsItsOutlet() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            ingest(index, SampleCorpus.directory());
            String id = globalTimesId(index);
            assertThat(outlet(index, id)).isEqualTo("Global Times");

            Path copy = globalTimesWithoutSidecar();
            IndexReport again = ingest(index, copy.getParent());
            assertThat(again.sameText()).isEqualTo(1);
            assertThat(again.analysed()).as("nothing changed, nothing analysed again").isZero();
            assertThat(again.changes()).isEmpty();
            assertThat(index.originsOf(id)).hasSize(2).contains(copy.toString());
            assertThat(outlet(index, id)).isEqualTo("Global Times");
            assertThat(searchedOutlet(index, id)).isEqualTo("Global Times");

            // Reanalyze reads the kept inputs in origin order; the copy without a sidecar may come first.
            IndexReport redone = indexer(index).reanalyze(true, Progress.NONE, n -> { });
            assertThat(redone.analysed()).isEqualTo(4);
            assertThat(outlet(index, id)).isEqualTo("Global Times");
            assertThat(searchedOutlet(index, id)).isEqualTo("Global Times");
            assertThat(index.originsOf(id)).hasSize(2);
        }
    }

    @Test
    void anOutletGivenLaterFillsTheGapAndTheChangeIsReported() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            Path copy = globalTimesWithoutSidecar();
            ingest(index, copy.getParent());
            String id = index.articleOf(copy.toString()).orElseThrow();
            assertThat(outlet(index, id)).as("the text alone names no outlet").isEmpty();

            IndexReport withSidecar = ingest(index, SampleCorpus.directory());
            assertThat(withSidecar.changes()).singleElement().satisfies(c -> {
                assertThat(c.article()).isEqualTo(id);
                assertThat(c.origin()).endsWith("002_7ea9eeeb3fa4b8c8.txt").isNotEqualTo(copy.toString());
                assertThat(c.fields()).contains("outlet '' -> 'Global Times'");
            });
            assertThat(outlet(index, id)).isEqualTo("Global Times");
            assertThat(searchedOutlet(index, id)).isEqualTo("Global Times");
            assertThat(index.originsOf(id)).containsExactly(copy.toString(),
                    SampleCorpus.directory().resolve("002_7ea9eeeb3fa4b8c8.txt").toString());

            IndexReport once = ingest(index, copy.getParent());
            assertThat(once.unchanged()).isEqualTo(1);
            assertThat(outlet(index, id)).as("a value is never replaced by nothing").isEqualTo("Global Times");
        }
    }
}
