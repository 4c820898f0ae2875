package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.AttributedArticle;
import dev.parallax.core.Progress;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-article analysis for corpus tests: the sample's real CoreNLP analysis, made once per run, of the same text,
 * holding the article exactly as it was handed over (origins, metadata); any other text is analysed for real.
 */
public final class SampleAnalyses {

    private static final Pipeline PIPELINE = new Pipeline();

    private SampleAnalyses() {
    }

    public static List<AnalysedArticle> analyse(List<Article> articles, Progress progress) {
        Map<String, AnalysedArticle> sample = new HashMap<>();
        SampleCorpus.analysed().forEach(a -> sample.put(a.id(), a));
        return articles.stream().map(a -> {
            AnalysedArticle known = sample.get(a.id());
            AnalysedArticle out = known == null ? PIPELINE.analyse(a) : holding(known, a);
            progress.step();
            return out;
        }).toList();
    }

    private static AnalysedArticle holding(AnalysedArticle analysis, Article article) {
        AnnotatedArticle n = analysis.annotated();
        AttributedArticle t = analysis.attributed();
        return new AnalysedArticle(new AttributedArticle(new AnnotatedArticle(article, n.sentences(), n.entities(),
                n.times(), n.problems()), t.attributions(), t.terms(), t.sources(), t.problems()), analysis.vectors(),
                analysis.problems());
    }
}
