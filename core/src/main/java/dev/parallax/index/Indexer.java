package dev.parallax.index;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Reads: raw documents. Adds: to the {@link CorpusIndex}, each input's raw bytes, its article (extracted), the
 * article's sentences with their embeddings, and the article's analysis under the current analysis version —
 * committing every {@code batch} inputs. Only articles the corpus does not hold are analysed: inputs already
 * committed with the same bytes are skipped, the same text from two inputs is one article with two origins, so a
 * rerun after a crash redoes only the uncommitted batch. Bad input: extraction problems stay on the article (and in
 * the report); an article without text is kept (raw bytes and problem) but has no sentences.
 */
public final class Indexer {

    /** The per-article analysis of the pipeline: articles in, analyses out, in order. */
    public interface Analyser {
        List<AnalysedArticle> analyse(List<Article> articles, Progress progress);
    }

    /** Marker of a `reanalyze --all` under way: analyses made before its value (epoch ms) are redone. */
    static final String REANALYZE_ALL = "reanalyze-all";
    /** Marker set when analyses changed under the stories: they must be grouped again from scratch. */
    public static final String REGROUP = "regroup";

    private final CorpusIndex index;
    private final Function<RawDocument, Article> extractor;
    private final Analyser analyser;
    private final SentenceEmbedder embedder;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final int version;
    private final int batch;

