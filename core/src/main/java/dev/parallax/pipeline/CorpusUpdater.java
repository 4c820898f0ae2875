package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.brief.Briefing;
import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.Indexer;
import dev.parallax.index.SentenceEmbedder;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Keeps a corpus on disk current: indexes new inputs (raw bytes, articles, sentence vectors), then briefs the whole
 * corpus again and stores the briefing as a new version when it changed. Annotations of articles seen before are
 * kept in memory, so a long-running watcher annotates only what arrives. Not thread-safe: one updater per corpus.
 */
public final class CorpusUpdater {

    private final Pipeline pipeline;
    private final CorpusIndex index;
    private final BriefingStore store;
    private final Indexer indexer;
    private final Ingester ingester = new Ingester();
    private final Map<String, AnnotatedArticle> annotated = new HashMap<>();

    public CorpusUpdater(Pipeline pipeline, CorpusIndex index, SentenceEmbedder embedder, int batch) {
        this.pipeline = pipeline;
        this.index = index;
        this.store = new BriefingStore(index.dir());
        this.indexer = new Indexer(index, new ArticleExtractor(), embedder, batch);
    }

    public BriefingStore store() {
        return store;
    }

    /** Reads and indexes the inputs; {@code committed} hears the count of inputs durable after each commit. */
    public IndexReport index(List<Path> inputs, Progress progress, IntConsumer committed) throws IOException {
        return index(ingester.ingest(inputs), progress, committed);
    }

    public IndexReport index(Ingested ingested, Progress progress, IntConsumer committed) throws IOException {
        return indexer.index(ingested, progress, committed);
    }

    /** Re-extracts and re-embeds every raw input kept in the corpus; forgets earlier annotations. */
    public IndexReport reanalyze(Progress progress) throws IOException {
        annotated.clear();
        return indexer.reanalyze(index.rawDocuments(), progress);
    }

    /** Briefs the whole corpus; {@code problems} (this run's unreadable inputs) go into the briefing. */
    public BriefingStore.Version brief(List<Problem> problems, Progress progress) throws IOException {
        Corpus corpus = pipeline.extract(new Ingested(index.rawDocuments(), problems));
        List<Article> fresh = new ArrayList<>();
        for (Article a : corpus.articles()) {
            if (!annotated.containsKey(key(a))) {
                fresh.add(a);
            }
        }
        for (AnnotatedArticle a : pipeline.annotate(fresh, progress)) {
            annotated.put(key(a.article()), a);
        }
        List<AnnotatedArticle> all = corpus.articles().stream().map(a -> annotated.get(key(a))).toList();
        Briefing briefing = pipeline.brief(all, corpus.problems());
        return store.save(briefing);
    }

    /** An annotation is reusable while the article's text, metadata and origins are unchanged. */
    private static String key(Article a) {
        return a.id() + "|" + a.rawSha256() + "|" + a.meta().hashCode() + "|" + String.join("\u0000", a.origins());
    }
}
