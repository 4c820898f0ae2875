package dev.parallax.ingest;

/** How a raw document's bytes are to be read. */
public enum Format {
    /** Plain text, possibly a page copied with its furniture lines. */
    TEXT,
    /** An HTML page (or an HTML fragment from a feed entry). */
    HTML,
    /** One JSON object with article fields ({@code text}/{@code maintext}, {@code title}, ...). */
    RECORD
}
