package dev.parallax.web;

import dev.parallax.brief.Briefing;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.SearchResults;
import dev.parallax.index.SearchRequest;
import dev.parallax.index.SentenceEmbedder;
import dev.parallax.index.StoryChange;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the web server reads from a corpus directory: the latest briefing version (picked up on the next request when
 * an {@code ingest} in another process writes a new one), each story's history, and search. Thread-safe.
 */
public final class CorpusReader implements Closeable {

    private final BriefingStore store;
    private final CorpusIndex index;
    private final SentenceEmbedder embedder;
    private volatile BriefingStore.Version current;
    /** Story changes of the current version; computing one reads every earlier version. */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<StoryChange>> changes =
            new java.util.concurrent.ConcurrentHashMap<>();

    public CorpusReader(Path dataDir, SentenceEmbedder embedder) throws IOException {
        this.store = new BriefingStore(dataDir);
        this.index = CorpusIndex.openForReading(dataDir);
        this.embedder = embedder;
        this.current = store.latest().orElseThrow(() -> new IOException("the corpus at " + dataDir
                + " has no briefing yet; run `parallax ingest PATH --data " + dataDir + "` without --no-brief"));
    }

    /**
     * The latest briefing version. Each call checks whether the next version's file exists (one file check), so an
     * {@code ingest} in another process is seen on the very next request; the index is reopened along with it.
     */
    public BriefingStore.Version version() {
        BriefingStore.Version seen = current;
        if (store.has(seen.number() + 1)) {
            synchronized (this) {
                if (current.number() == seen.number()) {
                    try {
                        List<Integer> numbers = store.numbers();
                        current = store.read(numbers.getLast());
                        changes.clear();
                        index.refresh();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the corpus briefing", e);
                    }
                }
            }
        }
        return current;
    }

    public Briefing briefing() {
        return version().briefing();
    }

    /** What changed in a story since its previous version; empty when the story is unknown. */
    public Optional<StoryChange> change(String storyId) {
        int v = version().number();
        return changes.computeIfAbsent(v + ":" + storyId, k -> computeChange(storyId));
    }

    private Optional<StoryChange> computeChange(String storyId) {
        try {
            return Optional.of(store.changeOf(storyId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<BriefingStore.StoryVersion> history(String storyId) {
        try {
            return store.history(storyId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResults search(SearchRequest request) {
        version();
        try {
            index.refresh(); // articles an ingest committed before it briefed them are searchable at once
            return index.search(request, embedder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
