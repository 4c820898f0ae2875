package dev.parallax.spark;

import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.SentenceEmbedder;
import dev.parallax.index.SentenceSplitter;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import dev.parallax.pipeline.Pipeline;

import java.util.List;

/**
 * The stages as each executor JVM runs them: one {@link Pipeline} (so one CoreNLP pipeline and one embedding model,
 * loaded on first use) shared by all the tasks of the JVM. Static and lazy, so nothing of it is ever serialised into
 * a Spark closure: a task that runs on an executor finds it there, or loads it there.
 */
final class ExecutorStages {

    private ExecutorStages() {
    }

    /** Initialised by the JVM on first access of {@link #PIPELINE} and the rest, once, thread-safely. */
    private static final class Holder {
        static final Pipeline PIPELINE = new Pipeline();
        static final Ingester INGESTER = new Ingester();
        static final SentenceSplitter SPLITTER = new SentenceSplitter();
        static final SentenceEmbedder EMBEDDER = new BgeSmallEmbedder();
    }

    static Ingester ingester() {
        return Holder.INGESTER;
    }

    static Article extract(RawDocument doc) {
        return Holder.PIPELINE.extract(doc);
    }

    static AnalysedArticle analyse(Article article) {
        return Holder.PIPELINE.analyse(article);
    }

    /** The sentences a corpus indexes for search, as {@code CorpusIndex} splits them. */
    static List<Span> sentences(String text) {
        return Holder.SPLITTER.split(text);
    }

    static float[][] embed(List<String> sentences) {
        return Holder.EMBEDDER.embed(sentences);
    }
}
