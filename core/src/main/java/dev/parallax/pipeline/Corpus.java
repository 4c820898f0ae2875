package dev.parallax.pipeline;

import dev.parallax.core.Problem;
import dev.parallax.extract.Article;

import java.util.List;

/** The articles read from a set of inputs (duplicates merged) and the inputs that could not be read. */
public record Corpus(List<Article> articles, List<Problem> problems) {

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** True when some input could not be read or gave no article text. */
    public boolean anyInputFailed() {
        return !problems.isEmpty() || articles.stream().anyMatch(a -> a.text().isBlank());
    }
}
