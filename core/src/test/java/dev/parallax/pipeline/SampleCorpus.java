package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.core.Progress;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The four sample articles, read and annotated once per test run (CoreNLP takes a while to load). */
public final class SampleCorpus {

    private static Corpus corpus;
    private static List<AnnotatedArticle> annotated;

    private SampleCorpus() {
    }

    public static Path directory() {
        try {
            return Path.of(SampleCorpus.class.getResource("/ai-talks").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized Corpus corpus() {
        if (corpus == null) {
            corpus = new Pipeline().read(List.of(directory()));
        }
        return corpus;
    }

    public static synchronized List<AnnotatedArticle> annotated() {
        if (annotated == null) {
            annotated = new Pipeline().annotate(corpus().articles(), Progress.NONE);
        }
        return annotated;
    }

    public static AnnotatedArticle article(String fileNamePrefix) {
        return annotated().stream().filter(a -> Path.of(a.article().origin()).getFileName().toString()
                .startsWith(fileNamePrefix)).findFirst().orElseThrow();
    }
}
