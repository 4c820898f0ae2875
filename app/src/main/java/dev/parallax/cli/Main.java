package dev.parallax.cli;

import dev.parallax.core.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** The {@code parallax} command line: one subcommand per verb. */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Multi-perspective news intelligence: who said what, which sources each outlet cites,",
                "what every side reports and how it frames it, in a briefing grounded in the articles' own spans."},
        subcommands = {BriefCommand.class, ExtractCommand.class, QuotesCommand.class, IngestCommand.class,
                ReanalyzeCommand.class, RepairCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class, TrainCommand.class,
                BenchCommand.class,
                SparkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    private static final java.util.logging.Logger LUCENE_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an error, print its stack trace too.")
    private boolean debug;

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
            boolean internal = isInternal(e);
            cmd.getErr().println("parallax: " + (internal ? internalMessage(e, debugged(parsed)) : message(e)));
            if (debugged(parsed)) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return internal ? ExitCodes.INTERNAL : ExitCodes.FAILED;
        });
        return cli;
    }

    /** Input and environment failures (files, disk, network) are reported as such; anything else is a bug. */
    static boolean isInternal(Throwable e) {
        return !(e instanceof IOException || e instanceof UncheckedIOException);
    }

    /** What went wrong, never just "null": the message, else the exception's name, with the cause's message. */
    static String message(Throwable e) {
        String text = e instanceof NoSuchFileException ? "no such file: " + e.getMessage()
                : e instanceof AccessDeniedException ? "permission denied: " + e.getMessage()
                : e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : e.getClass().getSimpleName();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text += " (" + cause.getMessage() + ")";
        }
        return text;
    }

    static String internalMessage(Throwable e, boolean debug) {
        return "internal error, a bug in Parallax: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + Problem.where(e)
                + (debug ? "; stack trace below" : "; run again with --debug for the stack trace")
                + ", and please report it";
    }

    private static boolean debugged(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
