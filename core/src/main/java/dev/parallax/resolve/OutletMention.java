package dev.parallax.resolve;

import static java.util.Objects.requireNonNull;

import dev.parallax.core.Span;

/** A registry outlet named in a text, e.g. "Global Times" in "told the Global Times": the span covers the name. */
public record OutletMention(Span span, Outlet outlet) {

    public OutletMention {
        requireNonNull(span, "span");
        requireNonNull(outlet, "outlet");
        if (span.isEmpty()) {
            throw new IllegalArgumentException("empty mention span " + span + " for outlet " + outlet.id());
        }
    }
}
