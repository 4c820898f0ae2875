package dev.parallax.annotate;

/** The quotation marks of the styles news text uses, as tokens: a token made only of them is punctuation. */
public final class QuotationMarks {

    private static final String MARKS = "\"“”‘’«»「」『』„‚‹›`'";

    private QuotationMarks() {
    }

    /** Whether {@code token} is not empty and made only of quotation marks. */
    public static boolean isMark(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (MARKS.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
