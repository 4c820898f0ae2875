package dev.parallax.pipeline;

import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.Indexer;
import dev.parallax.index.RawStore;
import dev.parallax.index.SentenceEmbedder;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a corpus's Lucene index from the raw inputs it keeps outside the index ({@link RawStore}): the old index
 * is moved aside (never deleted), every kept input is extracted, analysed and indexed again, and the stories are
 * grouped and briefed again. Costs what ingesting the whole corpus costs. Bad input: a kept input whose bytes are
 * missing or damaged is a problem in the result; the others are restored.
 */
public final class CorpusRepair {

    /**
     * What a repair did.
     *
     * @param movedAside where the old index now is (empty when there was none)
     * @param kept       inputs read from the raw store
     */
    public record Result(java.util.Optional<Path> movedAside, int kept, IndexReport report, CorpusUpdater.Update update) {
    }

    private final Pipeline pipeline;
    private final Indexer.Analyser analyser;
    private final SentenceEmbedder embedder;
    private final int batch;
    private final Clock clock;

    public CorpusRepair(Pipeline pipeline, Indexer.Analyser analyser, SentenceEmbedder embedder, int batch, Clock clock) {
        this.pipeline = pipeline;
        this.analyser = analyser;
        this.embedder = embedder;
        this.batch = batch;
        this.clock = clock;
    }

    public Result repair(Path dataDir, Progress progress) throws IOException {
        if (!RawStore.exists(dataDir)) {
            throw new IOException("the corpus at " + dataDir + " keeps no raw inputs outside its index ("
                    + dataDir.resolve("raw") + " is missing: written by an earlier version, or not a corpus);"
                    + " nothing to rebuild from");
        }
        List<Problem> problems = new ArrayList<>();
        List<RawDocument> kept = RawStore.read(dataDir, problems);
        Path index = dataDir.resolve("index");
        java.util.Optional<Path> aside = java.util.Optional.empty();
        if (Files.exists(index)) {
            Path to = dataDir.resolve("index.damaged-" + Instant.now(clock).toString().replace(':', '-'));
            Files.move(index, to);
            aside = java.util.Optional.of(to);
        }
        try (CorpusIndex fresh = CorpusIndex.openForWriting(dataDir)) {
            CorpusUpdater updater = new CorpusUpdater(pipeline, analyser, fresh, embedder, batch);
            IndexReport report = updater.index(new Ingested(kept, problems), progress, n -> { });
            CorpusUpdater.Update update = updater.update(report.problems(), progress);
            return new Result(aside, kept.size(), report, update);
        }
    }
}
