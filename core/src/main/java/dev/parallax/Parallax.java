package dev.parallax;

import dev.parallax.attribute.AttributedArticle;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.StoryBrief;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.extract.Article;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.SearchRequest;
import dev.parallax.index.SearchResults;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resolve.CustomGroups;
import dev.parallax.resolve.OutletRegistry;
import dev.parallax.resolve.Perspective;
import dev.parallax.resolve.Resolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Parallax as a library: briefs articles, extracts news pages, finds who said what, and keeps corpora on disk.
 * <pre>{@code
 * try (Parallax parallax = Parallax.builder().perspective("ownership").threads(4).build()) {
 *     Briefing briefing = parallax.brief(List.of(Path.of("articles")));
 *     briefing.stories().forEach(story -> System.out.println(story.headline()));
 * }
 * }</pre>
 * The models (CoreNLP, bge-small-en-v1.5) load on first use and are shared by every instance in the JVM. An instance
 * is thread-safe; closing it closes the corpora it opened. Bad input does not throw: it becomes a {@link Problem}
 * in the result, as on the command line.
 */
public final class Parallax implements AutoCloseable {

    private static final int BATCH = 16;

    private final Pipeline pipeline;
    private final Optional<Path> corpusDirectory;
    private final List<Problem> problems;
    private final Set<Corpus> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private Parallax(Builder b) {
        OutletRegistry registry = b.outlets == null ? OutletRegistry.bundled() : OutletRegistry.load(b.outlets);
        Perspective perspective = Perspective.named(b.perspective, registry);
        List<Problem> found = new ArrayList<>(registry.problems());
        if (perspective instanceof CustomGroups groups) {
            found.addAll(groups.problems());
        }
        this.problems = List.copyOf(found);
        this.pipeline = new Pipeline(new Resolver(registry, perspective), b.threads);
        this.corpusDirectory = Optional.ofNullable(b.corpus);
    }

    /** A Parallax with the bundled outlet registry, sides by country, all cores. */
    public static Parallax create() {
        return builder().build();
    }

    /** Options of a new instance; every one has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** What the outlet registry file and the groups file of the perspective could not say (bad lines, unknown outlets). */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The briefing of files and directories: the articles grouped into stories, each with The News, Signals, actors and
     * a timeline, every sentence citing its span. Inputs are read as {@code parallax brief} reads them.
     */
    public Briefing brief(List<Path> inputs) {
        checkOpen();
        return pipeline.brief(pipeline.read(inputs), Progress.NONE);
    }

    /** The article of a news page: clean text, title, dates, authors, outlet, each with where it came from. */
    public Article extract(String html, String url) {
        checkOpen();
        Metadata given = Metadata.builder().url(url, "given URL").build();
        return pipeline.extract(new RawDocument(url, html.getBytes(StandardCharsets.UTF_8), Format.HTML, given));
    }

    /**
     * Who said what in a plain text: quotes, reported speech, speakers, cues and cited sources, as spans of the
     * article's clean text ({@link AttributedArticle#text()}), which drops furniture lines such as bylines.
     */
    public AttributedArticle attribute(String text) {
        checkOpen();
        RawDocument raw = new RawDocument("text", text.getBytes(StandardCharsets.UTF_8), Format.TEXT, Metadata.EMPTY);
        return pipeline.analyse(pipeline.extract(raw)).attributed();
    }

    /** Opens the corpus directory given to {@link Builder#corpus(Path)}. */
    public Corpus open() throws IOException {
        return open(corpusDirectory.orElseThrow(() -> new IllegalStateException(
                "no corpus directory was given to the builder; call open(Path) or Builder.corpus(Path)")));
    }

    /**
     * Opens (creating if needed) the corpus under {@code directory} for adding articles and searching, as
     * {@code parallax ingest --data DIR} does. One process at a time may hold a corpus open.
     */
    public Corpus open(Path directory) throws IOException {
        checkOpen();
        Corpus corpus = new Corpus(directory);
        open.add(corpus);
        return corpus;
    }

