package dev.parallax.embed;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.AttributedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.core.Problem;
import dev.parallax.extract.Article;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Everything Parallax computes from one article alone: its CoreNLP annotations, who said what in it, and its
 * vectors. It is computed once and stored with the corpus under an analysis version; later stages (clustering,
 * comparison, briefing) read it and never analyse the article again.
 *
 * @param problems what the stages after attribution could not handle on this article, e.g. an embedding failure
 */
public record AnalysedArticle(AttributedArticle attributed, ArticleVectors vectors, List<Problem> problems) {

    public AnalysedArticle {
        requireNonNull(attributed, "attributed");
        requireNonNull(vectors, "vectors");
        problems = List.copyOf(problems);
    }

    public AnnotatedArticle annotated() {
        return attributed.annotated();
    }

    public List<Attribution> attributions() {
        return attributed.attributions();
    }

    public String id() {
        return annotated().id();
    }

    public Article article() {
        return annotated().article();
    }

    /** Every problem met on the article, from extraction to embedding. */
    public List<Problem> allProblems() {
        List<Problem> all = new ArrayList<>(article().problems());
        all.addAll(annotated().problems());
        all.addAll(attributed.problems());
        all.addAll(problems);
        return all;
    }
}
