package dev.parallax.cli;

/** Exit codes of every command: 0 all inputs handled, 1 some input failed, 2 bad usage. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
