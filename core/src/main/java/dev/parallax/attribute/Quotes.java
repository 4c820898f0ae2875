package dev.parallax.attribute;

import dev.parallax.annotate.QuotationMarks;

/** Quotation marks of the styles news text uses: which token is one, and which mark closes which. */
final class Quotes {

    private Quotes() {
    }

    /** Whether {@code token} is made only of quotation marks ({@link QuotationMarks}, where the parse reads them). */
    static boolean isMark(String token) {
        return QuotationMarks.isMark(token);
    }

    /** The closing mark an opening mark pairs with, or 0 if {@code c} does not open a quotation. */
    static char closerOf(char c) {
        return switch (c) {
            case '“' -> '”';
            case '„' -> '“';
            case '‘' -> '’';
            case '«' -> '»';
            case '‹' -> '›';
            case '「' -> '」';
            case '『' -> '』';
            case '"' -> '"';
            case '”' -> '”'; // a reversed opening mark, common in pasted text; QuoteFinder accepts it only at a word start
            default -> 0;
        };
    }
}
