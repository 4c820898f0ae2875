package dev.parallax.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets in an article's clean text back to offsets in the raw input text it was cut from.
 * The clean text is a concatenation of pieces: each {@link Piece} is copied verbatim from the raw text;
 * separators inserted between pieces map to the end of the preceding piece.
 */
public record TextMap(List<Piece> pieces) {

    /** {@code length} characters at {@code cleanStart} in the clean text were copied from {@code rawStart}. */
    public record Piece(int cleanStart, int rawStart, int length) {
        public Piece {
            if (cleanStart < 0 || rawStart < 0 || length < 0) {
                throw new IllegalArgumentException("negative piece " + cleanStart + "/" + rawStart + "/" + length);
            }
        }
    }

    public TextMap {
        pieces = List.copyOf(pieces);
        for (int i = 1; i < pieces.size(); i++) {
            Piece a = pieces.get(i - 1);
            Piece b = pieces.get(i);
            if (b.cleanStart < a.cleanStart + a.length) {
                throw new IllegalArgumentException("text map pieces overlap at clean offset " + b.cleanStart);
            }
        }
    }

    /** The identity map for a text that was kept as given. */
    public static TextMap identity(int length) {
        return new TextMap(List.of(new Piece(0, 0, length)));
    }

    /** An empty map for texts with no raw text behind them (e.g. extracted from HTML). */
    public static TextMap none() {
        return new TextMap(List.of());
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** The raw offset of a clean offset; offsets in separators map to the end of the piece before them. */
    public int toRaw(int clean) {
        if (pieces.isEmpty()) {
            throw new IllegalStateException("this text has no raw text to map to");
        }
        int lo = 0;
        int hi = pieces.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pieces.get(mid).cleanStart <= clean) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        Piece p = pieces.get(found);
        return p.rawStart + Math.min(Math.max(clean - p.cleanStart, 0), p.length);
    }

    public Span toRaw(Span clean) {
        int start = toRaw(clean.start());
        return new Span(start, Math.max(start, toRaw(clean.end())));
    }

    /** Builds a clean text and its map piece by piece. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Piece> pieces = new ArrayList<>();

        /** Appends {@code raw[start, end)} verbatim. */
        public Builder copy(String raw, int start, int end) {
            if (end > start) {
                pieces.add(new Piece(text.length(), start, end - start));
                text.append(raw, start, end);
            }
            return this;
        }

        /** Appends a separator that has no counterpart in the raw text. */
        public Builder separator(String separator) {
            text.append(separator);
            return this;
        }

        public int length() {
            return text.length();
        }

        public String text() {
            return text.toString();
        }

        public TextMap map() {
            return new TextMap(pieces);
        }
    }
}
