package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release archive as a user gets it: unpacked into an empty folder and run with Java alone (no Maven, no build,
 * no JAVA_HOME). Runs in {@code mvn -Pdist verify} (./parallax dist), after the archive is written.
 */
class DistIT {

    private static final Path ARCHIVE = Path.of(System.getProperty("dist.archive", "../dist/missing.tar.gz"));
    private static final String VERSION = System.getProperty("project.version", "");

    @TempDir
    Path empty;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path out = empty.resolve("out.txt");
        Path err = empty.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("PARALLAX_CLASSPATH");
        // Only this JVM's java and the basic tools on PATH.
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 30 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void unpacksAndBriefsTheSampleWithJavaAlone() throws Exception {
        assertThat(ARCHIVE).exists();
        String sum = Files.readString(Path.of(ARCHIVE + ".sha256"), StandardCharsets.US_ASCII).strip();
        assertThat(sum).isEqualTo(sha256(ARCHIVE) + " *" + ARCHIVE.getFileName());

        assertThat(run(empty, "tar", "xzf", ARCHIVE.toString()).exit()).isZero();
        Path home = empty.resolve("parallax-" + VERSION);
        assertThat(home.resolve("bin/parallax")).isExecutable();
        assertThat(home.resolve("LICENSE")).content().contains("GNU GENERAL PUBLIC LICENSE");
        assertThat(home.resolve("THIRD-PARTY.txt")).content()
                .contains("Stanford CoreNLP").contains("Apache Lucene").contains("jsoup");
        try (var jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(j -> j.getFileName().toString()).toList())
                    .contains("parallax-core-" + VERSION + ".jar", "parallax-app-" + VERSION + ".jar");
        }

        Run version = run(home, "bin/parallax", "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out().lines().findFirst()).contains("Parallax " + VERSION);

        Run brief = run(home, "bin/parallax", "brief", "examples/ai-talks", "--quiet");
        assertThat(brief.exit()).as(brief.err()).isZero();
        assertThat(brief.out()).contains("US and China\u2019s AI talks likely won't result in any deals");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
