package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.ArticleBudget;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.attribute.AttributedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.attribute.Attributor;
import dev.parallax.brief.Briefer;
import dev.parallax.brief.Briefing;
import dev.parallax.cluster.Story;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.StoryComparer;
import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.core.StageTimes;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.embed.ArticleEmbedder;
import dev.parallax.embed.ArticleVectors;
import dev.parallax.embed.Embedder;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.DuplicateMerger;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import dev.parallax.resolve.Resolution;
import dev.parallax.resolve.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * The one place where the stages are wired, top to bottom:
 * <pre>
 * ingest → extract → merge duplicates                         {@link #read}, {@link #extract}
 *        → annotate → attribute → embed   (once per article)  {@link #analyse}
 *        → cluster into stories                               {@link #cluster}
 *        → resolve → compare → brief                          {@link #brief}
 * </pre>
 * The per-article part ends in an {@link AnalysedArticle}, which a corpus stores under {@link #ANALYSIS_VERSION}
 * so that no article is analysed twice. A stage that fails on one article records a {@link Problem} on it and the
 * batch goes on. Articles are analysed on {@link #threads()} threads, with at most two per thread in flight; the
 * embedding model runs on the analysing thread. Each stage's CPU time goes to the pipeline's {@link StageTimes}
 * (nothing is recorded unless one is given), under the names extract, annotate, attribute, embed, cluster,
 * resolve, compare and brief.
 */
public final class Pipeline {

    /**
     * The version of what {@link #analyse} produces. Raise it with every change that alters analysis output
     * (extraction, CoreNLP settings, attribution, embedding); {@code parallax reanalyze} then redoes stored analyses
     * of older versions.
     */
    public static final int ANALYSIS_VERSION = 10; // 2: analysis within the ArticleBudget; hosts, words, dates read by library code; 3: IST/CST by the outlet's country, names such as 01.AI kept in one sentence, agreements and events not statements; 4: story signals of the lead, with the terms and numbers the pair scorer reads; speakers linked to actors, quote tags within the paragraph, embedded reported speech and closing clauses left out of contents; 5: cue verbs outside the lexicon found by the learned cue detector; 6: the detector also reads lexicon verbs outside the rules' frames, relative clauses whose pronoun takes the stance, contrasts and comparisons after a comma left out of contents; 7: quantifiers ("Most of the candidates", "Several") as sources, a participle after a comma said by its clause's subject, a clause the writer conjoins to the cue verb left out of contents, a quotation after a colon given to the subject before it, noun cues read by the detector, "pointed to", inverted tags left as a bare dep, words split at a hyphen kept whole in spans, a short quotation before its speaker's long name a statement; 8: learned content ends, headline speakers ("NAME: statement"), the source rules of the verbs of saying, adjectives of attitude as cues, tags and titles beside quotations, and the learned filter after the rules; 9: a sentence going on in lower case joined to the one before, the dependency tree never heads a token by one that hangs on it; 10: the cue detector trained on every training text, nouns learned from gold sources can take a stance, "which" after a thing names no speaker

    private final Ingester ingester = new Ingester();
    private final ArticleExtractor extractor;
    private final DuplicateMerger merger = new DuplicateMerger();
    private final Attributor attributor = new Attributor();
    private final StoryClusterer clusterer;
    private final Resolver resolver;
    private final StoryComparer comparer;
    private final Briefer briefer = new Briefer();
    private final int threads;
    private final ArticleBudget budget = ArticleBudget.DEFAULT;
    private final StageTimes times;
    private volatile ArticleEmbedder embedder;

    /** Outlets from the bundled registry, sides by country, all cores. */
    public Pipeline() {
        this(Resolver.bundled());
    }

    public Pipeline(Resolver resolver) {
        this(resolver, Runtime.getRuntime().availableProcessors());
    }

    public Pipeline(Resolver resolver, int threads) {
        this(resolver, threads, new StoryClusterer());
    }

    public Pipeline(Resolver resolver, int threads, StoryClusterer clusterer) {
        this(resolver, threads, clusterer, StageTimes.NONE);
    }

    /** A pipeline that adds each stage's CPU time to {@code times} (for the benchmark). */
    public Pipeline(Resolver resolver, int threads, StoryClusterer clusterer, StageTimes times) {
        this.resolver = resolver;
        this.extractor = new ArticleExtractor(resolver::countryOf);
        this.threads = Math.max(1, threads);
        this.clusterer = clusterer;
        this.times = times;
        // Claims of a story are embedded in one call, spread over the pipeline's threads.
        int n = this.threads;
        this.comparer = new StoryComparer(() -> Embedder.shared().withThreads(n));
    }

    /** Where the stages' CPU time goes. */
    public StageTimes times() {
        return times;
    }

    public StoryClusterer clusterer() {
        return clusterer;
    }

    /** The name of the side axis the briefings use. */
    public String perspective() {
        return resolver.perspective().name();
    }

    /** The side an article with this metadata is on, on the briefings' perspective. */
    public String sideOf(dev.parallax.core.Metadata meta) {
        return resolver.sideOf(meta);
    }

    public int threads() {
        return threads;
    }

    /** Ingest and extract: the articles of the inputs, without linguistic analysis. */
    public Corpus read(List<Path> inputs) {
        return extract(ingester.ingest(inputs));
    }

    /** Extract and merge duplicates: the articles of raw documents already read (e.g. kept in a corpus index). */
    public Corpus extract(Ingested ingested) {
        List<Article> articles = new ArrayList<>();
        java.util.Map<String, dev.parallax.core.Metadata> given = new java.util.HashMap<>();
        for (RawDocument doc : ingested.documents()) {
            articles.add(extract(doc));
            given.put(doc.origin(), doc.given());
        }
        return new Corpus(merger.merge(articles, o -> given.getOrDefault(o, dev.parallax.core.Metadata.EMPTY)),
                ingested.problems());
    }

    /** Extracts one raw document; messy input becomes problems on the article. */
    public Article extract(RawDocument doc) {
        return times.time("extract", () -> extractor.extract(doc));
    }

    /**
     * Analyses articles on the pipeline's threads, in input order; the models load on first use. At most two
     * articles per thread are queued or running at a time, so the CoreNLP annotations in memory stay bounded.
     */
    public List<AnalysedArticle> analyse(List<Article> articles, Progress progress) {
        progress.start("analyse", articles.size());
        try {
            return map(articles, a -> {
                AnalysedArticle analysed = analyse(a);
                progress.step();
                return analysed;
            });
        } finally {
            progress.finish();
        }
    }

    /**
     * {@code work} applied to every item on the pipeline's threads, the results in input order; at most two items
     * per thread are queued or running at a time. The first failure is thrown, with its cause unwrapped when it is
     * unchecked.
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        int n = Math.min(threads, Math.max(1, items.size()));
        if (n == 1) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(work.apply(item)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        Semaphore inFlight = new Semaphore(2 * n);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                inFlight.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        return work.apply(item);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Annotates (within the {@link ArticleBudget}), attributes and embeds one article. Each stage's failure becomes an
     * internal {@link Problem} on the article, which keeps what the stages before gave.
     */
    public AnalysedArticle analyse(Article article) {
        AnnotatedArticle annotated = times.time("annotate",
                () -> budget.annotate(article, CoreNlpAnnotator.shared()::annotate));
        AttributedArticle attributed;
        try {
            attributed = times.time("attribute", () -> attributor.attribute(annotated));
        } catch (RuntimeException | StackOverflowError e) {
            attributed = new AttributedArticle(annotated, List.of(), List.of(), List.of(),
                    List.of(Problem.internal("attribute", article.origin(), e)));
        }
        try {
            ArticleEmbedder e = embedder();
            return new AnalysedArticle(attributed, times.time("embed", () -> e.embed(annotated)), List.of());
        } catch (RuntimeException e) {
            return new AnalysedArticle(attributed, ArticleVectors.none(),
                    List.of(Problem.internal("embed", article.origin(), e)));
        }
    }

    private ArticleEmbedder embedder() {
        ArticleEmbedder e = embedder;
        if (e == null) {
            synchronized (this) {
                if (embedder == null) {
                    // Runs on the analysing thread: the articles are the unit of parallelism.
                    embedder = new ArticleEmbedder(Embedder.shared().withThreads(1));
                }
                e = embedder;
            }
        }
        return e;
    }

    /** Groups analysed articles into event stories and storylines, from scratch. */
    public List<Story> cluster(List<AnalysedArticle> analysed) {
        return times.time("cluster", () -> clusterer.cluster(analysed));
    }

    /** The whole job: a briefing of the inputs. */
    public Briefing brief(Corpus corpus, Progress progress) {
        return brief(analyse(corpus.articles(), progress), corpus.problems());
    }

    /** Groups and briefs articles already analysed. */
    public Briefing brief(List<AnalysedArticle> analysed, List<Problem> problems) {
        return brief(analysed, cluster(analysed), problems);
    }

    /**
     * Resolves, compares and briefs the given stories of articles already analysed and grouped (e.g. a corpus's
     * changed stories); actors, dates and the framing background are resolved over all {@code analysed} articles.
     */
    public Briefing brief(List<AnalysedArticle> analysed, List<Story> stories, List<Problem> problems) {
        return brief(analysed, stories, Map.of(), problems);
    }

    /**
     * As {@link #brief(List, List, List)}, with the sides of some articles given (article id → side) instead of
     * resolved from their outlets: for labelled evaluation data whose sides (e.g. left, centre, right) are no
     * perspective of the outlet registry.
     */
    public Briefing brief(List<AnalysedArticle> analysed, List<Story> stories, Map<String, String> sides,
                          List<Problem> problems) {
        List<AnnotatedArticle> articles = analysed.stream().map(AnalysedArticle::annotated).toList();
        Resolution resolution = withSides(times.time("resolve", () -> resolver.resolve(articles)), sides);
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        Map<String, List<Attribution>> attributions = new HashMap<>();
        for (AnalysedArticle a : analysed) {
            byId.put(a.id(), a.annotated());
            attributions.put(a.id(), a.attributions());
        }
        Map<String, Comparison> comparisons = new HashMap<>();
        for (Story story : stories) {
            // Signals compare the event's own articles: another event of the storyline reports something else.
            List<AnnotatedArticle> members = story.articles().stream().map(byId::get).toList();
            comparisons.put(story.id(), times.time("compare",
                    () -> comparer.compare(members, resolution.sides(), articles, attributions)));
        }
        return times.time("brief", () -> briefer.brief(analysed, stories, resolution, comparisons, problems));
    }

    private static Resolution withSides(Resolution r, Map<String, String> given) {
        if (given.isEmpty()) {
            return r;
        }
        Map<String, String> sides = new LinkedHashMap<>(r.sides());
        sides.replaceAll((article, side) -> given.getOrDefault(article, side));
        return new Resolution(r.perspective(), r.outlets(), sides, r.actors(), r.inferred(), r.dates(), r.dated());
    }
}
