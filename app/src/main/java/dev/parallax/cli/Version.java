package dev.parallax.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code parallax --version}: the project version Maven wrote into {@code version.properties} at build time. */
final class Version implements CommandLine.IVersionProvider {

    /** The version of this build, such as {@code 0.1.0-SNAPSHOT}. */
    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build: rebuild Parallax");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("reading version.properties failed", e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Parallax " + current(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
