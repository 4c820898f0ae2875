package dev.parallax.cli;

import picocli.CommandLine;

import java.time.Duration;

/** Parses short durations: {@code 30s}, {@code 15m}, {@code 1h}. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text, CommandLine.Model.CommandSpec spec) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*([smh])").matcher(text.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot read duration '" + text + "'; write e.g. 30s, 15m or 1h");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
        if (d.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "duration must be positive: " + text);
        }
        return d;
    }
}
