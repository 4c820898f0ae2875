package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A framing term of one side with its strength and the spans where the side uses it. */
public record FramingView(String term, double zScore, int count, List<SourceRef> evidence) {

    public FramingView {
        requireNonNull(term, "term");
        evidence = List.copyOf(evidence);
    }
}
