package dev.parallax.resolve;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text into words with Lucene's {@link CharTokenizer}: maximal runs of letters and digits, with their offsets.
 * Punctuation and spaces only separate words, so "People’s Daily" and "People's Daily" give the same words, and
 * matches are whole words.
 */
final class Words {

    private final List<String> texts;
    private final int[] starts;
    private final int[] ends;

    private Words(List<String> texts, int[] starts, int[] ends) {
        this.texts = List.copyOf(texts);
        this.starts = starts;
        this.ends = ends;
    }

    static Words of(String text) {
        List<String> texts = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        try (Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Words::isWordChar)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (texts.size() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[texts.size()] = offset.startOffset();
                ends[texts.size()] = offset.endOffset();
                texts.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string failed", e);
        }
        return new Words(texts, Arrays.copyOf(starts, texts.size()), Arrays.copyOf(ends, texts.size()));
    }

    private static boolean isWordChar(int cp) {
        // Combining marks belong to the letter before them ("Libe\u0301ration" is one word).
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    int size() {
        return texts.size();
    }

    String get(int i) {
        return texts.get(i);
    }

    List<String> texts() {
        return texts;
    }

    /** Where word {@code i} starts in the text. */
    int start(int i) {
        return starts[i];
    }

    /** Where word {@code i} ends in the text (exclusive). */
    int end(int i) {
        return ends[i];
    }
}
