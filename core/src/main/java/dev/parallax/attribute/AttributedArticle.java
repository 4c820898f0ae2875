package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.core.Problem;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An annotated article with who said what in it.
 *
 * @param attributions statements with their speakers, in text order
 * @param terms        quotations that are not statements (scare quotes, titles, names)
 * @param sources      outlets, agencies and documents the article cites, each with what it supports
 * @param problems     what the attribution stage could not handle (an unclosed quotation, an unparsed sentence)
 */
public record AttributedArticle(AnnotatedArticle annotated, List<Attribution> attributions, List<QuotedTerm> terms,
                                List<CitedSource> sources, List<Problem> problems) {

    public AttributedArticle {
        requireNonNull(annotated, "annotated");
        attributions = List.copyOf(attributions);
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    public String text() {
        return annotated.text();
    }
}
