package dev.parallax.spark;

import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.SentenceEmbedder;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.RawDocument;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Reads: the Parquet output of {@link AnalysisJob}. Adds: to a corpus, each article's raw inputs, article, sentence
 * vectors and analysis, exactly as {@code ingest} would have written them, without analysing or embedding again
 * (the corpus's {@link dev.parallax.index.Indexer} writes them, so inputs already in the corpus are skipped and the
 * same text is one article). A row whose analysis version is not the current {@link Pipeline#ANALYSIS_VERSION}
 * is analysed again here. Then the corpus is updated as after any ingest: articles are placed in stories and the
 * stories that changed are briefed.
 */
public final class AnalysisLoader {

    /** Rows read into memory at once: a few megabytes of analyses and raw inputs. */
    private static final int ROWS_PER_STEP = 64;

    private final SparkSession spark;
    private final CorpusUpdater updater;
    private final Pipeline pipeline;
    /** The current step's stored analyses by article id, and sentence vectors by sentence text. */
    private final Map<String, AnalysedArticle> loaded = new HashMap<>();
    private final Map<String, float[]> vectors = new HashMap<>();
    private int analysedAgain;

    public AnalysisLoader(SparkSession spark, Pipeline pipeline, CorpusIndex index, int batch) {
        this.spark = spark;
        this.pipeline = pipeline;
        this.updater = new CorpusUpdater(pipeline, this::analyses, index, new StoredVectors(), batch);
    }

    public CorpusUpdater updater() {
        return updater;
    }

    /** Articles whose stored analysis was of another analysis version and were analysed again. */
    public int analysedAgain() {
        return analysedAgain;
    }

    /**
     * Loads {@code dir/analyses} into the corpus; the problems of {@code dir/problems} join the report. Throws when
     * the directory holds no job output.
     */
    public IndexReport load(String dir, Progress progress, IntConsumer committed) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Row r : spark.read().schema(AnalysisTable.PROBLEMS).parquet(dir + "/problems").collectAsList()) {
            problems.add(AnalysisTable.problem(r));
        }
        Iterator<Row> rows = spark.read().schema(AnalysisTable.ANALYSES).parquet(dir + "/analyses")
                .orderBy("id").toLocalIterator();
        int inputs = 0, unchanged = 0, added = 0, sameText = 0, commits = 0;
        while (rows.hasNext()) {
            List<RawDocument> raw = new ArrayList<>();
            loaded.clear();
            vectors.clear();
            for (int i = 0; i < ROWS_PER_STEP && rows.hasNext(); i++) {
                AnalysisTable.Stored s = AnalysisTable.stored(rows.next());
                raw.addAll(s.raw());
                if (s.version() == Pipeline.ANALYSIS_VERSION) {
                    loaded.put(s.id(), s.analysis());
                }
                String text = s.analysis().article().text();
                for (int j = 0; j < s.sentences().size(); j++) {
                    vectors.put(s.sentences().get(j).of(text), s.vectors()[j]);
                }
            }
            IndexReport step = updater.index(new Ingested(raw, List.of()), progress, committed);
            inputs += step.inputs();
            unchanged += step.unchanged();
            added += step.added();
            sameText += step.sameText();
            commits += step.commits();
            problems.addAll(step.problems());
        }
        return new IndexReport(inputs, unchanged, added, sameText, analysedAgain, commits, problems);
    }

    /** The stored analyses of the articles, analysing only those without a usable one. */
    private List<AnalysedArticle> analyses(List<Article> articles, Progress progress) {
        List<AnalysedArticle> out = new ArrayList<>();
        List<Article> missing = new ArrayList<>();
        for (Article a : articles) {
            if (!loaded.containsKey(a.id())) {
                missing.add(a);
            }
        }
        Map<String, AnalysedArticle> fresh = new HashMap<>();
        if (!missing.isEmpty()) {
            for (AnalysedArticle a : pipeline.analyse(missing, progress)) {
                fresh.put(a.article().id(), a);
            }
            analysedAgain += missing.size();
        }
        for (Article a : articles) {
            AnalysedArticle stored = loaded.get(a.id());
            if (stored != null) {
                progress.step();
                out.add(stored);
            } else {
                out.add(fresh.get(a.id()));
            }
        }
        return out;
    }

    /** Sentence vectors from the job's output; a sentence it lacks is embedded here. */
    private final class StoredVectors implements SentenceEmbedder {
        private final SentenceEmbedder model = new BgeSmallEmbedder();

        @Override
        public float[][] embed(List<String> texts) {
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                float[] v = vectors.get(texts.get(i));
                out[i] = v != null ? v : model.embed(List.of(texts.get(i)))[0];
            }
            return out;
        }

        @Override
        public float[] embedQuery(String query) {
            return model.embedQuery(query);
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }
}
