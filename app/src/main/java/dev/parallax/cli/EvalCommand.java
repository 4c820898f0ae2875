package dev.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax eval}: score a stage on gold data; one subcommand per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score a stage of the pipeline on your own gold data.",
                "Subcommands name the stage; see 'parallax eval STAGE --help'."},
        subcommands = {ExtractionEvalCommand.class, AttributionEvalCommand.class, StoriesEvalCommand.class,
                NeutralityEvalCommand.class})
final class EvalCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a stage there is nothing to score: usage on standard error, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
