package dev.parallax.web;

import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A corpus ingested and briefed into a directory, served on a free loopback port; closed by the test. */
final class ServedCorpus implements AutoCloseable {

    final CorpusReader reader;
    final WebServer server;
    final String base;

    private ServedCorpus(CorpusReader reader, WebServer server) {
        this.reader = reader;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    static ServedCorpus of(List<Path> inputs, Path data, Optional<String> token) throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
            CorpusUpdater updater = new CorpusUpdater(new Pipeline(), index, new BgeSmallEmbedder(), 16);
            IndexReport report = updater.index(inputs, dev.parallax.core.Progress.NONE, n -> { });
            updater.update(report.problems(), dev.parallax.core.Progress.NONE);
        }
        CorpusReader reader = new CorpusReader(data, new BgeSmallEmbedder());
        return new ServedCorpus(reader, WebServer.start(reader, "127.0.0.1", 0, token));
    }

    @Override
    public void close() throws IOException {
        server.close();
        reader.close();
    }
}