    public Indexer(CorpusIndex index, Function<RawDocument, Article> extractor, Analyser analyser,
                   SentenceEmbedder embedder, int version, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("commit batch must be at least 1, got " + batch);
        }
        this.index = index;
        this.extractor = extractor;
        this.analyser = analyser;
        this.embedder = embedder;
        this.version = version;
        this.batch = batch;
    }

    /** One input of a batch with what extraction made of it. */
    private record Extracted(RawDocument doc, Article article) {
    }

    /** Running counts of a run. */
    private static final class Tally {
        int unchanged;
        int added;
        int sameText;
        int analysed;
        int commits;
        int done;
        final List<Problem> problems = new ArrayList<>();
        final List<MetadataChange> changes = new ArrayList<>();
    }

    /**
     * Indexes the documents; {@code committed} hears the running count of inputs made durable after each commit.
     * Disk failures are thrown with the corpus directory named; what was committed before stays.
     */
    public IndexReport index(Ingested ingested, Progress progress, IntConsumer committed) throws IOException {
        Tally t = new Tally();
        t.problems.addAll(ingested.problems());
        progress.start("analyse", ingested.documents().size());
        try {
            List<Extracted> chunk = new ArrayList<>();
            for (RawDocument doc : ingested.documents()) {
                t.done++;
                if (index.hasRaw(doc)) {
                    t.unchanged++;
                    progress.step();
                    continue;
                }
                Article article = extractor.apply(doc);
                t.problems.addAll(article.problems());
                chunk.add(new Extracted(doc, article));
                if (chunk.size() >= batch) {
                    flush(chunk, t, progress, committed);
                }
            }
            flush(chunk, t, progress, committed);
        } catch (IOException e) {
            throw WriteFailure.explain(index.dir(), e);
        } finally {
            progress.finish();
        }
        return new IndexReport(ingested.documents().size(), t.unchanged, t.added, t.sameText, t.analysed, t.commits,
                t.problems, t.changes);
    }

    /**
     * Analyses the chunk's new articles, writes the chunk and commits it. An input whose text is already an article
     * adds its origin and merges its metadata into the article's ({@link Metadata#mergedWith}); when that changes
     * the metadata, the article is analysed again (dates are read against the publication date), the change is
     * reported and the article's story is briefed again on the next update.
     */
    private void flush(List<Extracted> chunk, Tally t, Progress progress, IntConsumer committed) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Article> fresh = new LinkedHashMap<>();
        Map<String, Metadata> given = new HashMap<>();
        Map<String, Article> again = new LinkedHashMap<>();
        Map<String, Article> stored = new HashMap<>();
        for (Extracted e : chunk) {
            Article a = e.article();
            Metadata arrivingGiven = e.doc().given();
            if (!index.hasArticle(a.id())) {
                Article first = fresh.get(a.id());
                if (first == null) {
                    fresh.put(a.id(), a);
                    given.put(a.id(), arrivingGiven);
                } else {
                    fresh.put(a.id(), merge(first, given, a, arrivingGiven));
                }
                continue;
            }
            Article earlier = again.get(a.id());
            if (earlier == null) {
                Optional<AnalysedArticle> analysis = index.analysis(a.id());
                if (analysis.isEmpty()) {
                    // Written by a version that stored no analysis: nothing to merge into; keep the origin.
                    again.put(a.id(), a);
                    given.put(a.id(), arrivingGiven);
                    continue;
                }
                earlier = analysis.get().article().withOrigins(index.originsOf(a.id()));
                stored.put(a.id(), earlier);
                given.put(a.id(), givenOf(earlier.origins()));
            }
            Article merged = merge(earlier, given, a, arrivingGiven);
            changes(earlier, merged, e.doc().origin(), t.changes);
            again.put(a.id(), merged);
        }
        List<Article> changed = again.values().stream()
                .filter(a -> stored.containsKey(a.id()) && !a.meta().equals(stored.get(a.id()).meta())).toList();
        Set<String> changedIds = new HashSet<>();
        changed.forEach(a -> changedIds.add(a.id()));
        List<Article> toAnalyse = new ArrayList<>(fresh.values());
        toAnalyse.addAll(changed);
        List<AnalysedArticle> analysed = analyser.analyse(List.copyOf(toAnalyse), steps(progress));
        for (Extracted e : chunk) {
            index.putRaw(e.doc());
        }
        for (Article a : again.values()) {
            if (!changedIds.contains(a.id())) {
                index.addOrigin(a);
            }
        }
        for (Article a : changed) {
            // The story keeps the article; only its briefing is made again.
            index.membership(a.id()).ifPresent(m -> deleteStory(m.event()));
        }
        // The sentence vectors of the whole chunk in one call, which the embedder spreads evenly over its threads.
        List<List<Span>> sentences = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (AnalysedArticle a : analysed) {
            String text = a.article().text();
            List<Span> split = splitter.split(text);
            sentences.add(split);
            split.forEach(span -> texts.add(span.of(text)));
        }
        float[][] vectors = embedder.embed(texts);
        int next = 0;
        for (int i = 0; i < analysed.size(); i++) {
            int count = sentences.get(i).size();
            write(analysed.get(i), sentences.get(i), java.util.Arrays.copyOfRange(vectors, next, next + count));
            next += count;
            t.analysed++;
        }
        t.added += fresh.size();
        t.sameText += chunk.size() - fresh.size();
        for (int i = toAnalyse.size(); i < chunk.size(); i++) {
            progress.step();
        }
        index.commit();
        t.commits++;
        committed.accept(t.done);
        chunk.clear();
    }

    private void deleteStory(String storyId) {
        try {
            index.deleteStory(storyId);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code earlier} with the origins and metadata of {@code arriving}; {@code given} tracks what was given. */
    private static Article merge(Article earlier, Map<String, Metadata> given, Article arriving, Metadata arrivingGiven) {
        Metadata earlierGiven = given.get(earlier.id());
        given.put(earlier.id(), earlierGiven.orElse(arrivingGiven));
        return earlier.withOrigins(arriving.origins())
                .withMeta(earlier.meta().mergedWith(earlierGiven, arriving.meta(), arrivingGiven));
    }

    /** What the kept inputs of these origins gave, field by field (which fields were given is what counts). */
    private Metadata givenOf(List<String> origins) throws IOException {
        Metadata out = Metadata.EMPTY;
        for (String origin : origins) {
            Optional<RawDocument> raw = index.raw(origin);
            if (raw.isPresent()) {
                out = out.orElse(raw.get().given());
            }
        }
        return out;
    }

    /** Records a change of the article's metadata that a reader sees. */
    private static void changes(Article before, Article after, String origin, List<MetadataChange> out) {
        MetadataChange change = new MetadataChange(before.id(), origin, before.meta(), after.meta());
        if (!change.fields().isEmpty()) {
            out.add(change);
        }
    }

    /**
     * Analyses again every article whose stored analysis is older than the current analysis version, or every
     * article with {@code all}, from the raw inputs the corpus keeps (read one at a time), committing every
     * {@code batch} inputs. Resumable: after a kill, a rerun (with or without {@code all}) redoes only what the
     * killed run had not committed. Articles whose text extraction now gives differently are replaced. When anything
     * was analysed again, the stories are marked to be grouped again.
     */
    public IndexReport reanalyze(boolean all, Progress progress, IntConsumer committed) throws IOException {
        if (all) {
            index.putMarker(REANALYZE_ALL, System.currentTimeMillis());
            index.commit();
        }
        OptionalLong since = index.marker(REANALYZE_ALL);
        Map<String, CorpusIndex.Stamp> stamps = index.analysisStamps();
        Tally t = new Tally();
        Set<String> redone = new HashSet<>();
        List<Extracted> chunk = new ArrayList<>();
        int inputs = index.counts().get("raw");
        progress.start("reanalyze", inputs);
        try {
            index.forEachRaw(doc -> {
                t.done++;
                String known = index.articleOf(doc.origin()).orElse(null);
                if (known != null && (redone.contains(known) || current(stamps.get(known), since))) {
                    t.unchanged++;
                    progress.step();
                    return;
                }
                Article article = extractor.apply(doc);
                t.problems.addAll(article.problems());
                if (known != null && !known.equals(article.id())) {
                    // Extraction now gives another text: the old article goes when no other input still makes it.
                    if (index.originsOf(known).equals(List.of(doc.origin()))) {
                        index.deleteArticle(known);
                    }
                }
                if (redone.add(article.id()) || !index.hasArticle(article.id())) {
                    Article merged = withKeptOrigins(article, doc);
                    index.deleteArticle(article.id());
                    chunk.add(new Extracted(doc, merged));
                } else {
                    t.sameText++;
                    progress.step();
                }
                if (chunk.size() >= batch) {
                    index.putMarker(REGROUP, System.currentTimeMillis());
                    flush(chunk, t, progress, committed);
                }
            });
            if (!chunk.isEmpty()) {
                index.putMarker(REGROUP, System.currentTimeMillis());
            }
            flush(chunk, t, progress, committed);
            if (since.isPresent()) {
                index.deleteMarker(REANALYZE_ALL);
                index.commit();
            }
        } catch (IOException e) {
            throw WriteFailure.explain(index.dir(), e);
        } finally {
            progress.finish();
        }
        return new IndexReport(inputs, t.unchanged, t.added, t.sameText, t.analysed, t.commits, t.problems);
    }

    /**
     * The article of {@code doc} with every origin the corpus records for its text and the metadata of all of them
     * merged in their order of arrival, so re-analysing from one input never loses what another input gave.
     */
    private Article withKeptOrigins(Article article, RawDocument doc) throws IOException {
        List<String> origins = new ArrayList<>(index.originsOf(article.id()));
        if (!origins.contains(doc.origin())) {
            origins.add(doc.origin());
        }
        Map<String, Metadata> given = new HashMap<>();
        Article out = null;
        for (String origin : origins) {
            RawDocument raw = origin.equals(doc.origin()) ? doc : index.raw(origin).orElse(null);
            if (raw == null) {
                continue;
            }
            Article a = raw == doc ? article : extractor.apply(raw);
            if (!a.id().equals(article.id())) {
                continue; // that input's text now extracts differently
            }
            if (out == null) {
                out = a;
                given.put(a.id(), raw.given());
            } else {
                out = merge(out, given, a, raw.given());
            }
        }
        return (out == null ? article : out).withOrigins(origins);
    }

    private boolean current(CorpusIndex.Stamp stamp, OptionalLong since) {
        return stamp != null && stamp.version() >= version
                && (since.isEmpty() || stamp.analysedAt() >= since.getAsLong());
    }

    /** Forwards the steps of the analysis to the run's own progress, which spans all batches. */
    private static Progress steps(Progress run) {
        return new Progress() {
            @Override
            public void start(String stage, int total) {
            }

            @Override
            public void step() {
                run.step();
            }

            @Override
            public void finish() {
            }
        };
    }

    private void write(AnalysedArticle analysed, List<Span> sentences, float[][] vectors) throws IOException {
        Article article = analysed.article();
        index.putArticle(article, sentences, vectors);
        index.putAnalysis(analysed, version);
    }
}
