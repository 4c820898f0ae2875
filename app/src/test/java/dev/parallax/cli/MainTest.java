package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    /** A command with a defect: it dereferences nothing, as a bug would. */
    @CommandLine.Command(name = "defective")
    static final class Defective implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new NullPointerException();
        }
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand(new Defective());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int exit = cli.execute(args);
        return new Run(exit, err.toString());
    }

    @Test
    void internalErrorSaysItIsABugAndWhere() {
        Run run = run("defective");
        assertThat(run.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err())
                .startsWith("parallax: internal error, a bug in Parallax: java.lang.NullPointerException at "
                        + "dev.parallax.cli.MainTest$Defective.call(MainTest.java:")
                .contains("run again with --debug")
                .doesNotContain("parallax: null")
                .doesNotContain("\tat ");
    }

    @Test
    void debugPrintsTheStackTrace() {
        for (String[] args : new String[][]{{"defective", "--debug"}, {"--debug", "defective"}}) {
            Run run = run(args);
            assertThat(run.exit()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(run.err()).as(String.join(" ", args))
                    .contains("stack trace below")
                    .contains("java.lang.NullPointerException\n\tat dev.parallax.cli.MainTest$Defective.call");
        }
    }

    @Test
    void anEnvironmentFailureIsNoBug() {
        Run run = run("search", "--data", dir.resolve("none").toString(), "talks", "--debug");
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("parallax: no corpus at ").doesNotContain("internal error")
                .contains("java.io.IOException: no corpus at");
    }
}
