package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs that give nothing to work on end at once with exit code 1 and a message; URLs are never read as paths. */
class EmptyAndWrongInputTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void anEmptyDirectoryIsExitOneWithAMessageAndNoBriefing() {
        CliRun run = run("brief", dir.toString(), "--quiet");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no articles found in " + dir).contains("nothing to do");
    }

    @Test
    void aDirectoryOfUnreadableFilesListsEachProblem() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[0]);
        Files.write(dir.resolve("b.bin"), new byte[]{0, 1, 2, 3, 0, 0, 7});
        CliRun run = run("ingest", dir.toString(), "--data", dir.resolve("data").toString(), "--quiet");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("a.txt").contains("empty file").contains("b.bin").contains("binary content")
                .contains("no articles found").contains("2 problem(s)");
        assertThat(dir.resolve("data")).as("no corpus is created for nothing").doesNotExist();
    }

    @Test
    void aMissingPathIsExitOneBeforeAnyWork() {
        Path missing = dir.resolve("no-such-dir");
        CliRun[] runs = {run("brief", missing.toString(), "--quiet"),
                run("ingest", missing.toString(), "--data", dir.resolve("data").toString(), "--quiet")};
        String[] commands = {"brief", "ingest"};
        for (int i = 0; i < runs.length; i++) {
            String command = commands[i];
            CliRun run = runs[i];
            assertThat(run.exit()).as(command).isEqualTo(1);
            assertThat(run.out()).as(command).isEmpty();
            assertThat(run.err()).as(command).contains(missing + ": no such file or directory");
        }
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aUrlIsFetchedNeverReadAsAPath() {
        CliRun run = run("brief", "https://127.0.0.1:1/story.html", "--quiet");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("https://127.0.0.1:1/story.html").contains("non-public address")
                .doesNotContain("https:/127").doesNotContain("no such file");
    }

    @Test
    void aUrlOfAnotherSchemeIsRefusedWithTheReason() {
        CliRun run = run("ingest", "ftp://example.com/story.html", "--data", dir.resolve("data").toString(), "--quiet");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("ftp://example.com/story.html").contains("only http and https URLs are fetched")
                .doesNotContain("no such file");
    }
}
