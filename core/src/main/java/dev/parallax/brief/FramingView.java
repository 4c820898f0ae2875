package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A framing term of one side with its strength, the spans where the side uses it, and the other side's term for the
 * same thing when one is found.
 *
 * @param aligned     claims of the side naming something with it where the other side's aligned claims do not
 * @param counterpart the other side's term for the same thing, or {@code null}
 */
public record FramingView(String term, double zScore, int count, int aligned, List<SourceRef> evidence,
                          Counterpart counterpart) {

    /** The other side's term for the same thing, with the spans where that side uses it. */
    public record Counterpart(String side, String term, double cosine, List<SourceRef> evidence) {
        public Counterpart {
            requireNonNull(side, "side");
            requireNonNull(term, "term");
            evidence = List.copyOf(evidence);
        }
    }

    public FramingView {
        requireNonNull(term, "term");
        evidence = List.copyOf(evidence);
    }
}
