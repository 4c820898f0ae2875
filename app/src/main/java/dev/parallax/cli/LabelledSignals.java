package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cluster.ArticleSignal;
import dev.parallax.cluster.PairScorer;
import dev.parallax.cluster.Story;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.cluster.StoryIndex;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.index.AnalysisCodec;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resolve.Resolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labelled articles as story clustering sees them: each article's {@link ArticleSignal} and its gold story id, read
 * from a JSONL or CSV/TSV file by analysing the articles (or from caches of earlier runs). Shared by
 * {@code eval stories} and {@code train stories}, so that both read a labelled file the same way.
 *
 * @param signals  the signals of the articles with text
 * @param gold     gold story id by article id (articles without a label are left out)
 * @param articles how many articles have text
 */
record LabelledSignals(List<ArticleSignal> signals, Map<String, String> gold, int articles) {

    LabelledSignals {
        signals = List.copyOf(signals);
        gold = Map.copyOf(gold);
    }

    /** One cached article: its signal and gold label. */
    record Cached(String id, String published, String title, float[] vector, float[] titleVector,
                  List<String> entities, Map<String, Integer> terms, List<String> numbers, String gold) {
    }

    /** Where to read from and what to keep. */
    record Source(Path file, String field, Path cache, Path analysesDir, int threads, boolean quiet) {
    }

    /** Thrown when no line of the file has a gold label. */
    static final class Unlabelled extends Exception {
        Unlabelled(String message) {
            super(message);
        }
    }

    /**
     * Reads the labelled articles: from the signals cache when it is newer than the file, otherwise by analysing
     * them (reading and writing the analyses cache when given) and then writing the signals cache (when given).
     */
    static LabelledSignals read(Source source) throws IOException, Unlabelled {
        ObjectMapper json = new ObjectMapper();
        Path cache = source.cache();
        if (cache != null && Files.exists(cache)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(source.file())) > 0) {
            List<Cached> cached = List.of(json.readValue(cache.toFile(), Cached[].class));
            List<ArticleSignal> signals = new ArrayList<>();
            Map<String, String> gold = new HashMap<>();
            for (Cached c : cached) {
                signals.add(new ArticleSignal(c.id(), Optional.ofNullable(c.published()).map(LocalDate::parse),
                        c.title(), c.vector(), c.titleVector(), c.entities(), c.terms(), c.numbers()));
                if (c.gold() != null) {
                    gold.put(c.id(), c.gold());
                }
            }
            return new LabelledSignals(signals, gold, cached.size());
        }
        Map<String, String> goldByOrigin = gold(source.file(), source.field());
        if (goldByOrigin.isEmpty()) {
            throw new Unlabelled("no line of " + source.file() + " has a '" + source.field()
                    + "' field; name the gold field with --field");
        }
        Pipeline pipeline = new Pipeline(Resolver.bundled(), source.threads());
        Corpus corpus = pipeline.read(List.of(source.file()));
        List<Article> articles = corpus.articles().stream().filter(a -> !a.text().isBlank()).toList();
        List<AnalysedArticle> analysed = analyses(pipeline, articles, source);
        Map<String, String> gold = new HashMap<>();
        for (Article a : articles) {
            String label = goldByOrigin.get(a.origin());
            if (label != null) {
                gold.put(a.id(), label);
            }
        }
        List<ArticleSignal> signals = new StoryClusterer().signals(analysed);
        if (cache != null) {
            json.writeValue(cache.toFile(), signals.stream().map(a -> new Cached(a.id(),
                    a.published().map(Object::toString).orElse(null), a.title(), a.vector(), a.titleVector(),
                    a.entities(), a.terms(), a.numbers(), gold.get(a.id()))).toList());
        }
        return new LabelledSignals(signals, gold, articles.size());
    }

    /** Where clustering put each article at one threshold: its event and its storyline, by article id. */
    record Clustering(Map<String, String> events, Map<String, String> storylines, int eventCount) {

        /**
         * The signals clustered as {@code brief} clusters them (one batch), with the given threshold of the events'
         * complete link ({@link StoryIndex.Settings#regroupThreshold()}) and pair scorer.
         */
        static Clustering of(List<ArticleSignal> signals, double regroupThreshold, PairScorer scorer) {
            StoryIndex index = new StoryIndex(StoryIndex.Settings.DEFAULT.withRegroupThreshold(regroupThreshold),
                    scorer);
            index.add(signals);
            Map<String, String> events = new HashMap<>();
            Map<String, String> storylines = new HashMap<>();
            for (Story s : index.stories()) {
                s.articles().forEach(a -> {
                    events.put(a, s.id());
                    storylines.put(a, s.storyline());
                });
            }
            return new Clustering(events, storylines, index.eventCount());
        }
    }

    /** The articles' analyses, from the analyses cache when stored there, otherwise computed (and stored). */
    private static List<AnalysedArticle> analyses(Pipeline pipeline, List<Article> articles, Source source)
            throws IOException {
        if (source.analysesDir() == null) {
            return pipeline.analyse(articles, ProgressBars.onStderr(source.quiet()));
        }
        Path dir = source.analysesDir().resolve("v" + Pipeline.ANALYSIS_VERSION);
        Files.createDirectories(dir);
        Map<String, AnalysedArticle> found = new HashMap<>();
        List<Article> missing = new ArrayList<>();
        for (Article a : articles) {
            Path f = dir.resolve(a.id() + ".smile");
            if (Files.exists(f)) {
                found.put(a.id(), AnalysisCodec.analysis(Files.readAllBytes(f)));
            } else {
                missing.add(a);
            }
        }
        // In chunks, each stored as soon as it is done, so that an interrupted run keeps most of its work.
        for (int from = 0; from < missing.size(); from += 32) {
            for (AnalysedArticle a : pipeline.analyse(missing.subList(from, Math.min(missing.size(), from + 32)),
                    ProgressBars.onStderr(source.quiet()))) {
                Files.write(dir.resolve(a.id() + ".smile"), AnalysisCodec.encode(a));
                found.put(a.id(), a);
            }
        }
        return articles.stream().map(a -> found.get(a.id())).toList();
    }

    /** Gold labels by origin, from the records exactly as the ingester splits and names them ({@code FILE#N}). */
    private static Map<String, String> gold(Path file, String field) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new LinkedHashMap<>();
        for (RawDocument d : new Ingester().ingest(List.of(file)).documents()) {
            if (d.format() == Format.RECORD) {
                JsonNode label = json.readTree(d.bytes()).get(field);
                if (label != null && !label.isNull() && !label.asText().isBlank()) {
                    out.put(d.origin(), label.asText());
                }
            }
        }
        return out;
    }
}
