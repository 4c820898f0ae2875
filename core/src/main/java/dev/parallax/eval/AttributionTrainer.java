package dev.parallax.eval;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Tree;
import dev.parallax.attribute.AttributedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.attribute.Attributor;
import dev.parallax.attribute.ContentEnds;
import dev.parallax.attribute.CueDetector;
import dev.parallax.attribute.CueLexicon;
import dev.parallax.attribute.LinearModel;
import dev.parallax.core.Span;
import dev.parallax.core.TextMap;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Trains the attributor's learned parts on gold attribution data (PolNeAR's train split). The filter: every
 * attribution the unfiltered attributor finds in a training text is an example, labelled by whether it matches a
 * gold attribution with its source (the scorer's rule: the contents each cover half of the other, the sources
 * overlap); a logistic regression (CoreNLP's {@link LinearClassifierFactory}, quasi-Newton, Gaussian prior) learns
 * from {@code AttributionFeatures} which of them a reader would mark so. Its threshold is the one that scores best
 * on the held-out texts, with quotations always kept as {@link Attributor#keeps} keeps them. Deterministic: the same
 * texts in the same order give the same model. A fixed share of the texts (every k-th in name order) is held out
 * of training and scored with and without the model.
 */
public final class AttributionTrainer {

    /**
     * The held-out texts a model's threshold was chosen on: their names, their scores at each threshold tried,
     * before the model and at the chosen threshold.
     */
    public record HeldOut(List<String> texts, Map<Double, AttributionScore> byThreshold, AttributionScore before,
                          AttributionScore chosen) {
        public HeldOut {
            texts = List.copyOf(texts);
            byThreshold = java.util.Collections.unmodifiableMap(new TreeMap<>(byThreshold));
            requireNonNull(before, "before");
            requireNonNull(chosen, "chosen");
        }
    }

    /** What a filter training run made and measured. */
    public record Trained(LinearModel model, int trainingTexts, int examples, int positives, HeldOut heldOut,
                          AttributionScore trainingModel, List<String> problems) {
        public Trained {
            requireNonNull(model, "model");
            requireNonNull(heldOut, "heldOut");
            problems = List.copyOf(problems);
        }
    }

    /** The Gaussian prior of the cue detector and the content ends. */
    private static final double SIGMA = 1.0;
    /**
     * The filter's prior, tighter: of 0.1, 0.3, 1 and 3, 0.3 gave the held-out texts the best content + source F1
     * (0.621, 0.622, 0.620, 0.617 at each one's best threshold).
     */
    private static final double FILTER_SIGMA = 0.3;

    private final AttributionEvaluation annotator;
    private final AttributionScorer scorer = new AttributionScorer();

    /** @param annotator reads and annotates the texts (with its annotation cache, if any) */
    public AttributionTrainer(AttributionEvaluation annotator) {
        this.annotator = requireNonNull(annotator, "annotator");
    }

    /** The texts held out of training: {@code count} of them, spread evenly over the name order. */
    public static List<AttributionEvaluation.GoldDocument> heldOut(List<AttributionEvaluation.GoldDocument> all,
                                                                    int count) {
        List<AttributionEvaluation.GoldDocument> out = new ArrayList<>();
        if (count <= 0) {
            return out;
        }
        for (int k = 0; k < count && k < all.size(); k++) {
            out.add(all.get((int) ((long) k * all.size() / count)));
        }
        return out;
    }

    /**
     * Trains on the texts of {@code all} that are not held out — at most {@code limit} of them, spread evenly over
     * the name order — and scores the {@code holdOut} held-out ones.
     */
    public Trained train(List<AttributionEvaluation.GoldDocument> all, int holdOut, int limit, List<String> comments,
                         Consumer<String> progress) {
        List<AttributionEvaluation.GoldDocument> held = heldOut(all, holdOut);
        List<AttributionEvaluation.GoldDocument> training = training(all, held, limit);
        List<String> problems = new ArrayList<>();
        Attributor rules = Attributor.unfiltered();

        List<Example> examples = new ArrayList<>();
        List<Text> trainingTexts = new ArrayList<>();
        forEachAnnotated(training, problems, progress, (doc, article) -> {
            List<Attributor.Candidate> candidates = rules.candidates(article);
            AttributedArticle attributed = new AttributedArticle(article,
                    candidates.stream().map(Attributor.Candidate::attribution).toList(), List.of(), List.of(),
                    List.of());
            List<PredictedAttribution> predicted = AttributionEvaluation.predictions(attributed);
            boolean[] right = scorer.matchedWithSources(predicted, doc.gold());
            Text text = new Text(doc, new ArrayList<>());
            for (int i = 0; i < candidates.size(); i++) {
                Example e = new Example(candidates.get(i), right[i], predicted.get(i));
                examples.add(e);
                text.examples().add(e);
            }
            trainingTexts.add(text);
        });
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no attributions found in the " + training.size()
                    + " training texts: nothing to learn from (are they annotated gold texts?)");
        }

        Dataset<Boolean, String> data = new Dataset<>();
        for (Example e : examples) {
            data.add(new BasicDatum<>(e.candidate().features(), e.right()));
        }
        LinearModel unthresholded = logistic(data, FILTER_SIGMA, comments, examples.getFirst().candidate().features());
        progress.accept("trained on " + examples.size() + " attributions");

        progress.accept("choosing the threshold on the " + held.size() + " held-out texts");
        Sweep sweep = sweep(held, problems, rules, 5, 70, 5, 0.0, threshold -> new Attributor(
                Optional.of(CueDetector.bundled()), Optional.of(ContentEnds.bundled()),
                Optional.of(unthresholded.withThreshold(threshold))));
        LinearModel model = unthresholded.withThreshold(sweep.best());
        AttributionScore trainingScore = score(trainingTexts, model);
        int positives = (int) examples.stream().filter(Example::right).count();
        return new Trained(model, trainingTexts.size(), examples.size(), positives, sweep.heldOut(), trainingScore,
                problems);
    }

    /** What a cue-detector training run made and measured. */
    public record TrainedCues(LinearModel model, int trainingTexts, int examples, int positives, HeldOut heldOut,
                              List<String> problems) {
        public TrainedCues {
            requireNonNull(model, "model");
            requireNonNull(heldOut, "heldOut");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Trains the {@link CueDetector} on the texts of {@code all} that are not held out (at most {@code limit} of
     * them, spread as in {@link #train}): every verb the lexicon lacks, every lexicon verb the rules read in none
     * of their frames and every noun with a complement ({@code CueDetector.candidates}) is an example, labelled by
     * whether it lies in a gold cue. The threshold is the one that maximises content + source F1 of the whole
     * attributor on the
     * {@code holdOut} held-out texts (so their figures, also returned, are the ones the threshold was chosen on).
     */
    public TrainedCues trainCues(List<AttributionEvaluation.GoldDocument> all, int holdOut, int limit,
                                 List<String> comments, Consumer<String> progress) {
        List<AttributionEvaluation.GoldDocument> held = heldOut(all, holdOut);
        List<AttributionEvaluation.GoldDocument> training = training(all, held, limit);
        List<String> problems = new ArrayList<>();
        Dataset<Boolean, String> data = new Dataset<>();
        List<List<String>> probe = new ArrayList<>();
        int[] positives = {0};
        int texts = forEachAnnotated(training, problems, progress, (doc, article) -> {
            dev.parallax.core.TextMap map = article.article().map();
            for (CueDetector.Candidate c : CueDetector.candidates(article)) {
                dev.parallax.core.Span raw = map.isEmpty() ? c.span() : map.toRaw(c.span());
                boolean cue = doc.gold().stream().anyMatch(g -> g.cue().stream().anyMatch(raw::overlaps));
                data.add(new BasicDatum<>(c.features(), cue));
                positives[0] += cue ? 1 : 0;
                if (probe.isEmpty()) {
                    probe.add(c.features());
                }
            }
        });
        if (probe.isEmpty() || positives[0] == 0) {
            throw new IllegalArgumentException("no candidate cue verbs in the " + training.size()
                    + " training texts: nothing to learn from (are they annotated gold texts?)");
        }
        LinearModel unthresholded = logistic(data, SIGMA, comments, probe.getFirst());
        progress.accept("trained on " + data.size() + " candidate verbs and nouns (" + positives[0]
                + " cues); choosing the threshold on the "
                + held.size() + " held-out texts");

        Sweep sweep = sweep(held, problems, Attributor.rulesOnly(), 30, 95, 5, 1.0,
                threshold -> new Attributor(Optional.of(new CueDetector(unthresholded.withThreshold(threshold))),
                        Optional.empty()));
        return new TrainedCues(unthresholded.withThreshold(sweep.best()), texts, data.size(), positives[0],
                sweep.heldOut(), problems);
    }

    /**
     * What a source-noun run found: the nouns in name order, with how many gold sources each heads.
     *
     * @param sources the gold sources read in the training texts
     */
    public record SourceNouns(Map<String, Integer> nouns, int trainingTexts, int sources, List<String> problems) {
        public SourceNouns {
            nouns = java.util.Collections.unmodifiableMap(new TreeMap<>(nouns));
            problems = List.copyOf(problems);
        }
    }

    /**
     * The common nouns that head at least {@code minimum} gold sources in the texts of {@code all} that are not held
     * out (at most {@code limit} of them, spread as in {@link #train}) and that the lexicon's hand-made lists lack:
     * the people and things PolNeAR's annotators let speak ("runner", "neurosurgeon", "ad", "law"). A source's head
     * is the token of its span (within one sentence) that its parse hangs outside it; only a common noun outside a
     * named entity counts, by its lower-cased lemma. The rules take these nouns as able to take a stance.
     */
    public SourceNouns sourceNouns(List<AttributionEvaluation.GoldDocument> all, int holdOut, int limit, int minimum,
                                   Consumer<String> progress) {
        List<AttributionEvaluation.GoldDocument> training = training(all, heldOut(all, holdOut), limit);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int[] sources = new int[1];
        int texts = forEachAnnotated(training, problems, progress, (doc, article) -> {
            TextMap map = article.article().map();
            List<Tree> trees = article.sentences().stream().map(Tree::new).toList();
            for (BratAttribution g : doc.gold()) {
                if (g.source().isEmpty()) {
                    continue;
                }
                sources[0]++;
                Span source = new Span(g.source().getFirst().start(), g.source().getLast().end());
                for (Tree tree : trees) {
                    List<Integer> inside = new ArrayList<>();
                    for (int i = 0; i < tree.size(); i++) {
                        if (source.contains(raw(map, tree.token(i).span()))) {
                            inside.add(i);
                        }
                    }
                    int head = inside.isEmpty() || !tree.parsed() ? -1 : tree.head(inside);
                    if (head >= 0 && (tree.pos(head).equals("NN") || tree.pos(head).equals("NNS"))
                            && tree.ner(head).equals("O")) {
                        String lemma = tree.lemma(head).toLowerCase(java.util.Locale.ROOT);
                        if (!CueLexicon.listedSourceNoun(lemma)) {
                            counts.merge(lemma, 1, Integer::sum);
                        }
                    }
                }
            }
        });
        counts.values().removeIf(n -> n < minimum);
        return new SourceNouns(counts, texts, sources[0], problems);
    }

    /** What a content-end training run made and measured. */
    public record TrainedEnds(LinearModel model, int trainingTexts, int choices, int examples, int positives,
                              HeldOut heldOut, List<String> problems) {
        public TrainedEnds {
            requireNonNull(model, "model");
            requireNonNull(heldOut, "heldOut");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Trains {@link ContentEnds} on the texts of {@code all} that are not held out (at most {@code limit} of them,
     * spread as in {@link #train}): for every reported statement the rules and the bundled cue detector find whose
     * content a gold content starts with (their last parts start within {@value #SAME_START} characters of each
     * other), each end the parse allows is an example, labelled by whether it is where the gold content ends
     * (trailing punctuation aside); a statement none of whose ends is the gold end teaches nothing and is skipped.
     * The threshold is the one that maximises content + source F1 on the {@code holdOut} held-out texts.
     */
    public TrainedEnds trainEnds(List<AttributionEvaluation.GoldDocument> all, int holdOut, int limit,
                                 List<String> comments, Consumer<String> progress) {
        List<AttributionEvaluation.GoldDocument> held = heldOut(all, holdOut);
        List<AttributionEvaluation.GoldDocument> training = training(all, held, limit);
        List<String> problems = new ArrayList<>();
        Attributor rules = new Attributor(Optional.of(CueDetector.bundled()), Optional.empty(), Optional.empty());
        Dataset<Boolean, String> data = new Dataset<>();
        List<List<String>> probe = new ArrayList<>();
        int[] counts = new int[3]; // choices learned from, positives, choices with a gold content
        int texts = forEachAnnotated(training, problems, progress, (doc, article) -> {
            TextMap map = article.article().map();
            for (ContentEnds.Choice c : ContentEnds.choices(article, rules.attributions(article))) {
                Span rulesLast = raw(map, c.ends().getFirst().lastPart());
                Optional<Span> gold = goldLast(doc, rulesLast);
                if (gold.isEmpty()) {
                    continue;
                }
                counts[2]++;
                int goldEnd = trimmedEnd(doc.text(), gold.get());
                List<Boolean> labels = new ArrayList<>();
                for (ContentEnds.End e : c.ends()) {
                    labels.add(trimmedEnd(doc.text(), raw(map, e.lastPart())) == goldEnd);
                }
                if (!labels.contains(true)) {
                    continue;
                }
                counts[0]++;
                for (int i = 0; i < labels.size(); i++) {
                    data.add(new BasicDatum<>(c.ends().get(i).features(), labels.get(i)));
                    counts[1] += labels.get(i) ? 1 : 0;
                    if (probe.isEmpty()) {
                        probe.add(c.ends().get(i).features());
                    }
                }
            }
        });
        if (probe.isEmpty()) {
            throw new IllegalArgumentException("no reported speech with a gold end among its possible ends in the "
                    + training.size() + " training texts: nothing to learn from (are they annotated gold texts?)");
        }
        LinearModel unthresholded = logistic(data, SIGMA, comments, probe.getFirst());
        progress.accept("trained on " + data.size() + " possible ends of " + counts[0]
                + " contents (of " + counts[2] + " that start as a gold content does; the others' gold end is not "
                + "among their possible ends); choosing the threshold on the " + held.size() + " held-out texts");

        Sweep sweep = sweep(held, problems, rules, 0, 90, 10, 1.0, threshold -> new Attributor(
                Optional.of(CueDetector.bundled()), Optional.of(new ContentEnds(unthresholded.withThreshold(threshold))),
                Optional.empty()));
        return new TrainedEnds(unthresholded.withThreshold(sweep.best()), texts, counts[0], data.size(), counts[1],
                sweep.heldOut(), problems);
    }

    /**
     * The held-out texts scored by {@code before} and by the attributor {@code at} makes for each threshold from
     * {@code from} to {@code to} percent in steps of {@code step}: the best is the threshold that raises content +
     * source F1 most over {@code before} ({@code unused}, the threshold at which the model changes nothing, when
     * none does).
     */
    private Sweep sweep(List<AttributionEvaluation.GoldDocument> held, List<String> problems, Attributor before,
                        int from, int to, int step, double unused, java.util.function.DoubleFunction<Attributor> at) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        List<AttributionEvaluation.GoldDocument> docs = new ArrayList<>();
        for (AttributionEvaluation.GoldDocument doc : held) {
            annotator.annotate(doc, problems).ifPresent(a -> {
                articles.add(a);
                docs.add(doc);
            });
        }
        AttributionScore baseline = scoreHeld(docs, articles, before);
        Map<Double, AttributionScore> byThreshold = new TreeMap<>();
        double best = unused;
        AttributionScore bestScore = baseline;
        for (int t = from; t <= to; t += step) {
            double threshold = t / 100.0;
            AttributionScore s = scoreHeld(docs, articles, at.apply(threshold));
            byThreshold.put(threshold, s);
            if (s.contentSource().f1() > bestScore.contentSource().f1() + 1e-9) {
                best = threshold;
                bestScore = s;
            }
        }
        return new Sweep(new HeldOut(docs.stream().map(AttributionEvaluation.GoldDocument::name).toList(), byThreshold,
                baseline, bestScore), best);
    }

    /** A sweep's held-out scores and the threshold it chose. */
    private record Sweep(HeldOut heldOut, double best) {
    }

    /** How far apart (in characters) a predicted and a gold content may start and still be the same statement. */
    static final int SAME_START = 25;

    /** A clean-text span as an offset span of the raw text the gold refers to. */
    private static Span raw(TextMap map, Span clean) {
        return map.isEmpty() ? clean : map.toRaw(clean);
    }

    /**
     * The last part of the gold content that starts as {@code predicted} (a predicted last part, raw offsets)
     * does: the gold content's fragment overlapping it most whose start lies within {@link #SAME_START} of its.
     */
    private static Optional<Span> goldLast(AttributionEvaluation.GoldDocument doc, Span predicted) {
        Span best = null;
        int bestOverlap = 0;
        for (BratAttribution g : doc.gold()) {
            Span last = g.content().getLast();
            int overlap = last.overlap(predicted);
            if (overlap > bestOverlap && Math.abs(last.start() - predicted.start()) <= SAME_START) {
                best = last;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The end of {@code span} in {@code text} without trailing spaces, punctuation and quotation marks. */
    private static int trimmedEnd(String text, Span span) {
        int end = Math.min(span.end(), text.length());
        while (end > span.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** At most {@code limit} of the texts of {@code all} that are not {@code held}, spread evenly over the name order. */
    private static List<AttributionEvaluation.GoldDocument> training(List<AttributionEvaluation.GoldDocument> all,
                                                                  List<AttributionEvaluation.GoldDocument> held,
                                                                  int limit) {
        List<AttributionEvaluation.GoldDocument> rest = all.stream().filter(d -> !held.contains(d)).toList();
        return rest.size() <= limit ? rest : heldOut(rest, limit);
    }

    /**
     * Annotates the texts one at a time and gives each that annotates to {@code each} (one that does not becomes a
     * problem), reporting progress every 50 texts; returns how many annotated.
     */
    private int forEachAnnotated(List<AttributionEvaluation.GoldDocument> docs, List<String> problems,
                                 Consumer<String> progress,
                                 java.util.function.BiConsumer<AttributionEvaluation.GoldDocument, AnnotatedArticle> each) {
        int n = 0;
        int annotated = 0;
        for (AttributionEvaluation.GoldDocument doc : docs) {
            n++;
            Optional<AnnotatedArticle> article = annotator.annotate(doc, problems);
            if (article.isPresent()) {
                annotated++;
                each.accept(doc, article.get());
            }
            if (n % 50 == 0 || n == docs.size()) {
                progress.accept("read " + n + "/" + docs.size() + " training texts");
            }
        }
        return annotated;
    }

    private AttributionScore scoreHeld(List<AttributionEvaluation.GoldDocument> docs, List<AnnotatedArticle> articles,
                                       Attributor attributor) {
        AttributionScore total = AttributionScore.ZERO;
        for (int i = 0; i < docs.size(); i++) {
            total = total.plus(annotator.score(docs.get(i), attributor.attribute(articles.get(i))));
        }
        return total;
    }

    /**
     * A logistic regression over {@code data} with a Gaussian prior of {@code sigma}, exported as a {@link LinearModel}
     * (threshold 0.5); fails fast when the exported weights do not give CoreNLP's own probability for {@code probe}
     * (an export bug).
     */
    private static LinearModel logistic(Dataset<Boolean, String> data, double sigma, List<String> comments,
                                        List<String> probe) {
        LinearClassifierFactory<Boolean, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<Boolean, String> classifier = factory.trainClassifier(data);
        Map<Boolean, Counter<String>> w = classifier.weightsAsMapOfCounters();
        Map<String, Double> weights = new TreeMap<>();
        for (String f : classifier.featureIndex()) {
            double yes = w.containsKey(true) ? w.get(true).getCount(f) : 0;
            double no = w.containsKey(false) ? w.get(false).getCount(f) : 0;
            if (yes - no != 0) {
                weights.put(f, yes - no);
            }
        }
        LinearModel model = new LinearModel(comments, 0.5, weights);
        double theirs = classifier.probabilityOf(new BasicDatum<>(probe, true)).getCount(true);
        double ours = model.probability(probe);
        if (Math.abs(theirs - ours) > 1e-6) {
            throw new IllegalStateException("the exported model gives " + ours + " where CoreNLP's classifier gives "
                    + theirs + " for " + probe);
        }
        return model;
    }

    /** The training texts scored with only the attributions {@code model} keeps. */
    private AttributionScore score(List<Text> texts, LinearModel model) {
        AttributionScore total = AttributionScore.ZERO;
        for (Text t : texts) {
            List<PredictedAttribution> kept = t.examples().stream().filter(e -> Attributor.keeps(model, e.candidate()))
                    .map(Example::predicted).toList();
            total = total.plus(scorer.score(t.doc().text(), kept, t.doc().gold()));
        }
        return total;
    }

    private record Example(Attributor.Candidate candidate, boolean right, PredictedAttribution predicted) {
    }

    private record Text(AttributionEvaluation.GoldDocument doc, List<Example> examples) {
    }
}
