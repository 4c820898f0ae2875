package dev.parallax.annotate;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.ArrayCoreMap;
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
 * values and time expressions when SUTime is not asked; the other sentences go to SUTime. The test is
 * generous (parts of words count: "sometimes", "someone's" pass) because a sentence it wrongly passes costs only
 * time, while one it wrongly skips would lose a date. In a sentence that passes, SUTime reads only the windows of
 * {@value #REACH} tokens either side of its anchors (windows that come close are one): SUTime tries each of its
 * rules at every token it is given, and its expressions and numbers stand within a few tokens of an anchor, so the
 * windows give the same tags, values and numbers as the whole sentence at a fraction of the tries.
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

    /**
     * How many tokens on each side of an anchor SUTime reads: more than its longest rule needs around a number or a
     * time word ("from the second week of January to the end of March 2020" has one every few tokens).
     */
    static final int REACH = 6;

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
        return around(sentence, part -> sutime.extractTimeExpressionCoreMaps(part, document));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
        return around(sentence, part -> sutime.extractTimeExpressionCoreMaps(part, documentDate));
    }

    /**
     * SUTime over the windows of the sentence around its anchors, one after the other: what SUTime finds in each
     * window, and the numbers it reads there, as found in the whole sentence. Nothing when there is no anchor; the
     * whole sentence when one window covers it or the sentence lacks the text and offsets a window needs.
     */
    private static List<CoreMap> around(CoreMap sentence, java.util.function.Function<CoreMap, List<CoreMap>> sutime) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            return sutime.apply(sentence);
        }
        List<int[]> windows = windows(tokens);
        if (windows.isEmpty()) {
            return new ArrayList<>();
        }
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        Integer charBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (windows.size() == 1 && windows.getFirst()[0] == 0 && windows.getFirst()[1] == tokens.size()
                || text == null || charBegin == null) {
            return sutime.apply(sentence);
        }
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int offset = tokenBegin == null ? 0 : tokenBegin;
        List<CoreMap> found = new ArrayList<>();
        List<CoreMap> numbers = new ArrayList<>();
        for (int[] w : windows) {
            List<CoreLabel> part = tokens.subList(w[0], w[1]);
            int from = part.getFirst().beginPosition();
            int to = part.getLast().endPosition();
            if (from < charBegin || to - charBegin > text.length() || from > to) {
                return sutime.apply(sentence); // tokens whose offsets are not the sentence's text: read it whole
            }
            CoreMap window = new ArrayCoreMap();
            window.set(CoreAnnotations.TextAnnotation.class, text.substring(from - charBegin, to - charBegin));
            window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, from);
            window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, to);
            window.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(part));
            window.set(CoreAnnotations.TokenBeginAnnotation.class, offset + w[0]);
            window.set(CoreAnnotations.TokenEndAnnotation.class, offset + w[1]);
            String sectionDate = sentence.get(CoreAnnotations.SectionDateAnnotation.class);
            if (sectionDate != null) {
                window.set(CoreAnnotations.SectionDateAnnotation.class, sectionDate);
            }
            List<CoreMap> times = sutime.apply(window);
            if (times != null) {
                found.addAll(times);
            }
            List<CoreMap> read = window.get(CoreAnnotations.NumerizedTokensAnnotation.class);
            if (read != null) {
                numbers.addAll(read);
            }
        }
        sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, numbers);
        return found;
    }

    /**
     * The token ranges {@code [from, to)} within {@value #REACH} tokens of an anchor, joined where they come within
     * {@value #REACH} tokens of each other; none when the sentence has no anchor.
     */
    static List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isAnchor(tokens.get(i).word())) {
                continue;
            }
            int from = Math.max(0, i - REACH);
            int to = Math.min(tokens.size(), i + REACH + 1);
            if (!out.isEmpty() && from <= out.getLast()[1] + REACH) {
                out.getLast()[1] = to;
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
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
