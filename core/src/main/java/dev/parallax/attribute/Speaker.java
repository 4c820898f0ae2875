package dev.parallax.attribute;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who a source mention refers to.
 *
 * @param name        the fullest name the article gives ({@code Kai-Fu Lee} for a mention {@code Lee} or {@code he});
 *                    for unnamed sources the mention itself ({@code one US official}); blank only for {@link Kind#UNKNOWN}
 * @param role        the role or title the text gives, e.g. {@code Chinese Foreign Ministry spokesperson}
 * @param affiliation the organisation or country the role belongs to, e.g. {@code Beijing University of Posts and
 *                    Telecommunications}
 */
public record Speaker(String name, Optional<String> role, Optional<String> affiliation, Kind kind) {

    /** What sort of source speaks. */
    public enum Kind {
        /** A named person: {@code Wang Wenbin}. */
        PERSON,
        /** A person known only by role: {@code the vice chairman of the Joint Chiefs of Staff}. */
        ROLE,
        /** Several people: {@code Chinese experts}, {@code US officials}. */
        GROUP,
        /** An organisation, including media and agencies: {@code the White House}, {@code Reuters}. */
        ORGANIZATION,
        /** A document or publication: {@code a report by Time}, {@code the survey}. */
        DOCUMENT,
        /** A deliberately unnamed source: {@code one US official}, {@code a source}. */
        ANONYMOUS,
        /** The text names no source. */
        UNKNOWN
    }

    /** No source given. */
    public static final Speaker UNKNOWN = new Speaker("", Optional.empty(), Optional.empty(), Kind.UNKNOWN);

    public Speaker {
        requireNonNull(name, "name");
        requireNonNull(role, "role");
        requireNonNull(affiliation, "affiliation");
        requireNonNull(kind, "kind");
        if (name.isBlank() != (kind == Kind.UNKNOWN)) {
            throw new IllegalArgumentException("speaker name '" + name + "' does not fit kind " + kind);
        }
    }
}
