package dev.parallax.ingest;

import java.util.List;

/** How a raw document's bytes are to be read. */
public enum Format {
    /** Plain text, possibly a page copied with its furniture lines. */
    TEXT,
    /** An HTML page (or an HTML fragment from a feed entry). */
    HTML,
    /** One JSON object with article fields ({@code text}/{@code maintext}, {@code title}, ...). */
    RECORD;

    /** The names a record's text field goes by, in order of preference (the first one present is the text). */
    public static final List<String> TEXT_FIELDS = List.of("text", "maintext", "body", "articleBody", "article_body",
            "content", "article", "full_text", "fulltext");
}
