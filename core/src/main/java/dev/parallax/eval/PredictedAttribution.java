package dev.parallax.eval;

import dev.parallax.core.Span;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A system's attribution as the scorer sees it, in offsets of the gold text.
 *
 * @param content the content's pieces (a quotation interrupted by its tag has two)
 * @param direct  whether the system calls it a direct quotation
 */
public record PredictedAttribution(List<Span> content, Optional<Span> source, boolean direct) {

    public PredictedAttribution {
        content = List.copyOf(content);
        requireNonNull(source, "source");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("predicted attribution without content");
        }
    }
}
