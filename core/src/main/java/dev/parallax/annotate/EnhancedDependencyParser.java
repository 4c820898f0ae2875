package dev.parallax.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;

import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, as its {@code depparse} annotator runs it, keeping only the graph Parallax
 * reads. CoreNLP's annotator turns each parse into five graphs (basic, collapsed, CC-processed, enhanced and
 * enhanced++), a fifth of the parser's time; {@link CoreNlpAnnotator} reads only the enhanced++ graph
 * ({@code CoreSentence.dependencyParse()}), which this annotator builds from the same parse with the same
 * settings (the {@code depparse.} properties: model, cache size, extra dependencies).
 * Reads: tokens with parts of speech. Adds: {@code EnhancedPlusPlusDependenciesAnnotation} per sentence; a
 * sentence the parser fails on gets none, as with CoreNLP's annotator. Thread-safe as the parser is.
 */
final class EnhancedDependencyParser extends SentenceAnnotator {

    private final DependencyParser parser;
    private final GrammaticalStructure.Extras extras;

    /** {@code properties} as given to CoreNLP, the parser's own under the {@code depparse.} prefix. */
    EnhancedDependencyParser(Properties properties) {
        Properties own = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
        this.parser = DependencyParser.loadFromModelFile(own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
        this.extras = MetaClass.cast(own.getProperty("extradependencies", "NONE"), GrammaticalStructure.Extras.class);
    }

    @Override
    protected int nThreads() {
        return 1;
    }

    @Override
    protected long maxTime() {
        return -1;
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // As CoreNLP's annotator: no graph for a sentence the parser could not parse in time.
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        // The same as CoreNLP's own depparse annotator needs.
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }
}
