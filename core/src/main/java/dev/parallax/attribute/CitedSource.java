package dev.parallax.attribute;

import dev.parallax.core.Span;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A source the article relies on that is not a person speaking: a news outlet, agency, document or a listed source.
 *
 * @param name     the source as written, without a leading article
 * @param kind     what it is
 * @param mentions where the article names it
 * @param supports the spans it supports: the statements attributed to or through it, or the section a
 *                 {@code Sources:} line heads
 */
public record CitedSource(String name, Kind kind, List<Span> mentions, List<Span> supports) {

    /** What is cited. */
    public enum Kind {
        /** A news outlet, agency or broadcaster. */
        MEDIA,
        /** A report, statement, study, poll or other document. */
        DOCUMENT,
        /** A name in a list of sources heading a section, whatever it is. */
        LISTED
    }

    public CitedSource {
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        mentions = List.copyOf(mentions);
        supports = List.copyOf(supports);
        if (name.isBlank()) {
            throw new IllegalArgumentException("cited source with a blank name");
        }
    }
}
