package dev.parallax.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Wraps CoreNLP's tokenizer (which also splits sentences) and undoes two splits it makes inside a sentence. A period
 * written with no space on either side ("01.AI", where the tokenizer reads "01." as a number ending a sentence): the
 * pieces become one token again and the two sentences one. And a "sentence" that opens on the same line with a word
 * in lower case, which goes on with the one before ("Rep. Dana Ortiz (D-N.Y.) said …", "“Are you ready?” she asked"):
 * the two become one. Abbreviations such as "U.S.", "No. 10", "St. Louis" and "Amazon.com" the tokenizer already
 * keeps whole; they pass through unchanged.
 * Reads: the tokens and sentences of the tokenizer. Adds: nothing; it only joins. Needs the annotation's text.
 */
final class GluedNameJoiner implements Annotator {

    private final Annotator tokenizer;

    GluedNameJoiner(Annotator tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public void annotate(Annotation document) {
        tokenizer.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        List<List<CoreLabel>> groups = new ArrayList<>();
        List<CoreMap> firsts = new ArrayList<>();
        boolean joined = false;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (!groups.isEmpty() && !tokens.isEmpty() && gluedAcross(groups.getLast(), tokens.getFirst())) {
                List<CoreLabel> group = groups.getLast();
                CoreLabel first = group.get(group.size() - 2);
                group.removeLast();
                group.removeLast();
                group.add(glue(first, tokens.getFirst(), document.get(CoreAnnotations.TextAnnotation.class)));
                group.addAll(tokens.subList(1, tokens.size()));
                joined = true;
            } else if (!groups.isEmpty() && !tokens.isEmpty() && continuesAcross(groups.getLast(), tokens.getFirst(),
                    document.get(CoreAnnotations.TextAnnotation.class))) {
                groups.getLast().addAll(tokens);
                joined = true;
            } else {
                groups.add(new ArrayList<>(tokens));
                firsts.add(sentence);
            }
        }
        if (joined) {
            rebuild(document, groups, firsts);
        }
    }

    /** Whether a sentence ending in "X." glued to the next sentence's first token is really one name, "X.Y". */
    private static boolean gluedAcross(List<CoreLabel> before, CoreLabel next) {
        if (before.size() < 2) {
            return false;
        }
        CoreLabel period = before.getLast();
        CoreLabel previous = before.get(before.size() - 2);
        return period.word().equals(".")
                && previous.endPosition() == period.beginPosition()
                && period.endPosition() == next.beginPosition()
                && Character.isLetterOrDigit(next.word().charAt(0));
    }

    /**
     * Whether the next sentence, opening with a word in lower case on the same line, goes on with the sentence
     * before: the tokenizer ended that one at an abbreviation's period before a bracket ("Sen. Lindsey Graham
     * (R-S.C.) told …") or at a question or exclamation mark inside quotation marks ("“You winning?” she said",
     * "chanted “What curfew?” and kept going"). A word with a capital inside ("iPhone", "eBay") is a name that can
     * open a sentence, so it does not join.
     */
    private static boolean continuesAcross(List<CoreLabel> before, CoreLabel next, String text) {
        String word = next.word();
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || !word.equals(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String between = text.substring(before.getLast().endPosition(), next.beginPosition());
        return !between.contains("\n") && !between.contains("\r");
    }

    /** One token for "01", "." and "AI": the first token's record, stretched over the three. */
    private static CoreLabel glue(CoreLabel first, CoreLabel last, String text) {
        CoreLabel t = new CoreLabel(first);
        String word = text.substring(first.beginPosition(), last.endPosition());
        t.setWord(word);
        t.setValue(word);
        t.setOriginalText(word);
        t.setEndPosition(last.endPosition());
        t.setAfter(last.after());
        return t;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void rebuild(Annotation document, List<List<CoreLabel>> groups, List<CoreMap> firsts) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (int s = 0; s < groups.size(); s++) {
            List<CoreLabel> tokens = groups.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setIndex(i + 1);
                tokens.get(i).setSentIndex(s);
            }
            int begin = tokens.getFirst().beginPosition();
            int end = tokens.getLast().endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            CoreMap template = firsts.get(s);
            for (Class key : template.keySet()) {
                sentence.set(key, template.get(key));
            }
            sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
            all.addAll(tokens);
            sentences.add(sentence);
        }
        document.set(CoreAnnotations.TokensAnnotation.class, all);
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return tokenizer.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return tokenizer.requires();
    }
}
