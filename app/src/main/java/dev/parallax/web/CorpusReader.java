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
 * What the web server reads from a corpus directory: the latest briefing version (picked up within a second when
 * an {@code ingest} in another process writes a new one), each story's history, and search. Thread-safe.
 */
public final class CorpusReader implements Closeable {

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final BriefingStore store;
    private final CorpusIndex index;
    private final SentenceEmbedder embedder;
    private volatile BriefingStore.Version current;
    private volatile long checkedAt;
    /** Story changes of the current version; computing one reads every earlier version. */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<StoryChange>> changes =
            new java.util.concurrent.ConcurrentHashMap<>();

    public CorpusReader(Path dataDir, SentenceEmbedder embedder) throws IOException {
        this.store = new BriefingStore(dataDir);
        this.index = CorpusIndex.openForReading(dataDir);
        this.embedder = embedder;
        this.current = store.latest().orElseThrow(() -> new IOException("the corpus at " + dataDir
                + " has no briefing yet; run `parallax ingest PATH --data " + dataDir + "` without --no-brief"));
        this.checkedAt = System.nanoTime();
    }

    /** The latest briefing version. */
    public BriefingStore.Version version() {
        long now = System.nanoTime();
        if (now - checkedAt > RECHECK_NANOS) {
            synchronized (this) {
                if (now - checkedAt > RECHECK_NANOS) {
                    try {
                        List<Integer> numbers = store.numbers();
                        if (!numbers.isEmpty() && numbers.getLast() != current.number()) {
                            current = store.read(numbers.getLast());
                            changes.clear();
                            index.refresh();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the corpus briefing", e);
                    }
                    checkedAt = now;
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
        version(); // refreshes the index along with the briefing
        try {
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
