package dev.parallax.eval;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How closely a text keeps to a neutral reference account of the same story (an editors' roundup), without any
 * lexicon of loaded words. Both texts are cut into words (Lucene's standard tokenizer, lower case, possessives
 * dropped, Porter stems; content words are those not on Snowball's English stop list); the text is cut to its first {@code length} words, so that texts of different lengths are
 * compared at the same length. Three figures:
 * <ul>
 *   <li>{@link #unsupported}: the share of the text's content words (words that are not English stop words) whose
 *       stem the reference never uses — wording the neutral account does without. Lower is closer;</li>
 *   <li>{@link #rouge1} and {@link #rouge2}: ROUGE-1 and ROUGE-2 F1 (clipped counts of shared stems and stem pairs,
 *       stop words included; Lin 2004). Higher is closer.</li>
 * </ul>
 * An empty text, or an empty reference, scores 1 unsupported and 0 ROUGE.
 */
public record NeutralityScore(int words, double unsupported, double rouge1, double rouge2) {

    /** Snowball's English stop words (BSD licence), as Lucene ships them. */
    private static final CharArraySet STOP = snowballStopWords();

    public NeutralityScore {
        if (words < 0 || unsupported < 0 || unsupported > 1 || rouge1 < 0 || rouge1 > 1 || rouge2 < 0 || rouge2 > 1) {
            throw new IllegalArgumentException("scores out of range: words " + words + ", unsupported " + unsupported
                    + ", ROUGE-1 " + rouge1 + ", ROUGE-2 " + rouge2);
        }
    }

    /** A text's words as the score counts them: lower-cased Porter stems, in order; content words are marked. */
    public record Word(String stem, boolean content) {
    }

    /** Scores the first {@code length} words of {@code text} against the whole {@code reference}. */
    public static NeutralityScore of(String text, String reference, int length) {
        List<Word> t = words(text);
        return of(t.subList(0, Math.min(length, t.size())), words(reference));
    }

    /** Scores words already cut against the reference's words. */
    public static NeutralityScore of(List<Word> text, List<Word> reference) {
        if (text.isEmpty() || reference.isEmpty()) {
            return new NeutralityScore(text.size(), 1, 0, 0);
        }
        Set<String> used = new HashSet<>();
        reference.forEach(w -> used.add(w.stem()));
        long content = text.stream().filter(Word::content).count();
        long unsupported = text.stream().filter(w -> w.content() && !used.contains(w.stem())).count();
        return new NeutralityScore(text.size(), content == 0 ? 0 : (double) unsupported / content,
                rouge(grams(text, 1), grams(reference, 1)), rouge(grams(text, 2), grams(reference, 2)));
    }

    /** The words of a text: lower-cased Porter stems of its tokens, possessives dropped. */
    public static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            TokenStream lower = new EnglishPossessiveFilter(new LowerCaseFilter(tokenizer));
            CharTermAttribute term = lower.addAttribute(CharTermAttribute.class);
            lower.reset();
            while (lower.incrementToken()) {
                String word = term.toString();
                out.add(new Word(stem(word), !STOP.contains(word) && word.chars().anyMatch(Character::isLetter)));
            }
            lower.end();
            lower.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    private static String stem(String word) {
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(word));
            TokenStream stems = new PorterStemFilter(tokenizer);
            CharTermAttribute term = stems.addAttribute(CharTermAttribute.class);
            stems.reset();
            String out = stems.incrementToken() ? term.toString() : word;
            stems.end();
            stems.close();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet snowballStopWords() {
        try (var in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) {
                throw new IllegalStateException("Lucene's snowball/english_stop.txt is missing from the classpath");
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's English stop words: " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> grams(List<Word> words, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            StringBuilder gram = new StringBuilder(words.get(i).stem());
            for (int j = 1; j < n; j++) {
                gram.append(' ').append(words.get(i + j).stem());
            }
            out.merge(gram.toString(), 1, Integer::sum);
        }
        return out;
    }

    private static double rouge(Map<String, Integer> text, Map<String, Integer> reference) {
        int t = text.values().stream().mapToInt(Integer::intValue).sum();
        int r = reference.values().stream().mapToInt(Integer::intValue).sum();
        if (t == 0 || r == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : text.entrySet()) {
            common += Math.min(e.getValue(), reference.getOrDefault(e.getKey(), 0));
        }
        return ShingleScore.f1((double) common / t, (double) common / r);
    }
}
