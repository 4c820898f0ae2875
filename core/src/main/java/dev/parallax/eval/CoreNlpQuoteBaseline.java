package dev.parallax.eval;

import dev.parallax.core.Span;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The baseline: CoreNLP's own quote finder and quote attribution (QuoteAnnotator with QuoteAttributionAnnotator,
 * trained on novels), run on the raw text. Each quotation becomes a direct attribution whose source is the speaker
 * mention CoreNLP picked. Loads its own pipeline once per process. Thread-safe.
 */
public final class CoreNlpQuoteBaseline {

    private final StanfordCoreNLP pipeline;

    private CoreNlpQuoteBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Without coreference the attribution falls back to its own mention detection; running the coreference
        // system on every text would multiply the baseline's cost without changing what is compared.
        p.setProperty("quote.attribution.useCoref", "false");
        // The quote annotator declares coreference as a requirement even when told not to use it.
        p.setProperty("enforceRequirements", "false");
        pipeline = new StanfordCoreNLP(p);
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
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
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