    /** Closes the corpora this instance opened and still holds; the instance cannot be used afterwards. */
    @Override
    public void close() {
        closed = true;
        for (Corpus c : List.copyOf(open)) {
            try {
                c.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the corpus at " + c.directory, e);
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this Parallax was closed");
        }
    }

    /**
     * A corpus on disk: a Lucene index of the raw inputs, the articles with their stored analyses, and the stories.
     * <pre>{@code
     * try (Parallax parallax = Parallax.create(); Parallax.Corpus corpus = parallax.open(Path.of("data"))) {
     *     corpus.ingest(List.of(Path.of("articles")));
     *     corpus.search("export controls").hits().forEach(hit -> System.out.println(hit.snippet()));
     * }
     * }</pre>
     * Adding is serialised; searching and reading stories may run alongside it.
     */
    public final class Corpus implements AutoCloseable {

        private final Path directory;
        private final CorpusIndex index;
        private final CorpusUpdater updater;

        private Corpus(Path directory) throws IOException {
            this.directory = requireNonNull(directory, "directory");
            this.index = CorpusIndex.openForWriting(directory);
            this.updater = new CorpusUpdater(pipeline, index, new BgeSmallEmbedder(), BATCH);
        }

        /**
         * Adds files and directories: each new article is analysed once and stored, joins the corpus's stories, and
         * the stories that changed are briefed again. Inputs already in the corpus are skipped.
         */
        public synchronized IndexReport ingest(List<Path> inputs) throws IOException {
            checkOpen();
            IndexReport report = updater.index(inputs, Progress.NONE, n -> { });
            updater.update(report.problems(), Progress.NONE);
            return report;
        }

        /** The sentences that match {@code query} by words and by meaning, best first (at most ten). */
        public SearchResults search(String query) throws IOException {
            return search(new SearchRequest(query, SearchRequest.Mode.HYBRID, 10, 0, Optional.empty()));
        }

        /** A search with its mode, paging and article filter. */
        public SearchResults search(SearchRequest request) throws IOException {
            checkOpen();
            return index.search(request, new BgeSmallEmbedder());
        }

        /** The stories of the corpus's latest briefing, empty before the first {@link #ingest}. */
        public List<StoryBrief> stories() throws IOException {
            return briefing().map(Briefing::stories).orElse(List.of());
        }

        /** The corpus's latest briefing. */
        public Optional<Briefing> briefing() throws IOException {
            checkOpen();
            return new BriefingStore(directory).latest().map(BriefingStore.Version::briefing);
        }

        /** Closes the index; what was not committed is dropped, as after a crash. */
        @Override
        public void close() throws IOException {
            if (open.remove(this)) {
                index.close();
            }
        }
    }

    /**
     * Options of a {@link Parallax}:
     * <pre>{@code
     * Parallax parallax = Parallax.builder()
     *         .outlets(Path.of("my-outlets.csv"))   // instead of the bundled registry
     *         .perspective("groups.txt")            // country (default), ownership, or a groups file
     *         .threads(2)
     *         .corpus(Path.of("parallax-data"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private String perspective = "country";
        private Path outlets;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path corpus;

        private Builder() {
        }

        /** The side axis: {@code country} (the default), {@code ownership}, or the path of a groups file. */
        public Builder perspective(String nameOrFile) {
            this.perspective = requireNonNull(nameOrFile, "perspective");
            return this;
        }

        /** An outlet registry CSV to use instead of the bundled one (see docs/outlets.md). */
        public Builder outlets(Path file) {
            this.outlets = requireNonNull(file, "outlets");
            return this;
        }

        /** How many articles are analysed at once (default: the number of cores). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The corpus directory {@link Parallax#open()} opens. */
        public Builder corpus(Path directory) {
            this.corpus = requireNonNull(directory, "corpus");
            return this;
        }

        /**
         * The instance. Models are not loaded yet.
         *
         * @throws UncheckedIOException     when the outlets file cannot be read
         * @throws IllegalArgumentException when the perspective is neither an axis nor a file
         */
        public Parallax build() {
            return new Parallax(this);
        }
    }
}
