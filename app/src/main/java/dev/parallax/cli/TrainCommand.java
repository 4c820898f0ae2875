package dev.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax train}: train a learned component on labelled data; one subcommand per component. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a learned component of the pipeline on labelled data.",
                "Subcommands name the component; see 'parallax train COMPONENT --help'."},
        subcommands = {TrainStoriesCommand.class})
final class TrainCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a component there is nothing to train: usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
