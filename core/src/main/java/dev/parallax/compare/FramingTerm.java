package dev.parallax.compare;

import dev.parallax.core.Span;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A word or two-word phrase one side uses markedly more than the others for the same story.
 *
 * @param term     the lemma or lemma bigram ({@code protectionism}, {@code joint statement})
 * @param zScore   log-odds ratio of this side against the others, with an informative Dirichlet prior, over its
 *                 standard deviation (Monroe, Colaresi and Quinn 2008); above 1.96 is unlikely by chance
 * @param count    uses by this side
 * @param evidence where this side uses it: article id and span, at most a few
 */
public record FramingTerm(String side, String term, double zScore, int count, List<Use> evidence) {

    /** One use of a framing term. */
    public record Use(String article, Span span) {
        public Use {
            requireNonNull(article, "article");
            requireNonNull(span, "span");
        }
    }

    public FramingTerm {
        requireNonNull(side, "side");
        requireNonNull(term, "term");
        evidence = List.copyOf(evidence);
    }
}
