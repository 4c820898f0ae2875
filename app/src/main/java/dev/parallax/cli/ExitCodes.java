package dev.parallax.cli;

import dev.parallax.core.Problem;

import java.util.List;

/**
 * Exit codes of every command: 0 all inputs handled, 1 some input was bad, 2 bad usage, 3 Parallax itself failed on
 * some input (an internal error, reported as such; the rest of the batch was handled).
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /** INTERNAL when a stage failed on an input, else FAILED when some input was bad, else OK. */
    static int of(boolean inputFailed, List<Problem> problems) {
        if (problems.stream().anyMatch(Problem::isInternal)) {
            return INTERNAL;
        }
        return inputFailed || !problems.isEmpty() ? FAILED : OK;
    }
}
