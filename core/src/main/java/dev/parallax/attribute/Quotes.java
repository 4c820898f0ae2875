package dev.parallax.attribute;

/** Quotation marks of the styles news text uses. */
final class Quotes {

    private static final String MARKS = "\"“”‘’«»「」『』„‚‹›`'";

    private Quotes() {
    }

    static boolean isMark(String token) {
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
