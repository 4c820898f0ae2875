package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.brief.Briefer;
import dev.parallax.brief.Briefing;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.DuplicateMerger;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one place where the stages are wired, top to bottom:
 * ingest → extract → merge duplicates → annotate → embed and cluster into stories → brief.
 */
public final class Pipeline {

    private final Ingester ingester = new Ingester();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final DuplicateMerger merger = new DuplicateMerger();
    private final StoryClusterer clusterer;
    private final Briefer briefer;
    private final int threads;

    public Pipeline() {
        this(new Briefer());
    }

    public Pipeline(Briefer briefer) {
        this(briefer, Runtime.getRuntime().availableProcessors());
    }

    public Pipeline(Briefer briefer, int threads) {
        this(briefer, threads, new StoryClusterer());
    }

    public Pipeline(Briefer briefer, int threads, StoryClusterer clusterer) {
        this.briefer = briefer;
        this.threads = Math.max(1, threads);
        this.clusterer = clusterer;
    }

    /** Ingest and extract: the articles of the inputs, without linguistic analysis. */
    public Corpus read(List<Path> inputs) {
        return extract(ingester.ingest(inputs));
    }

    /** Extract and merge duplicates: the articles of raw documents already read (e.g. kept in a corpus index). */
    public Corpus extract(Ingested ingested) {
        List<Article> articles = new ArrayList<>();
        for (RawDocument doc : ingested.documents()) {
            articles.add(extractor.extract(doc));
        }
        return new Corpus(merger.merge(articles), ingested.problems());
    }

    /** Annotates articles on all cores, in input order; the CoreNLP models load on first use. */
    public List<AnnotatedArticle> annotate(List<Article> articles, Progress progress) {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        progress.start("annotate", articles.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    AnnotatedArticle annotated = annotator.annotate(a);
                    progress.step();
                    return annotated;
                }));
            }
            List<AnnotatedArticle> out = new ArrayList<>();
            for (Future<AnnotatedArticle> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("annotation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /** The whole job: a briefing of the inputs. */
    public Briefing brief(Corpus corpus, Progress progress) {
        return brief(annotate(corpus.articles(), progress), corpus.problems());
    }

    /** Group and brief articles already annotated (callers may keep annotations of articles seen before). */
    public Briefing brief(List<AnnotatedArticle> annotated, List<Problem> problems) {
        return briefer.brief(annotated, clusterer.cluster(annotated), problems);
    }
}
