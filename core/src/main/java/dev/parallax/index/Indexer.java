package dev.parallax.index;

import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            throw new IOException("cannot write to the corpus at " + index.dir() + ": " + e.getMessage(), e);
        } finally {
            progress.finish();
        }
        return new IndexReport(ingested.documents().size(), t.unchanged, t.added, t.sameText, t.analysed, t.commits,
                t.problems);
    }

    /** Analyses the chunk's new articles, writes the chunk and commits it. */
    private void flush(List<Extracted> chunk, Tally t, Progress progress, IntConsumer committed) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Article> fresh = new LinkedHashMap<>();
        for (Extracted e : chunk) {
            Article a = e.article();
            if (!index.hasArticle(a.id())) {
                fresh.merge(a.id(), a, (x, y) -> x.withOrigins(y.origins()));
            }
        }
        List<AnalysedArticle> analysed = analyser.analyse(List.copyOf(fresh.values()), steps(progress));
        for (Extracted e : chunk) {
            index.putRaw(e.doc());
            if (!fresh.containsKey(e.article().id())) {
                index.addOrigin(e.article());
                t.sameText++;
                progress.step();
            }
        }
        for (AnalysedArticle a : analysed) {
            write(a);
            t.added++;
            t.analysed++;
        }
        // Inputs of the chunk that repeat the text of another input in it: merged into that article's origins.
        int repeats = chunk.size() - fresh.size() - (int) chunk.stream()
                .filter(e -> !fresh.containsKey(e.article().id())).count();
        for (int i = 0; i < repeats; i++) {
            t.sameText++;
            progress.step();
        }
        index.commit();
        t.commits++;
        committed.accept(t.done);
        chunk.clear();
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
                    Article merged = article.withOrigins(index.originsOf(article.id()));
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
        } finally {
            progress.finish();
        }
        return new IndexReport(inputs, t.unchanged, t.added, t.sameText, t.analysed, t.commits, t.problems);
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

    private void write(AnalysedArticle analysed) throws IOException {
        Article article = analysed.article();
        List<Span> sentences = splitter.split(article.text());
        float[][] vectors = embedder.embed(sentences.stream().map(s -> s.of(article.text())).toList());
        index.putArticle(article, sentences, vectors);
        index.putAnalysis(analysed, version);
    }
}
