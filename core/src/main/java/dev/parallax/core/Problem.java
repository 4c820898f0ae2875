package dev.parallax.core;

import com.fasterxml.jackson.annotation.JsonIgnore;

import static java.util.Objects.requireNonNull;

/**
 * Something a stage could not handle, recorded on the article (or the batch) instead of being dropped.
 *
 * @param stage    the stage that met it: {@code ingest}, {@code extract}, {@code annotate}, ...
 * @param location where: a file path, URL, or {@code path#entry}
 * @param message  what happened, the offending value and the likely cause
 * @param kind     whose fault it is: the input's ({@link Kind#INPUT}) or Parallax's own ({@link Kind#INTERNAL})
 */
public record Problem(String stage, String location, String message, Kind kind) {

    /** Keeps "your input broke" apart from "our code broke". */
    public enum Kind {
        /** The input is bad: unreadable, malformed, empty, too large. Fix or drop the input. */
        INPUT,
        /** A stage of Parallax failed on an input it should have handled: a defect to report. */
        INTERNAL
    }

    public Problem {
        requireNonNull(stage, "stage");
        requireNonNull(location, "location");
        requireNonNull(message, "message");
        if (kind == null) {
            kind = Kind.INPUT; // briefings stored before problems had a kind
        }
    }

    /** A problem with the input. */
    public Problem(String stage, String location, String message) {
        this(stage, location, message, Kind.INPUT);
    }

    /**
     * A stage failed on this input: an internal error, named with the exception class and where Parallax's code
     * threw it (or called the library that did).
     */
    public static Problem internal(String stage, String location, Throwable error) {
        return new Problem(stage, location, "internal error in " + stage + " (" + error.getClass().getName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()) + where(error)
                + "); this is a bug in Parallax: the article is kept without this stage's output; please report it",
                Kind.INTERNAL);
    }

    /** " at Class.method(File.java:line)" for the innermost frame of Parallax's own code, or nothing. */
    public static String where(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.parallax.")) {
                return " at " + frame;
            }
        }
        return error.getStackTrace().length > 0 ? " at " + error.getStackTrace()[0] : "";
    }

    @JsonIgnore
    public boolean isInternal() {
        return kind == Kind.INTERNAL;
    }

    @Override
    public String toString() {
        return stage + ": " + location + ": " + (isInternal() ? "[internal] " : "") + message;
    }
}
