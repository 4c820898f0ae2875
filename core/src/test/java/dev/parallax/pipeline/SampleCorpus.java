package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.core.Progress;
import dev.parallax.embed.AnalysedArticle;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The four sample articles, read and analysed once per test run (CoreNLP takes a while to load). */
public final class SampleCorpus {

    private static Corpus corpus;
    private static List<AnalysedArticle> analysed;

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

    public static synchronized List<AnalysedArticle> analysed() {
        if (analysed == null) {
            analysed = new Pipeline().analyse(corpus().articles(), Progress.NONE);
        }
        return analysed;
    }

    public static List<AnnotatedArticle> annotated() {
        return analysed().stream().map(AnalysedArticle::annotated).toList();
    }

    public static AnalysedArticle analysed(String fileNamePrefix) {
        return analysed().stream().filter(a -> Path.of(a.article().origin()).getFileName().toString()
                .startsWith(fileNamePrefix)).findFirst().orElseThrow();
    }

    public static AnnotatedArticle article(String fileNamePrefix) {
        return annotated().stream().filter(a -> Path.of(a.article().origin()).getFileName().toString()
                .startsWith(fileNamePrefix)).findFirst().orElseThrow();
    }
}
