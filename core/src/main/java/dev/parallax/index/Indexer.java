package dev.parallax.index;

import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.core.Span;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.RawDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Reads: raw documents. Adds: to the {@link CorpusIndex}, each input's raw bytes, its article (extracted) and the
 * article's sentences with their embeddings, committing every {@code batch} inputs. Inputs already committed with
 * the same bytes are skipped, so a rerun after a crash redoes only the uncommitted batch, and the same text from two
 * inputs is one article with two origins. Bad input: extraction problems stay on the article (and in the report);
 * an article without text is kept (raw bytes and problem) but has no sentences.
 */
public final class Indexer {

    private final CorpusIndex index;
    private final ArticleExtractor extractor;
    private final SentenceEmbedder embedder;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final int batch;

    public Indexer(CorpusIndex index, ArticleExtractor extractor, SentenceEmbedder embedder, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("commit batch must be at least 1, got " + batch);
        }
        this.index = index;
        this.extractor = extractor;
        this.embedder = embedder;
        this.batch = batch;
    }

    /**
     * Indexes the documents; {@code committed} hears the running count of inputs made durable after each commit.
     * Disk failures are thrown with the corpus directory named; what was committed before stays.
     */
    public IndexReport index(Ingested ingested, Progress progress, IntConsumer committed) throws IOException {
        List<Problem> problems = new ArrayList<>(ingested.problems());
        int unchanged = 0;
        int added = 0;
        int sameText = 0;
        int commits = 0;
        int pending = 0;
        int done = 0;
        progress.start("index", ingested.documents().size());
        try {
            for (RawDocument doc : ingested.documents()) {
                done++;
                if (index.hasRaw(doc)) {
                    unchanged++;
                    progress.step();
                    continue;
                }
                Article article = extractor.extract(doc);
                problems.addAll(article.problems());
                index.putRaw(doc);
                if (store(article)) {
                    added++;
                } else {
                    sameText++;
                }
                pending++;
                progress.step();
                if (pending >= batch) {
                    index.commit();
                    commits++;
                    pending = 0;
                    committed.accept(done);
                }
            }
            if (pending > 0) {
                index.commit();
                commits++;
                committed.accept(done);
            }
        } catch (IOException e) {
            throw new IOException("cannot write to the corpus at " + index.dir() + ": " + e.getMessage(), e);
        } finally {
            progress.finish();
        }
        return new IndexReport(ingested.documents().size(), unchanged, added, sameText, commits, problems);
    }

    /**
     * Analyses every raw input again (after an upgrade of extraction or embedding) and replaces all articles and
     * sentences in one commit: readers see either the old analysis or the new one, never a mix.
     */
    public IndexReport reanalyze(List<RawDocument> raw, Progress progress) throws IOException {
        List<Problem> problems = new ArrayList<>();
        int added = 0;
        int sameText = 0;
        progress.start("reanalyze", raw.size());
        try {
            index.clearAnalysis();
            for (RawDocument doc : raw) {
                Article article = extractor.extract(doc);
                problems.addAll(article.problems());
                if (store(article)) {
                    added++;
                } else {
                    sameText++;
                }
                progress.step();
            }
            index.commit();
        } finally {
            progress.finish();
        }
        return new IndexReport(raw.size(), 0, added, sameText, 1, problems);
    }

    /** Writes a new article, or adds the origin of one whose text is already stored; true when it was new. */
    private boolean store(Article article) throws IOException {
        if (index.hasArticle(article.id())) {
            index.addOrigin(article);
            return false;
        }
        write(article);
        return true;
    }

    private void write(Article article) throws IOException {
        List<Span> sentences = splitter.split(article.text());
        float[][] vectors = embedder.embed(sentences.stream().map(s -> s.of(article.text())).toList());
        index.putArticle(article, sentences, vectors);
    }
}
