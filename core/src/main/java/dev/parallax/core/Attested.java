package dev.parallax.core;

import static java.util.Objects.requireNonNull;

/**
 * A value together with where it came from, e.g. {@code ("2024-05-14T20:21", "line 'Published: May 14, 2024 08:21 PM'")}.
 */
public record Attested(String value, String evidence) {

    public Attested {
        requireNonNull(value, "value");
        requireNonNull(evidence, "evidence");
        if (value.isBlank()) {
            throw new IllegalArgumentException("attested value is blank (evidence: " + evidence + ")");
        }
    }
}
