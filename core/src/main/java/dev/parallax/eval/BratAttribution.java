package dev.parallax.eval;

import dev.parallax.core.Span;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One gold attribution from brat standoff: its content, cue and source, each possibly in several fragments.
 * Offsets are UTF-16 offsets into the gold text (brat's code-point offsets are converted on reading).
 *
 * @param source empty when the annotation has no source ({@code Attribution-no-source})
 */
public record BratAttribution(String id, List<Span> content, List<Span> cue, List<Span> source) {

    public BratAttribution {
        requireNonNull(id, "id");
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("gold attribution " + id + " has no content");
        }
    }
}
