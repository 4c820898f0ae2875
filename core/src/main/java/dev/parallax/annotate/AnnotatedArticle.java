package dev.parallax.annotate;

import dev.parallax.core.Problem;
import dev.parallax.extract.Article;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** An article with its linguistic annotations, all as spans over {@link Article#text()}. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
                               List<TimeExpression> times, List<Problem> problems) {

    public AnnotatedArticle {
        requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        problems = List.copyOf(problems);
    }

    public String text() {
        return article.text();
    }

    public String id() {
        return article.id();
    }
}
