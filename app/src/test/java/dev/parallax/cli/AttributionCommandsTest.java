package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The quotes and eval attribution commands at their boundary: usage, bad input, exit codes (no CoreNLP needed). */
class AttributionCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void quotesWithoutPathsIsBadUsage() {
        assertThat(run("quotes")).isEqualTo(2);
        assertThat(err.toString()).contains("PATH");
    }

    @Test
    void quotesExplainsItsOutputInHelp() {
        assertThat(run("quotes", "--help")).isZero();
        assertThat(out.toString()).contains("jsonl", "speaker", "via", "Offsets");
    }

    @Test
    void quotesReportsAMissingFileWithoutAStackTrace(@TempDir Path dir) {
        assertThat(run("quotes", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.txt").contains("no such file").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void quotesRejectsAnUnknownFormat(@TempDir Path dir) {
        assertThat(run("quotes", "--format", "xml", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("xml");
    }

    @Test
    void evalWithoutSubcommandIsBadUsage() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(err.toString()).contains("attribution");
    }

    @Test
    void evalAttributionNamesTheLayoutItNeeds(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        assertThat(run("eval", "attribution", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("text/NAME.txt").contains("attributions/").doesNotContain("Exception");
    }

    @Test
    void evalAttributionOffersTheAnnotatorsAgreement() {
        assertThat(run("eval", "attribution", "--help")).isZero();
        assertThat(out.toString()).contains("--annotators", "other annotator");
    }

    @Test
    void evalAttributionRejectsAMissingDirectory(@TempDir Path dir) {
        assertThat(run("eval", "attribution", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a directory");
    }
}
