package dev.parallax.core;

import static java.util.Objects.requireNonNull;

/**
 * Something a stage could not handle, recorded on the article (or the batch) instead of being dropped.
 *
 * @param stage    the stage that met it: {@code ingest}, {@code extract}, {@code annotate}, ...
 * @param location where: a file path, URL, or {@code path#entry}
 * @param message  what happened, the offending value and the likely cause
 */
public record Problem(String stage, String location, String message) {

    public Problem {
        requireNonNull(stage, "stage");
        requireNonNull(location, "location");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return stage + ": " + location + ": " + message;
    }
}
