package dev.parallax.eval;

import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.core.Span;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The baseline: CoreNLP's own quote finder and quote attribution (QuoteAnnotator with QuoteAttributionAnnotator,
 * trained on novels), run on the raw text. Each quotation becomes a direct attribution whose source is the speaker
 * mention CoreNLP picked. Loads its own pipeline once per process. Thread-safe.
 */
public final class CoreNlpQuoteBaseline {

    private final StanfordCoreNLP parser;
    private final StanfordCoreNLP quotes;

    private CoreNlpQuoteBaseline() {
        // The same parse settings as Parallax's own annotator (sentence length limits included: fine-grained NER's
        // token patterns take practically forever on a list flattened into one long "sentence").
        Properties p = CoreNlpAnnotator.properties();
        p.setProperty("ner.maxlen", "200");
        parser = new StanfordCoreNLP(p);
        Properties q = new Properties();
        q.setProperty("annotators", "quote");
        // Without coreference the attribution falls back to its own mention detection; running the coreference
        // system on every text would multiply the baseline's cost without changing what is compared. The quote
        // annotator still declares coreference as a requirement and reads its (here empty) chains.
        q.setProperty("quote.attribution.useCoref", "false");
        q.setProperty("enforceRequirements", "false");
        quotes = new StanfordCoreNLP(q);
    }

    private static final class Holder {
        private static final CoreNlpQuoteBaseline INSTANCE = new CoreNlpQuoteBaseline();
    }

    public static CoreNlpQuoteBaseline shared() {
        return Holder.INSTANCE;
    }

    /** CoreNLP's quotations with their speaker mentions, in offsets of {@code text}. */
    public List<PredictedAttribution> attribute(String text) {
        List<PredictedAttribution> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        Annotation annotation = new Annotation(text);
        parser.annotate(annotation);
        annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        quotes.annotate(annotation);
        CoreDocument doc = new CoreDocument(annotation);
        doc.wrapAnnotations();
        for (CoreQuote q : doc.quotes()) {
            Pair<Integer, Integer> c = q.quoteCharOffsets();
            Optional<Span> source = Optional.empty();
            if (q.hasSpeaker && q.speakerCharOffsets().isPresent()) {
                Pair<Integer, Integer> s = q.speakerCharOffsets().get();
                source = Optional.of(new Span(s.first(), Math.max(s.first(), s.second())));
            }
            out.add(new PredictedAttribution(List.of(new Span(c.first(), Math.max(c.first(), c.second()))), source,
                    true));
        }
        return out;
    }
}
