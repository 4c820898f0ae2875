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
            if (!isMark(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code c} is one of {@link #MARKS}: the ASCII ones are tested first, so that the letters most tokens
     * begin with are told apart without a search of the list (every token's punctuation test asks).
     */
    private static boolean isMark(char c) {
        return c == '"' || c == '\'' || c == '`' || c >= 0x80 && MARKS.indexOf(c) >= 0;
    }
}
