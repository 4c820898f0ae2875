package dev.parallax.index;

import dev.parallax.core.Span;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads: an article's clean text. Adds: the spans of its sentences for sentence-level search — lines first (a
 * headline has no full stop), then the JDK's sentence breaks, trimmed of whitespace. Headings and furniture are not
 * sentences: a short line ({@link #HEADING_WORDS} words or fewer) that does not end as a sentence does ("Know More",
 * "Sources: Nikkei, Breaking Defense") is left out, so search never answers with one. Needs no model, so indexing
 * does not wait for CoreNLP. Overlong runs are cut so no search unit exceeds {@link #MAX_CHARS}.
 */
public final class SentenceSplitter {

    static final int MAX_CHARS = 600;
    static final int HEADING_WORDS = 12;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…][\"”’')\\]]*$");

    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, out);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Span> out) {
        String line = text.substring(from, to).strip();
        if (line.isEmpty() || isHeading(line)) {
            return;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text.substring(from, to));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            add(text, from + start, from + end, out);
        }
    }

    /** A line that is a heading, a label or a list of names rather than a sentence. */
    static boolean isHeading(String line) {
        return line.split("\\s+").length <= HEADING_WORDS && !SENTENCE_END.matcher(line).find();
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int s = start; s < end; s += MAX_CHARS) {
            out.add(new Span(s, Math.min(end, s + MAX_CHARS)));
        }
    }
}
