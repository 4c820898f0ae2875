package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A briefing sentence and the article spans it is taken from. */
public record Grounded(String text, List<SourceRef> sources) {

    public Grounded {
        requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("briefing sentence without a source: " + text);
        }
    }
}
