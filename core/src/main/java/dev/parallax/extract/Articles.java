package dev.parallax.extract;

import dev.parallax.core.Ids;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.TextMap;
import dev.parallax.ingest.RawDocument;

import java.util.ArrayList;
import java.util.List;

/** Constructors of {@link Article} shared by the extractors. */
public final class Articles {

    private Articles() {
    }

    /** An article over {@code text}; an empty text is recorded as a problem. */
    public static Article of(RawDocument doc, String text, TextMap map, Metadata meta, List<Article.Dropped> dropped,
                      List<Problem> problems) {
        List<Problem> all = new ArrayList<>(problems);
        if (text.isBlank()) {
            all.add(new Problem("extract", doc.origin(), "no article text found (" + doc.bytes().length
                    + " bytes of " + doc.format().name().toLowerCase() + "); is this an article page?"));
        }
        String id = text.isBlank() ? doc.sha256().substring(0, 12) : Ids.ofText(text);
        return new Article(id, List.of(doc.origin()), doc.sha256(), doc.format(), text, map, meta, dropped, all);
    }

    public static Article empty(RawDocument doc, Problem problem) {
        return new Article(doc.sha256().substring(0, 12), List.of(doc.origin()), doc.sha256(), doc.format(), "",
                TextMap.none(), Metadata.EMPTY, List.of(), List.of(problem));
    }
}
