package dev.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax bench}: measure a stage's speed; one subcommand per stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the speed of a stage of the pipeline on your own data.",
                "Subcommands name the stage; see 'parallax bench STAGE --help'."},
        subcommands = {ExtractionBenchCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
