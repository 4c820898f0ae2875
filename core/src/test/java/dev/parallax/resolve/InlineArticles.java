package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.core.Ids;
import dev.parallax.core.Metadata;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Format;

import java.util.List;

/** Small inline articles run through the real CoreNLP annotator. */
final class InlineArticles {

    private InlineArticles() {
    }

    static AnnotatedArticle annotate(String text, Metadata meta) {
        Article article = new Article(Ids.ofText(text), List.of("inline-" + Ids.ofText(text) + ".txt"), Ids.sha256(text),
                Format.TEXT, text, TextMap.none(), meta, List.of(), List.of());
        return CoreNlpAnnotator.shared().annotate(article);
    }

    static AnnotatedArticle annotate(String text) {
        return annotate(text, Metadata.EMPTY);
    }

    static AnnotatedArticle published(String date, String text) {
        return annotate(text, Metadata.builder().published(date, "test").build());
    }
}
