package dev.parallax.annotate;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * SUTime as CoreNLP's NER runs it (inside its numeric classifiers, sentence by sentence), run only on the sentences
 * that could hold a time expression or a number. Every rule of SUTime's English grammar and every number CoreNLP's
 * NumberNormalizer reads needs at least one anchor word: a digit, a number or ordinal word ("three", "dozen",
 * "half", "first"), a month or weekday name or abbreviation, a time unit or time of day ("week", "decades",
 * "morning"), a season or holiday, or a word that is a time by itself ("now", "ago", "once", "past", "currently",
 * "future"). A sentence without any finds nothing in SUTime, so CoreNLP's NER gives it the same tags, normalized
 * values and time expressions when SUTime is not asked; the other sentences go to SUTime as before. The test is
 * generous (parts of words count: "sometimes", "someone's" pass) because a sentence it wrongly passes costs only
 * time, while one it wrongly skips would lose a date.
 * Reads and adds what SUTime's {@link TimeExpressionExtractor} does; installed into CoreNLP's NER by
 * {@link #install}. Thread-safe as SUTime is.
 */
final class CandidateSuTime implements TimeExpressionExtractor {

    /** Anchors that must be a whole word (or a part of a hyphenated one), with an optional plural "s" and period. */
    private static final Pattern WORD = Pattern.compile("(?:"
            // Numbers and ordinals NumberNormalizer reads, and the fractions it reads as numbers.
            + "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fourty|fifty"
            + "|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|score|gross|half|quarter"
            + "|zeroth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|hundredth"
            + "|thousandth|millionth|billionth|trillionth|oughts|noughts|twenties|thirties|forties|fifties|sixties"
            + "|seventies|eighties|nineties|once|twice|thrice|couple"
            // Words that are a time by themselves.
            + "|now|ago|hence|past|present|current|currently|recent|recently|previously|medieval|future|ides|nones"
            // Abbreviations of weekdays, months and time units, and the clock.
            + "|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
            + "|dec|mo|yr|wk|hr|min|sec|ms|am|pm|a\\.m|p\\.m|mlk|x-?mas"
            + ")s?\\.?");
    /** Anchors that count anywhere inside a word ("Mondays", "mid-morning", "biweekly", "nineteen"). */
    private static final Pattern STEM = Pattern.compile("teen|tieth|year|month|week|day|night|hour|minute|second"
            + "|fortnight|quarter|centur|millen|decade|morning|noon|evening|dawn|dusk|twilight|sunrise|sunup"
            + "|sunset|sundown|teatime|lunchtime|dinnertime|suppertime|tonight|tonite|tomorrow|annual|centennial"
            + "|hourly|daily|nightly|spring|summer|autumn|fall|winter|time|clock|season"
            + "|january|february|march|april|june|july|august|september|october|november|december"
            + "|christmas|easter|thanksgiving|halloween|mayo");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern PARTS = Pattern.compile("[-\u2013\u2014/]");

    private final TimeExpressionExtractor sutime;

    private CandidateSuTime(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    /**
     * Puts this gate in front of the SUTime inside CoreNLP's NER annotator. An NER annotator that runs no SUTime
     * (numeric classifiers or SUTime off) is left as it is.
     */
    static void install(Annotator ner) {
        if (!(ner instanceof NERCombinerAnnotator)) {
            throw new IllegalArgumentException("not CoreNLP's NER annotator: " + ner.getClass().getName());
        }
        try {
            Object combiner = field(NERCombinerAnnotator.class, "ner").get(ner);
            Object numbers = field(NERClassifierCombiner.class, "nsc").get(combiner);
            if (!(numbers instanceof NumberSequenceClassifier)) {
                return;
            }
            Field extractor = field(NumberSequenceClassifier.class, "timexExtractor");
            if (extractor.get(numbers) instanceof TimeExpressionExtractor sutime
                    && !(sutime instanceof CandidateSuTime)) {
                extractor.set(numbers, new CandidateSuTime(sutime));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's NER annotator does not keep its SUTime where CoreNLP 4.5 "
                    + "keeps it (NERCombinerAnnotator.ner.nsc.timexExtractor); was the CoreNLP version changed?", e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Whether some token of the sentence is an anchor word that every SUTime match and written number needs. */
    static boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (isAnchor(t.word())) {
                return true;
            }
        }
        return false;
    }

    static boolean isAnchor(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (DIGIT.matcher(w).find() || STEM.matcher(w).find() || WORD.matcher(w).matches()) {
            return true;
        }
        for (String part : PARTS.split(w)) {
            if (WORD.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null && !mayHoldTime(tokens)) {
            return new ArrayList<>();
        }
        return sutime.extractTimeExpressionCoreMaps(sentence, document);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null && !mayHoldTime(tokens)) {
            return new ArrayList<>();
        }
        return sutime.extractTimeExpressionCoreMaps(sentence, documentDate);
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }
}
