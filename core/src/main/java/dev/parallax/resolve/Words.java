package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text into words: maximal runs of letters and digits, with their offsets. Punctuation and spaces only
 * separate words, so "People’s Daily" and "People's Daily" give the same words, and matches are whole words.
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
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (texts.size() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[texts.size()] = start;
            ends[texts.size()] = i;
            texts.add(text.substring(start, i));
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
