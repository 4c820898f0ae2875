package dev.parallax.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.parallax.core.Metadata;
import dev.parallax.brief.Briefing;
import dev.parallax.cluster.ArticleSignal;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The corpus on disk: an Apache Lucene index under {@code DIR/index} with three kinds of documents —
 * <ul>
 *   <li>{@code raw}: one per input, keyed by origin — the bytes as they arrived, their format and given metadata;
 *       the source of truth, so everything can be re-analysed after an upgrade;</li>
 *   <li>{@code article}: one per article id (hash of the clean text, so the same article twice is one article) —
 *       title and text for BM25, metadata, every origin;</li>
 *   <li>{@code sentence}: one per sentence of an article — its span and its embedding in the HNSW vector index.</li>
 * </ul>
 * Writes become visible to other processes and survive a crash only at {@link #commit()}, which Lucene makes atomic:
 * after a kill, the index is the last commit, and a rerun of the same input redoes only what was not committed.
 * One process writes at a time (Lucene's write lock); any number may read.
 */
public final class CorpusIndex implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static final String KIND = "kind";
    private static final String ORIGIN = "origin";
    static final String ARTICLE = "article";
    static final String SENTENCE_OF = "sentenceOf";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String VECTOR = "vector";
    private static final String ANALYSIS = "analysis";
    private static final String ANALYSIS_OF = "analysisOf";
    private static final String MEMBER = "member";
    private static final String MEMBER_OF = "memberOf";
    private static final String STORY = "story";
    private static final String STORY_ID = "storyId";
    private static final String VERSION = "version";
    private static final String ANALYSED_AT = "analysedAt";
    private static final String DATA = "data";
    private static final String MARKER = "marker";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer; // null when read-only
    private final SearcherManager searchers;
    private final Analyzer analyzer = CorpusSearcher.analyzer();
    /** What is written (committed or not) in this process's view: origin → raw hash, article → origins. */
    private final Map<String, String> rawHashByOrigin = new HashMap<>();
    private final Map<String, List<String>> originsByArticle = new LinkedHashMap<>();
    private final Map<String, String> articleByOrigin = new HashMap<>();
    private final Map<String, Stamp> stamps = new HashMap<>();
    /** The raw inputs kept outside the index (writing only). */
    private RawStore rawStore;

    private CorpusIndex(Path dir, boolean writable) throws IOException {
        this.dir = dir;
        Path indexDir = dir.resolve("index");
        if (!writable && !indexExists(indexDir)) {
            throw new IOException("no corpus at " + dir + " (no Lucene index in " + indexDir
                    + "); run `parallax ingest PATH --data " + dir + "` first");
        }
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        IndexWriter writer = null;
        SearcherManager searchers = null;
        // Whatever fails while opening or loading, the directory, the writer and its lock are released.
        try {
            if (writable) {
                IndexWriterConfig config = new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setCommitOnClose(false); // only explicit commits count: a crash never leaves half a batch
                try {
                    writer = new IndexWriter(directory, config);
                } catch (LockObtainFailedException e) {
                    throw new IOException("another process is writing to the corpus at " + dir
                            + " (Lucene write lock held); wait for it or stop it", e);
                }
                if (!DirectoryReader.indexExists(directory)) {
                    writer.commit(); // an empty, openable index from the start
                }
                searchers = new SearcherManager(writer, null);
            } else {
                searchers = new SearcherManager(directory, null);
            }
            this.directory = directory;
            this.writer = writer;
            this.searchers = searchers;
            loadKeys();
        } catch (IOException | RuntimeException | Error e) {
            IndexWriter opened = writer;
            IOUtils.closeWhileHandlingException(searchers, opened == null ? null : opened::rollback, directory);
            throw e;
        }
    }

    private static boolean indexExists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false; // opening a directory would create it
        }
        try (Directory d = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /**
     * Opens (creating if needed) the corpus under {@code dir} for writing. Its raw inputs are also kept outside the
     * index ({@link RawStore}); a corpus written before that has them copied out once, here.
     */
    public static CorpusIndex openForWriting(Path dir) throws IOException {
        CorpusIndex index = opened(dir, true);
        try {
            index.rawStore = RawStore.open(dir);
            if (index.rawStore.isEmpty()) {
                index.forEachRaw(index.rawStore::put);
                index.rawStore.sync();
            }
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /** Opens an existing corpus under {@code dir} for reading; sees other processes' commits after {@link #refresh()}. */
    public static CorpusIndex openForReading(Path dir) throws IOException {
        return opened(dir, false);
    }

    private static CorpusIndex opened(Path dir, boolean writable) throws IOException {
        try {
            return new CorpusIndex(dir, writable);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | java.io.EOFException | java.nio.file.NoSuchFileException e) {
            throw damaged(dir, e);
        }
    }

    /** The error for an index Lucene cannot read: what, where, and how to get the corpus back. */
    static IOException damaged(Path dir, Exception e) {
        String how = RawStore.exists(dir)
                ? "run `parallax repair --data " + dir + "` to rebuild it from the raw inputs kept in " + dir.resolve("raw")
                : "this corpus keeps no raw inputs outside the index (written by an earlier version); restore "
                        + dir.resolve("index") + " from a backup or ingest the inputs again into a new --data directory";
        return new IOException("the corpus index at " + dir.resolve("index") + " is damaged and cannot be read ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "); " + how, e);
    }

    public Path dir() {
        return dir;
    }

    private void loadKeys() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            StoredFields fields = s.storedFields();
            for (ScoreDoc sd : all(s, "raw")) {
                Document d = fields.document(sd.doc, Set.of(ORIGIN, "rawSha256"));
                rawHashByOrigin.put(d.get(ORIGIN), d.get("rawSha256"));
            }
            for (ScoreDoc sd : all(s, ARTICLE)) {
                Document d = fields.document(sd.doc, Set.of(ARTICLE, "origins"));
                recordOrigins(d.get(ARTICLE), List.of(d.getValues("origins")));
            }
            for (ScoreDoc sd : all(s, ANALYSIS)) {
                Document d = fields.document(sd.doc, Set.of(ANALYSIS_OF, VERSION, ANALYSED_AT));
                stamps.put(d.get(ANALYSIS_OF), new Stamp(d.getField(VERSION).numericValue().intValue(),
                        d.getField(ANALYSED_AT).numericValue().longValue()));
            }
        } finally {
            searchers.release(s);
        }
    }

    private static ScoreDoc[] all(IndexSearcher s, String kind) throws IOException {
        int n = Math.max(1, s.count(new TermQuery(new Term(KIND, kind))));
        return s.search(new TermQuery(new Term(KIND, kind)), n).scoreDocs;
    }

    /** True when this exact input (same origin, same bytes) is already in the corpus. */
    public boolean hasRaw(RawDocument doc) {
        return doc.sha256().equals(rawHashByOrigin.get(doc.origin()));
    }

    public boolean hasArticle(String id) {
        return originsByArticle.containsKey(id);
    }

    /** Number of distinct articles written. */
    public int articleCount() {
        return originsByArticle.size();
    }

    /**
     * Keeps the raw input, keyed by its origin (a changed file replaces its earlier bytes), in the index and in the
     * raw store outside it.
     */
    public void putRaw(RawDocument doc) throws IOException {
        if (rawStore != null) {
            rawStore.put(doc);
        }
        Document d = new Document();
        d.add(new StringField(KIND, "raw", Field.Store.NO));
        d.add(new StringField(ORIGIN, doc.origin(), Field.Store.YES));
        d.add(new StoredField("rawSha256", doc.sha256()));
        d.add(new StoredField("format", doc.format().name()));
        d.add(new StoredField("given", json(doc.given())));
        d.add(new StoredField("fallback", json(doc.fallback())));
        d.add(new StoredField("bytes", new BytesRef(doc.bytes())));
        doc.charset().ifPresent(c -> d.add(new StoredField("charset", c)));
        writable().updateDocument(new Term(ORIGIN, doc.origin()), d);
        rawHashByOrigin.put(doc.origin(), doc.sha256());
    }

    /**
     * Writes an article with its sentences and their vectors, replacing an earlier write of the same id; origins
     * already recorded for the id are kept.
     */
    public void putArticle(Article article, List<Span> sentences, float[][] vectors) throws IOException {
        if (sentences.size() != vectors.length) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + vectors.length + " vectors");
        }
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span span = sentences.get(i);
            Document d = new Document();
            d.add(new StringField(KIND, "sentence", Field.Store.NO));
            d.add(new StringField(SENTENCE_OF, article.id(), Field.Store.YES));
            d.add(new StoredField("start", span.start()));
            d.add(new StoredField("end", span.end()));
            d.add(new TextField(TEXT, span.of(article.text()), Field.Store.YES));
            d.add(new KnnFloatVectorField(VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
            docs.add(d);
        }
        writable().updateDocuments(new Term(SENTENCE_OF, article.id()), docs);
        writeArticleDoc(article, merged(originsByArticle.get(article.id()), article.origins()));
    }

    /** The raw input kept for an origin, as committed (or written by this process before its last refresh). */
    public Optional<RawDocument> raw(String origin) throws IOException {
        return stored(ORIGIN, origin).map(CorpusIndex::raw);
    }

    /** Where the story index placed an article, when it is placed. */
    public Optional<Membership> membership(String articleId) throws IOException {
        return stored(MEMBER_OF, articleId).map(d -> new Membership(d.get(MEMBER_OF), d.get("event"),
                d.get("storyline"), d.getField("seq").numericValue().longValue(),
                AnalysisCodec.signal(bytes(d.getBinaryValue(DATA)))));
    }

    /**
     * Records one more origin of an article already written (the same text arrived again); the article doc keeps
     * the metadata of {@code article}, so pass the article as stored, not as it arrived.
     */
    public void addOrigin(Article article) throws IOException {
        List<String> known = originsByArticle.get(article.id());
        if (known == null) {
            throw new IllegalStateException("article " + article.id() + " is not in the corpus; write it first");
        }
        List<String> all = merged(known, article.origins());
        if (!all.equals(known)) {
            writeArticleDoc(article, all);
        }
    }

    private static List<String> merged(List<String> known, List<String> more) {
        List<String> all = new ArrayList<>(known == null ? List.of() : known);
        more.stream().filter(o -> !all.contains(o)).forEach(all::add);
        return List.copyOf(all);
    }

    private void writeArticleDoc(Article a, List<String> origins) throws IOException {
        Document d = new Document();
        d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        d.add(new TextField(TEXT, a.text(), Field.Store.YES));
        d.add(new StringField("outlet", a.outlet(), Field.Store.YES));
        d.add(new StoredField("published", Metadata.valueOf(a.meta().published())));
        d.add(new StoredField("url", Metadata.valueOf(a.meta().url())));
        d.add(new StoredField("rawSha256", a.rawSha256()));
        origins.forEach(o -> d.add(new StoredField("origins", o)));
        writable().updateDocument(new Term(ARTICLE, a.id()), d);
        recordOrigins(a.id(), origins);
    }

    /** Makes everything written so far durable and visible to readers, atomically. */
    public void commit() throws IOException {
        if (rawStore != null) {
            rawStore.sync(); // the kept inputs are on disk before the commit that records them
        }
        writable().commit();
        searchers.maybeRefresh();
    }

    /** Picks up commits made by other processes (read-only mode), or this process's own writes. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Every raw input kept, in origin order, as it arrived. */
    public List<RawDocument> rawDocuments() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            StoredFields fields = s.storedFields();
            List<RawDocument> out = new ArrayList<>();
            for (ScoreDoc sd : all(s, "raw")) {
                out.add(raw(fields.document(sd.doc)));
            }
            out.sort(java.util.Comparator.comparing(RawDocument::origin));
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Committed document counts by kind, as readers see them: {@code raw}, {@code article}, {@code sentence},
     * {@code analysis}, {@code member} (story placements) and {@code story} (story briefings).
     */
    public Map<String, Integer> counts() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (String kind : List.of("raw", ARTICLE, "sentence", ANALYSIS, MEMBER, STORY)) {
                out.put(kind, s.count(new TermQuery(new Term(KIND, kind))));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Article ids as readers see them, in index order, duplicates included (there should be none). */
    public List<String> articleIds() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : all(s, ARTICLE)) {
                out.add(s.storedFields().document(sd.doc, Set.of(ARTICLE)).get(ARTICLE));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** When an article was analysed, and by which analysis version. */
    public record Stamp(int version, long analysedAt) {
    }

    /** Where the story index placed an article, in the order placements were made ({@code seq}). */
    public record Membership(String article, String event, String storyline, long seq, ArticleSignal signal) {
        public Membership {
            requireNonNull(article, "article");
            requireNonNull(event, "event");
            requireNonNull(storyline, "storyline");
            requireNonNull(signal, "signal");
        }
    }

    /** Stores an article's analysis with the analysis version that produced it, replacing an earlier one. */
    public void putAnalysis(AnalysedArticle analysis, int version) throws IOException {
        long now = System.currentTimeMillis();
        Document d = new Document();
        d.add(new StringField(KIND, ANALYSIS, Field.Store.NO));
        d.add(new StringField(ANALYSIS_OF, analysis.id(), Field.Store.YES));
        d.add(new StoredField(VERSION, version));
        d.add(new StoredField(ANALYSED_AT, now));
        d.add(new StoredField(DATA, new BytesRef(AnalysisCodec.encode(analysis))));
        writable().updateDocument(new Term(ANALYSIS_OF, analysis.id()), d);
        stamps.put(analysis.id(), new Stamp(version, now));
    }

    /** The stamps of every stored analysis (written in this process or committed), by article id. */
    public Map<String, Stamp> analysisStamps() {
        return Map.copyOf(stamps);
    }

    /** The stored analysis of an article, as committed (or written by this process before its last refresh). */
    public Optional<AnalysedArticle> analysis(String articleId) throws IOException {
        return stored(ANALYSIS_OF, articleId).map(d -> AnalysisCodec.analysis(bytes(d.getBinaryValue(DATA))));
    }

    /** Records where the story index placed an article. */
    public void putMembership(Membership m) throws IOException {
        Document d = new Document();
        d.add(new StringField(KIND, MEMBER, Field.Store.NO));
        d.add(new StringField(MEMBER_OF, m.article(), Field.Store.YES));
        d.add(new StoredField("event", m.event()));
        d.add(new StoredField("storyline", m.storyline()));
        d.add(new StoredField("seq", m.seq()));
        d.add(new StoredField(DATA, new BytesRef(AnalysisCodec.encode(m.signal()))));
        writable().updateDocument(new Term(MEMBER_OF, m.article()), d);
    }

    /** Every placement, in the order it was made. */
    public List<Membership> memberships() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            StoredFields fields = s.storedFields();
            List<Membership> out = new ArrayList<>();
            for (ScoreDoc sd : all(s, MEMBER)) {
                Document d = fields.document(sd.doc);
                out.add(new Membership(d.get(MEMBER_OF), d.get("event"), d.get("storyline"),
                        d.getField("seq").numericValue().longValue(),
                        AnalysisCodec.signal(bytes(d.getBinaryValue(DATA)))));
            }
            out.sort(java.util.Comparator.comparingLong(Membership::seq));
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Stores the briefing of one story (made from its own articles), replacing an earlier one. */
    public void putStory(String storyId, Briefing briefing) throws IOException {
        Document d = new Document();
        d.add(new StringField(KIND, STORY, Field.Store.NO));
        d.add(new StringField(STORY_ID, storyId, Field.Store.YES));
        d.add(new StoredField(DATA, new BytesRef(AnalysisCodec.encode(briefing))));
        writable().updateDocument(new Term(STORY_ID, storyId), d);
    }

    public void deleteStory(String storyId) throws IOException {
        writable().deleteDocuments(new Term(STORY_ID, storyId));
    }

    /** Ids of the stories whose briefing is stored. */
    public Set<String> storyIds() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> out = new java.util.TreeSet<>();
            for (ScoreDoc sd : all(s, STORY)) {
                out.add(s.storedFields().document(sd.doc, Set.of(STORY_ID)).get(STORY_ID));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Hands each stored story briefing to {@code sink}, one at a time. */
    public void forEachStory(java.util.function.Consumer<Briefing> sink) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            StoredFields fields = s.storedFields();
            for (ScoreDoc sd : all(s, STORY)) {
                sink.accept(AnalysisCodec.briefing(bytes(fields.document(sd.doc).getBinaryValue(DATA))));
            }
        } finally {
            searchers.release(s);
        }
    }

    /** Forgets every story placement and story briefing (before the stories are grouped again from scratch). */
    public void clearStories() throws IOException {
        writable().deleteDocuments(new Term(KIND, MEMBER), new Term(KIND, STORY));
    }

    /** Removes an article with its sentences, analysis and story placement (its text is no longer extracted). */
    public void deleteArticle(String articleId) throws IOException {
        writable().deleteDocuments(new Term(ARTICLE, articleId), new Term(SENTENCE_OF, articleId),
                new Term(ANALYSIS_OF, articleId), new Term(MEMBER_OF, articleId));
        for (String origin : originsByArticle.getOrDefault(articleId, List.of())) {
            articleByOrigin.remove(origin, articleId);
        }
        originsByArticle.remove(articleId);
        stamps.remove(articleId);
    }

    /** The article an input's text became, as recorded. */
    public Optional<String> articleOf(String origin) {
        return Optional.ofNullable(articleByOrigin.get(origin));
    }

    private void recordOrigins(String articleId, List<String> origins) {
        originsByArticle.put(articleId, origins);
        origins.forEach(o -> articleByOrigin.put(o, articleId));
    }

    public List<String> originsOf(String articleId) {
        return originsByArticle.getOrDefault(articleId, List.of());
    }

    /** Every kept raw input, read one at a time (the corpus is never loaded whole), in origin order. */
    public void forEachRaw(IoConsumer<RawDocument> sink) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            StoredFields fields = s.storedFields();
            List<Map.Entry<String, Integer>> byOrigin = new ArrayList<>();
            for (ScoreDoc sd : all(s, "raw")) {
                byOrigin.add(Map.entry(fields.document(sd.doc, Set.of(ORIGIN)).get(ORIGIN), sd.doc));
            }
            byOrigin.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, Integer> e : byOrigin) {
                sink.accept(raw(fields.document(e.getValue())));
            }
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Sets a named marker (e.g. "the stories must be grouped again"); it becomes durable with the next commit, so
     * work interrupted by a crash is found and finished by the next run.
     */
    public void putMarker(String name, long value) throws IOException {
        Document d = new Document();
        d.add(new StringField(KIND, MARKER, Field.Store.NO));
        d.add(new StringField(MARKER, name, Field.Store.YES));
        d.add(new StoredField("value", value));
        writable().updateDocument(new Term(MARKER, name), d);
        searchers.maybeRefreshBlocking();
    }

    public java.util.OptionalLong marker(String name) throws IOException {
        return stored(MARKER, name).map(d -> java.util.OptionalLong.of(d.getField("value").numericValue().longValue()))
                .orElse(java.util.OptionalLong.empty());
    }

    public void deleteMarker(String name) throws IOException {
        writable().deleteDocuments(new Term(MARKER, name));
        searchers.maybeRefreshBlocking();
    }

    /** A consumer that may fail with an I/O error. */
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private Optional<Document> stored(String field, String value) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(field, value)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
        } finally {
            searchers.release(s);
        }
    }

    private static byte[] bytes(BytesRef b) {
        return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    private static RawDocument raw(Document d) {
        // Raw inputs stored before fallback metadata existed have none.
        String fallback = d.get("fallback");
        return new RawDocument(d.get(ORIGIN), bytes(d.getBinaryValue("bytes")), Format.valueOf(d.get("format")),
                metadata(d.get("given")), fallback == null ? Metadata.EMPTY : metadata(fallback),
                Optional.ofNullable(d.get("charset")));
    }

    /** Runs a search (see {@link CorpusSearcher}); meaning and hybrid searches embed the query with {@code embedder}. */
    public SearchResults search(SearchRequest request, SentenceEmbedder embedder) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return new CorpusSearcher(s, analyzer).search(request, embedder);
        } catch (AlreadyClosedException e) {
            throw new IOException("the corpus index was closed", e);
        } finally {
            searchers.release(s);
        }
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("corpus at " + dir + " was opened read-only");
        }
        return writer;
    }

    private static String json(Metadata m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata records always serialise", e);
        }
    }

    private static Metadata metadata(String json) {
        try {
            return JSON.readValue(json, Metadata.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored metadata is not readable (index written by another version?)", e);
        }
    }

    /** Closes without committing: whatever was not committed is dropped, exactly as after a crash. */
    @Override
    public void close() throws IOException {
        // Each is closed even when one before it fails; the first failure is thrown.
        IOUtils.close(rawStore, searchers, writer == null ? null : writer::rollback, directory);
    }

    Optional<String> rawHash(String origin) {
        return Optional.ofNullable(rawHashByOrigin.get(origin));
    }
}
