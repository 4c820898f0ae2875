package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The option of commands that analyse articles: how many threads the analysis uses. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The thread count, checked: at least 1. */
    int threads(CommandLine.Model.CommandSpec spec) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, got " + threads);
        }
        return threads;
    }
}
