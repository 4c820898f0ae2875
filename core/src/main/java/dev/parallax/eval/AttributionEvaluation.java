package dev.parallax.eval;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.attribute.AttributedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.attribute.Attributor;
import dev.parallax.core.Span;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Scores the {@link Attributor} (and, as the baseline, CoreNLP's own quote attribution) on gold attribution data
 * laid out like PolNeAR: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann} in brat standoff.
 * When several annotators annotated a text, the first annotation file in name order is the gold for that text, so
 * every text counts once and its gold is one person's consistent reading (a union of annotators would count
 * disagreements as extra attributions). Texts without an annotation file are skipped and reported.
 */
public final class AttributionEvaluation {

    /** One gold text. */
    public record GoldDocument(String name, Path textFile, String text, Path annotationFile,
                               List<BratAttribution> gold, List<String> problems) {
        public GoldDocument {
            gold = List.copyOf(gold);
            problems = List.copyOf(problems);
        }
    }

    /** Scores and timings of a run. */
    public record Result(AttributionScore ours, Optional<AttributionScore> baseline, int documents,
                         long parseNanos, long attributeNanos, long baselineNanos, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * How people agree: on the texts of a gold directory that several annotators annotated, every other annotator's
     * attributions scored against the text's gold (its first annotation file), as {@link #evaluate} scores the
     * attributor — the level a system's figures can be read against.
     *
     * @param texts       texts with more than one annotation file
     * @param annotations the other annotators' files scored
     */
    public record Agreement(int texts, int annotations, AttributionScore score) {
        public Agreement {
            requireNonNull(score, "score");
        }
    }

    /**
     * The agreement of the annotators of {@code docs}, texts as {@link #load} reads them (see {@link Agreement});
     * unreadable files are problems.
     */
    public static Agreement agreement(List<GoldDocument> docs, List<String> problems) throws IOException {
        AttributionScorer scorer = new AttributionScorer();
        BratReader reader = new BratReader();
        AttributionScore total = AttributionScore.ZERO;
        int texts = 0;
        int annotations = 0;
        for (GoldDocument doc : docs) {
            List<Path> others = annotationFiles(doc.annotationFile().getParent(), doc.name()).stream()
                    .filter(p -> !p.equals(doc.annotationFile())).toList();
            if (others.isEmpty()) {
                continue;
            }
            texts++;
            for (Path other : others) {
                BratReader.Read read = reader.read(Files.readString(other, StandardCharsets.UTF_8), doc.text());
                read.problems().forEach(p -> problems.add(other + ": " + p));
                total = total.plus(scorer.scoreAnnotator(doc.text(), read.attributions(), doc.gold()));
                annotations++;
            }
        }
        return new Agreement(texts, annotations, total);
    }

    /** The annotation files of the text {@code name}, in name order. */
    private static List<Path> annotationFiles(Path anns, String name) throws IOException {
        try (Stream<Path> s = Files.list(anns)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + "_")
                    && p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
    }

    /** Loads the gold texts of a directory; fails with the likely cause when it is not laid out as expected. */
    public static List<GoldDocument> load(Path dir, List<String> problems) throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IOException(dir + " is not a gold attribution directory: it needs text/NAME.txt and "
                    + "attributions/NAME_ANNOTATOR.ann (brat standoff)");
        }
        List<Path> textFiles;
        try (Stream<Path> s = Files.list(texts)) {
            textFiles = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> annFiles;
        try (Stream<Path> s = Files.list(anns)) {
            annFiles = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        List<GoldDocument> out = new ArrayList<>();
        BratReader reader = new BratReader();
        for (Path textFile : textFiles) {
            String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            Optional<Path> ann = annFiles.stream().filter(a -> a.getFileName().toString().startsWith(name + "_"))
                    .findFirst();
            if (ann.isEmpty()) {
                problems.add(textFile + ": no annotation file attributions/" + name + "_*.ann; skipped");
                continue;
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            BratReader.Read read = reader.read(Files.readString(ann.get(), StandardCharsets.UTF_8), text);
            read.problems().forEach(p -> problems.add(ann.get() + ": " + p));
            out.add(new GoldDocument(name, textFile, text, ann.get(), read.attributions(), read.problems()));
        }
        return out;
    }

    private final Attributor attributor;
    private final AttributionScorer scorer = new AttributionScorer();
    private final Optional<AnnotationCache> cache;

    /** Annotates every text with CoreNLP on each run. */
    public AttributionEvaluation() {
        this(new Attributor(), Optional.empty());
    }

    /** Scores {@code attributor}, reading and adding CoreNLP's annotations to {@code cache} when given. */
    public AttributionEvaluation(Attributor attributor, Optional<AnnotationCache> cache) {
        this.attributor = java.util.Objects.requireNonNull(attributor, "attributor");
        this.cache = java.util.Objects.requireNonNull(cache, "cache");
    }

    /** Runs the whole pipeline on every gold text and scores it; {@code progress} hears one line per text. */
    public Result evaluate(List<GoldDocument> documents, boolean withBaseline, Consumer<String> progress) {
        AttributionScore ours = AttributionScore.ZERO;
        AttributionScore base = AttributionScore.ZERO;
        long parse = 0;
        long attribute = 0;
        long baseline = 0;
        List<String> problems = new ArrayList<>();
        CoreNlpQuoteBaseline coreNlp = withBaseline ? CoreNlpQuoteBaseline.shared() : null;
        int n = 0;
        for (GoldDocument doc : documents) {
            n++;
            long t0 = System.nanoTime();
            Optional<AnnotatedArticle> annotated = annotate(doc, problems);
            long t1 = System.nanoTime();
            parse += t1 - t0;
            if (annotated.isEmpty()) {
                continue;
            }
            AttributedArticle attributed = attributor.attribute(annotated.get());
            long t2 = System.nanoTime();
            attribute += t2 - t1;
            ours = ours.plus(scorer.score(doc.text(), predictions(attributed), doc.gold()));
            if (coreNlp != null) {
                long t3 = System.nanoTime();
                List<PredictedAttribution> theirs;
                try {
                    theirs = coreNlp.attribute(doc.text());
                } catch (RuntimeException e) {
                    // CoreNLP's quote attribution broke on this text: it scores nothing here, and we say so.
                    problems.add(doc.textFile() + ": CoreNLP baseline failed (" + e + "); counted as no output");
                    theirs = List.of();
                }
                baseline += System.nanoTime() - t3;
                base = base.plus(scorer.score(doc.text(), theirs, doc.gold()));
            }
            progress.accept(n + "/" + documents.size() + " " + doc.name());
        }
        return new Result(ours, withBaseline ? Optional.of(base) : Optional.empty(), n, parse, attribute, baseline,
                problems);
    }

    /** Scores already attributed articles (the gold text must be the raw text the article was read from). */
    public AttributionScore score(GoldDocument doc, AttributedArticle attributed) {
        return scorer.score(doc.text(), predictions(attributed), doc.gold());
    }

    /** The text of {@code doc} read and annotated as the pipeline does it (from the cache when there is one). */
    public Optional<AnnotatedArticle> annotate(GoldDocument doc, List<String> problems) {
        Ingested ingested = new Ingester().ingest(List.of(doc.textFile()));
        ingested.problems().forEach(p -> problems.add(p.toString()));
        if (ingested.documents().isEmpty()) {
            return Optional.empty();
        }
        Article article = new ArticleExtractor().extract(ingested.documents().getFirst());
        article.problems().forEach(p -> problems.add(p.toString()));
        AnnotatedArticle annotated = cache.isEmpty() ? CoreNlpAnnotator.shared().annotate(article)
                : cache.get().get(doc.name(), doc.text(), () -> CoreNlpAnnotator.shared().annotate(article));
        annotated.problems().forEach(p -> problems.add(p.toString()));
        return Optional.of(annotated);
    }

    /** The attributions in offsets of the raw input text. */
    public static List<PredictedAttribution> predictions(AttributedArticle attributed) {
        TextMap map = attributed.annotated().article().map();
        List<PredictedAttribution> out = new ArrayList<>();
        for (Attribution a : attributed.attributions()) {
            List<Span> parts = a.parts().stream().map(p -> raw(map, p)).toList();
            out.add(new PredictedAttribution(parts, a.source().map(s -> raw(map, s)), a.isDirect()));
        }
        return out;
    }

    private static Span raw(TextMap map, Span clean) {
        return map.isEmpty() ? clean : map.toRaw(clean);
    }
}
