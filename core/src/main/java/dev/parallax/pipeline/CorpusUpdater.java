package dev.parallax.pipeline;

import dev.parallax.brief.Briefing;
import dev.parallax.brief.BriefingAssembler;
import dev.parallax.cluster.ArticleSignal;
import dev.parallax.cluster.Story;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.cluster.StoryIndex;
import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.Indexer;
import dev.parallax.index.SentenceEmbedder;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Keeps a corpus on disk current at a cost in proportion to what arrives:
 * <ol>
 *   <li>{@link #index}: new inputs are extracted and <em>analysed once</em> (the pipeline's per-article stages), and
 *       the analysis is stored with the article, committed in batches;</li>
 *   <li>{@link #update}: the persistent story index is restored from its stored placements, articles not yet placed
 *       join it and the events they touched are grouped again (an event whose articles stay together keeps its id;
 *       moved articles are stored with their new event), only the stories whose articles changed are briefed
 *       again, each from its own stored analyses, and the corpus briefing is assembled from the stored story briefings and kept
 *       as a new version when it changed.</li>
 * </ol>
 * Crash-safe: each step commits atomically, and a rerun finishes what a killed run left (placements and story
 * briefings of one update are one commit). Memory holds the story index's signals and one story's analyses at a
 * time, never the whole corpus. Not thread-safe: one updater per corpus. The CPU time of the corpus's own work
 * (storing and loading, sentence vectors for search) goes to the pipeline's stage times as "index", placing
 * articles in stories as "cluster".
 */
public final class CorpusUpdater {

    /**
     * What one {@link #update} did.
     *
     * @param briefed ids of the stories briefed again
     */
    public record Update(BriefingStore.Version version, int placed, List<String> briefed, int stories) {
        public Update {
            briefed = List.copyOf(briefed);
        }

        public int storiesBriefed() {
            return briefed.size();
        }
    }

    private final Pipeline pipeline;
    private final CorpusIndex index;
    private final BriefingStore store;
    private final Indexer indexer;
    private final Ingester ingester = new Ingester();
    private final BriefingAssembler assembler = new BriefingAssembler();
    private final String perspective;
    private final Clock clock;

    public CorpusUpdater(Pipeline pipeline, CorpusIndex index, SentenceEmbedder embedder, int batch) {
        this(pipeline, pipeline::analyse, index, embedder, batch);
    }

    /** An updater whose per-article analysis is {@code analyser} (the pipeline's own, or analyses made elsewhere). */
    public CorpusUpdater(Pipeline pipeline, Indexer.Analyser analyser, CorpusIndex index, SentenceEmbedder embedder,
                         int batch) {
        this.pipeline = pipeline;
        this.index = index;
        this.store = new BriefingStore(index.dir());
        this.indexer = new Indexer(index, pipeline::extract, analyser, embedder, Pipeline.ANALYSIS_VERSION, batch);
        this.perspective = pipeline.perspective();
        this.clock = Clock.systemUTC();
    }

    /** The side an article with this metadata is on, on the perspective of this updater's briefings. */
    public String sideOf(dev.parallax.core.Metadata meta) {
        return pipeline.sideOf(meta);
    }

    public BriefingStore store() {
        return store;
    }

    /** Reads, analyses and indexes the inputs; {@code committed} hears the count of inputs durable after each commit. */
    public IndexReport index(List<Path> inputs, Progress progress, IntConsumer committed) throws IOException {
        return index(ingester.ingest(inputs), progress, committed);
    }

    public IndexReport index(Ingested ingested, Progress progress, IntConsumer committed) throws IOException {
        return timed("index", () -> indexer.index(ingested, progress, committed));
    }

    /**
     * Analyses again the articles whose stored analysis is older than {@link Pipeline#ANALYSIS_VERSION} (every
     * article with {@code all}); resumable after a kill. The stories are grouped again on the next {@link #update}.
     */
    public IndexReport reanalyze(boolean all, Progress progress, IntConsumer committed) throws IOException {
        return timed("index", () -> indexer.reanalyze(all, progress, committed));
    }

    /** What the index part of a step does, after any part timed as another stage inside it. */
    private interface IndexWork<T> {
        T run() throws IOException;
    }

    private <T> T timed(String stage, IndexWork<T> work) throws IOException {
        try {
            return pipeline.times().time(stage, () -> {
                try {
                    return work.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Places the articles not yet in a story, briefs the stories that changed, and keeps the corpus briefing as a
     * new version when it changed; {@code problems} (this run's unreadable inputs) go into the briefing.
     */
    public Update update(List<Problem> problems, Progress progress) throws IOException {
        try {
            return timed("index", () -> updateStories(problems, progress));
        } catch (IOException e) {
            throw dev.parallax.index.WriteFailure.diskFull(index.dir(), e)
                    ? dev.parallax.index.WriteFailure.explain(index.dir(), e) : e;
        }
    }

    private Update updateStories(List<Problem> problems, Progress progress) throws IOException {
        boolean regroup = index.marker(Indexer.REGROUP).isPresent();
        if (regroup) {
            index.clearStories();
            index.refresh();
        }
        StoryClusterer clusterer = pipeline.clusterer();
        StoryIndex stories = new StoryIndex(clusterer.settings());
        long seq = 0;
        Map<String, ArticleSignal> placed = new HashMap<>();
        for (CorpusIndex.Membership m : index.memberships()) {
            stories.restore(m.signal(), m.event(), m.storyline());
            placed.put(m.article(), m.signal());
            seq = Math.max(seq, m.seq() + 1);
        }
        // Place what arrived: the analyses of articles without a placement, read on the pipeline's threads.
        Map<String, ArticleSignal> arriving = new LinkedHashMap<>();
        List<Problem> unanalysed = new ArrayList<>();
        Map<String, CorpusIndex.Stamp> stamps = index.analysisStamps();
        List<String> unplaced = new TreeSet<>(stamps.keySet()).stream().filter(id -> !stories.contains(id)).toList();
        for (List<ArticleSignal> signals : pipeline.map(unplaced, id -> stored(id).map(
                a -> pipeline.times().time("cluster", () -> clusterer.signals(List.of(a)))).orElse(List.of()))) {
            signals.forEach(s -> arriving.put(s.id(), s));
        }
        for (String id : index.articleIds()) {
            if (!stamps.containsKey(id)) {
                unanalysed.add(new Problem("analyse", String.join(", ", index.originsOf(id)), "article " + id
                        + " has no stored analysis (corpus written by an earlier version); run `parallax reanalyze`"));
            }
        }
        Set<String> changed = new LinkedHashSet<>();
        List<StoryIndex.Assignment> assignments = pipeline.times().time("cluster",
                () -> stories.add(List.copyOf(arriving.values())));
        // New articles, and earlier ones that grouping the touched events again moved: the event they left changed too.
        for (StoryIndex.Assignment a : assignments) {
            ArticleSignal signal = a.movedFrom().isPresent() ? placed.get(a.article()) : arriving.get(a.article());
            index.putMembership(new CorpusIndex.Membership(a.article(), a.event(), a.storyline(), seq++, signal));
            changed.add(a.event());
            a.movedFrom().ifPresent(changed::add);
        }
        List<Story> all = stories.stories();
        Set<String> stored = index.storyIds();
        for (Story s : all) {
            if (!stored.contains(s.id())) {
                changed.add(s.id());
            }
        }
        Set<String> current = new TreeSet<>();
        all.forEach(s -> current.add(s.id()));
        for (String id : stored) {
            if (!current.contains(id)) {
                index.deleteStory(id);
            }
        }
        // Brief only the stories that changed, each from its own articles' stored analyses.
        List<Story> toBrief = all.stream().filter(s -> changed.contains(s.id())).toList();
        List<Problem> failed = new ArrayList<>();
        progress.start("brief", toBrief.size());
        try {
            // Stories are briefed side by side on the pipeline's threads, each from its own articles' analyses, and
            // stored in order.
            List<Briefed> briefed = pipeline.map(toBrief, s -> {
                Briefed b = brief(s);
                progress.step();
                return b;
            });
            for (Briefed b : briefed) {
                if (b.damaged() != null) {
                    throw b.damaged();
                }
                if (b.failure() != null) {
                    failed.add(b.failure());
                } else {
                    index.putStory(b.story().id(), b.briefing());
                }
            }
        } finally {
            progress.finish();
        }
        if (regroup) {
            index.deleteMarker(Indexer.REGROUP);
        }
        index.commit();
        List<Briefing> parts = new ArrayList<>();
        index.forEachStory(parts::add);
        List<Problem> batch = new ArrayList<>(problems);
        batch.addAll(unanalysed);
        batch.addAll(failed);
        Briefing briefing = assembler.assemble(parts, perspective, Instant.now(clock).toString(), batch);
        return new Update(store.save(briefing), arriving.size(), toBrief.stream().map(Story::id).toList(), all.size());
    }

    /** A story's new briefing, or why it has none: a failure of the analysis stages, or a damaged corpus. */
    private record Briefed(Story story, Briefing briefing, Problem failure, IOException damaged) {
    }

    private Briefed brief(Story s) {
        List<AnalysedArticle> members = new ArrayList<>();
        for (String id : s.articles()) {
            Optional<AnalysedArticle> a = stored(id);
            if (a.isEmpty()) {
                return new Briefed(s, null, null, new IOException("article " + id + " of story " + s.id()
                        + " has a placement but no stored analysis; the corpus at " + index.dir() + " is damaged"));
            }
            members.add(a.get());
        }
        try {
            return new Briefed(s, pipeline.brief(members, List.of(s), List.of()), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            // One story that cannot be briefed keeps its earlier briefing (if any); the others go on.
            return new Briefed(s, null, Problem.internal("brief", "story " + s.id() + " ("
                    + String.join(", ", s.articles()) + ")", e), null);
        }
    }

    /** The stored analysis of an article, read on any thread. */
    private Optional<AnalysedArticle> stored(String id) {
        try {
            return index.analysis(id);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
