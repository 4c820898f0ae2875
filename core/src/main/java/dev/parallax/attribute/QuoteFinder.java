package dev.parallax.attribute;

import dev.parallax.core.Problem;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads: a clean text. Adds: its {@link Quotation}s in every common style (“ ” " " ‘ ’ « » 「 」 『 』 „ “), with
 * multi-paragraph quotations (open at a paragraph's end, resumed by the next paragraph's opening mark) as linked
 * pieces. Apostrophes (’ inside or after a word) are not taken for quotation marks; single quotes inside double
 * quotes are ignored. Bad input: a mark left open at a paragraph's end that no following paragraph resumes becomes
 * a problem, and no quotation.
 */
public final class QuoteFinder {

    /** What was found, and the marks that could not be paired. */
    public record Found(List<Quotation> quotations, List<Problem> problems) {
        public Found {
            quotations = List.copyOf(quotations);
            problems = List.copyOf(problems);
        }
    }

    public Found find(String text, String location) {
        return find(text, paragraphs(text), location);
    }

    /** As {@link #find(String, String)}, with the text's {@link #paragraphs} already found. */
    Found find(String text, List<Span> paragraphs, String location) {
        List<Quotation> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int open = -1;
            char closer = 0;
            boolean continuing = carried;
            carried = false;
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                // Two apostrophes or two backquotes stand for a double quotation mark in some wire texts.
                boolean doubled = (c == '\'' || c == '`') && i + 1 < para.end() && text.charAt(i + 1) == '\'';
                if (c == '`' && i + 1 < para.end() && text.charAt(i + 1) == '`') {
                    doubled = true;
                }
                if (open >= 0) {
                    // A quotation opened by two apostrophes closes only with two: a single one is an apostrophe.
                    boolean close = doubled ? closer == '\'' : closer != '\'' && closes(text, i, closer);
                    if (close) {
                        int end = doubled ? i + 2 : i + 1;
                        if (end - open >= 2) {
                            out.add(new Quotation(new Span(open, end), continuing));
                        }
                        continuing = false;
                        open = -1;
                        i = end - 1;
                    }
                    continue;
                }
                if (doubled) {
                    open = i;
                    closer = '\'';
                    i++;
                    continue;
                }
                char expected = Quotes.closerOf(c);
                if (expected != 0 && opens(text, i, c)) {
                    open = i;
                    closer = expected;
                }
            }
            if (open >= 0) {
                boolean resumed = p + 1 < paragraphs.size() && startsWithMark(text, paragraphs.get(p + 1));
                if (resumed && para.end() - open >= 2) {
                    out.add(new Quotation(new Span(open, para.end()), continuing));
                    carried = true;
                } else {
                    problems.add(new Problem("attribute", location + "@" + open, "quotation mark '" + text.charAt(open)
                            + "' at offset " + open + " is never closed in its paragraph: \""
                            + snippet(text, open, para.end()) + "\"; not taken as a quotation"));
                }
            }
        }
        return new Found(out, problems);
    }

    private static boolean opens(String text, int i, char c) {
        if (c == '”') {
            // ”Fear. I am afraid …” — a closing mark used to open, only at a paragraph or word start before a letter.
            char before = i == 0 ? '\n' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            return (before == '\n' || Character.isWhitespace(before) && !Character.isLetterOrDigit(
                    i >= 2 ? text.charAt(i - 2) : ' ')) && Character.isLetter(after);
        }
        if (c == '‘' || c == '"') {
            // An opening single or straight quote starts a word: it follows a space, a bracket, a dash or the start.
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean startOk = !Character.isLetterOrDigit(before);
            return startOk && !Character.isWhitespace(after);
        }
        return true;
    }

    private static boolean closes(String text, int i, char closer) {
        char c = text.charAt(i);
        if (closer == '“' && (c == '“' || c == '”')) {
            return true;
        }
        // Mixed styles are common in copied text: “…" and "…”.
        if (closer == '”' && c == '"' || closer == '"' && c == '”') {
            return true;
        }
        if (c != closer) {
            return false;
        }
        if (c == '’') {
            // ’ followed by a letter is an apostrophe (don’t, China’s), not a closing mark.
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            return !Character.isLetter(after);
        }
        return true;
    }

    private static boolean startsWithMark(String text, Span para) {
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Quotes.closerOf(c) != 0;
            }
        }
        return false;
    }

    /** Paragraphs: maximal runs of text between line breaks. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!blank(text, start, i)) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether {@code text} has only white space from {@code start} to {@code end}, as String.isBlank would say. */
    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String snippet(String text, int from, int to) {
        String s = text.substring(from, Math.min(to, from + 60)).replace('\n', ' ');
        return to - from > 60 ? s + "…" : s;
    }
}
