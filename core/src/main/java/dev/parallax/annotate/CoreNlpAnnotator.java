package dev.parallax.annotate;

import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.extract.Article;
import dev.parallax.extract.DateLines;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.CoreSentence;
import dev.parallax.core.StageTimes;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads: an {@link Article}'s clean text and publication date. Adds: sentences, tokens (POS, lemma, NER),
 * Universal Dependencies parses, entity mentions, and date expressions normalised by SUTime against the
 * publication date. Needs nothing else; loads the CoreNLP models once per process ({@link #shared()}).
 * Bad input: an empty article is passed through unannotated; a CoreNLP failure on one article becomes a problem
 * on that article and the batch goes on. Thread-safe.
 */
public final class CoreNlpAnnotator {

    /** The annotators of the full analysis, also the reference for the benchmark's bare CoreNLP run. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final AnnotationPipeline pipeline;
    /** CPU time per CoreNLP annotator, over all threads, since the models loaded. */
    private final StageTimes annotators = StageTimes.recording();

    private CoreNlpAnnotator() {
        Properties p = properties();
        AnnotatorImplementations make = new AnnotatorImplementations();
        // The annotators of ANNOTATORS, built as StanfordCoreNLP builds them (tokenize also splits sentences), each
        // timed so that the benchmark can say where annotation time goes.
        Map<String, Annotator> chain = new LinkedHashMap<>();
        chain.put("tokenize,ssplit", new GluedNameJoiner(make.tokenizer(p)));
        chain.put("pos", make.posTagger(p));
        chain.put("lemma", make.morpha(p, false));
        Annotator ner = make.ner(p);
        // Same tags as CoreNLP's own fine-grained RegexNER, without trying its regular expressions everywhere.
        FineGrainedRegexNer.install(ner, p);
        // Same tags and time expressions as CoreNLP's own SUTime, without running it on sentences it finds nothing in.
        CandidateSuTime.install(ner);
        chain.put("ner", ner);
        // Same parses as CoreNLP's depparse, without the four dependency graphs nothing reads.
        chain.put("depparse", new EnhancedDependencyParser(p));
        List<Annotator> timed = new ArrayList<>();
        chain.forEach((name, annotator) -> timed.add(new Timed(name, annotator, annotators)));
        this.pipeline = new AnnotationPipeline(timed);
    }

    /** CoreNLP settings: paragraphs (blank lines) end sentences; quotes keep their original characters. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // Very long "sentences" (lists, tables flattened to text) are not tagged. (CoreNLP's parser reads no length
        // limit; it is linear in a sentence's length.)
        p.setProperty("pos.maxlen", "200");
        // The parser keeps the hidden-layer products of the word, tag and label features it met last; its default
        // 5,000 misses often on news (a new name is a new feature); 50,000 made it about a tenth faster on
        // PolNeAR texts it had not seen. The cache is one per process; the products are the same whether kept or
        // computed again, so the parses are too.
        p.setProperty("depparse.numCached", "50000");
        return p;
    }

    private static final class Holder {
        private static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator();
    }

    /** The process-wide annotator; the first call loads the models (tens of seconds). */
    public static CoreNlpAnnotator shared() {
        return Holder.INSTANCE;
    }

    /** CPU nanoseconds spent so far in each CoreNLP annotator, summed over all threads. */
    public Map<String, Long> annotatorTimes() {
        return annotators.snapshot();
    }

    public AnnotatedArticle annotate(Article article) {
        if (article.text().isBlank()) {
            return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of());
        }
        try {
            return convert(article, run(article));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            Problem problem = Problem.internal("annotate", article.origin(), e);
            return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(problem));
        }
    }

    private CoreDocument run(Article article) {
        CoreDocument doc = new CoreDocument(article.text());
        article.meta().published()
                .flatMap(p -> DateLines.dateOf(p.value()))
                .ifPresent(d -> doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(doc.annotation());
        doc.wrapAnnotations();
        return doc;
    }

    private static AnnotatedArticle convert(Article article, CoreDocument doc) {
        List<Sentence> sentences = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.tokens()) {
                tokens.add(new Token(new Span(t.beginPosition(), t.endPosition()), t.originalText(),
                        orEmpty(t.tag()), orEmpty(t.lemma()), t.ner() == null ? "O" : t.ner()));
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph graph = s.dependencyParse();
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency(-1, root.index() - 1, "root"));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            int index = sentences.size();
            Span span = new Span(tokens.getFirst().span().start(), tokens.getLast().span().end());
            sentences.add(new Sentence(index, span, tokens, deps));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            Span span = new Span(m.charOffsets().first(), m.charOffsets().second());
            int sentence = m.tokens().getFirst().sentIndex();
            if (TIME_TYPES.contains(m.entityType())) {
                Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                String value = timex != null && timex.value() != null ? timex.value()
                        : orEmpty(m.tokens().getFirst().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
                times.add(new TimeExpression(span, m.text(), m.entityType(), value, sentence));
            } else {
                entities.add(new EntityMention(span, m.text(), m.entityType(), sentence));
            }
        }
        return new AnnotatedArticle(article, sentences, entities, times, List.of());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One annotator of the chain, adding its CPU time to its name. */
    private record Timed(String name, Annotator annotator, StageTimes times) implements Annotator {
        @Override
        public void annotate(edu.stanford.nlp.pipeline.Annotation annotation) {
            times.time(name, () -> {
                annotator.annotate(annotation);
                return null;
            });
        }

        @Override
        public Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requirementsSatisfied() {
            return annotator.requirementsSatisfied();
        }

        @Override
        public Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requires() {
            return annotator.requires();
        }
    }
}
