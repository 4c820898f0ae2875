package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval}: score a stage on your own gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a stage against gold data: run 'parallax eval SUBCOMMAND --help' for the layout each needs.",
        subcommands = {AttributionEvalCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "which evaluation? give a subcommand");
    }
}
