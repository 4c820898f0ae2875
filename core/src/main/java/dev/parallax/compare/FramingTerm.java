package dev.parallax.compare;

import dev.parallax.core.Span;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A word or two-word phrase one side uses for something the other sides name differently.
 *
 * @param term        the word or phrase as the side writes it most often ({@code deal-making}, {@code joint statement})
 * @param zScore      story-level log-odds ratio of this side against the others, with an informative Dirichlet prior,
 *                    over its standard deviation (Monroe, Colaresi and Quinn 2008); above 1.96 is unlikely by chance
 * @param count       uses by this side in the story
 * @param aligned     claims of this side that use it where the other sides' aligned claims (the claims matched with
 *                    it, or the closest claim of each other side) say the same thing without it; 0 when the term
 *                    comes from the story-level contrast alone
 * @param evidence    where this side uses it: article id and span, at most a few, aligned uses first
 * @param counterpart the term the other side uses for the same thing, when one is found
 */
public record FramingTerm(String side, String term, double zScore, int count, int aligned, List<Use> evidence,
                          Optional<Counterpart> counterpart) {

    /** One use of a framing term. */
    public record Use(String article, Span span) {
        public Use {
            requireNonNull(article, "article");
            requireNonNull(span, "span");
        }
    }

    /**
     * The other side's term for the same thing: a framing term of that side in the same aligned claims, or else its
     * framing term nearest in embedding.
     *
     * @param cosine embedding cosine of the two terms (bge-small; unrelated words sit near 0.5)
     */
    public record Counterpart(String side, String term, double cosine, List<Use> evidence) {
        public Counterpart {
            requireNonNull(side, "side");
            requireNonNull(term, "term");
            evidence = List.copyOf(evidence);
        }
    }

    public FramingTerm {
        requireNonNull(side, "side");
        requireNonNull(term, "term");
        evidence = List.copyOf(evidence);
        requireNonNull(counterpart, "counterpart");
    }
}
