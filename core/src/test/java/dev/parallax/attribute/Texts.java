package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.core.Metadata;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Articles;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Inline texts run through the real CoreNLP annotator and the attributor. */
final class Texts {

    private Texts() {
    }

    static AnnotatedArticle annotate(String text) {
        RawDocument doc = new RawDocument("inline.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT,
                Metadata.EMPTY);
        return CoreNlpAnnotator.shared().annotate(Articles.of(doc, text, TextMap.identity(text.length()),
                Metadata.EMPTY, List.of(), List.of()));
    }

    static AttributedArticle attribute(String text) {
        return Attributor.unfiltered().attribute(annotate(text));
    }

    /** The attribution whose content contains {@code words}. */
    static Attribution about(AttributedArticle a, String words) {
        return a.attributions().stream().filter(x -> x.content().of(a.text()).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution about '" + words + "' in "
                        + a.attributions().stream().map(x -> x.content().of(a.text())).toList()));
    }

    static String source(AttributedArticle a, Attribution x) {
        return x.source().map(s -> s.of(a.text())).orElse("");
    }
}
