package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command line: one subcommand per verb. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1.0",
        description = {"Multi-perspective news intelligence: who said what, which sources each outlet cites,",
                "what every side reports and how it frames it, in a briefing grounded in the articles' own spans."},
        subcommands = {BriefCommand.class, ExtractCommand.class, QuotesCommand.class, IngestCommand.class,
                ReanalyzeCommand.class, RepairCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class,
                SparkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    private static final java.util.logging.Logger LUCENE_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Libraries log warnings only; the CLI reports progress and problems itself.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error"); // "no GPU" notices of the embedding runtime
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE); // "vector incubator module not readable": only slower
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run commands through it exactly as a user would. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("parallax: " + e.getMessage());
            return ExitCodes.FAILED;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
