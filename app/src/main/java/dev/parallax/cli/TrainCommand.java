package dev.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax train}: train a learned part of the pipeline on gold data; one subcommand per part. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a learned part of the pipeline on gold data.",
                "Subcommands name the part; see 'parallax train PART --help'."},
        subcommands = {AttributionTrainCommand.class, TrainStoriesCommand.class})
final class TrainCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a part there is nothing to train: usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
