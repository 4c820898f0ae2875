package dev.parallax.attribute;

import dev.parallax.core.Span;

import java.util.List;

/**
 * A cue found in a parse, before its speaker is resolved: the content parts, and the tokens (in sentence
 * {@code sentence}) of the cue, the source head and the intermediary head, {@code -1} when absent.
 */
record Claim(int sentence, int cue, int cueEnd, List<Span> parts, int source, int via, boolean viaIsSource) {

    Claim {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("claim without content in sentence " + sentence);
        }
    }

    Span content() {
        return new Span(parts.getFirst().start(), parts.getLast().end());
    }

    Claim withParts(List<Span> newParts) {
        return new Claim(sentence, cue, cueEnd, newParts, source, via, viaIsSource);
    }

    /** This claim with its source at token {@code source} (-1 for none). */
    Claim withSource(int source) {
        return new Claim(sentence, cue, cueEnd, parts, source, via, viaIsSource);
    }
}
