package dev.parallax.cli;

import dev.parallax.resolve.CustomGroups;
import dev.parallax.resolve.OutletRegistry;
import dev.parallax.resolve.Perspective;
import dev.parallax.resolve.Resolver;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Options shared by commands that compare sides: the outlet registry and the perspective axis. */
final class PerspectiveOptions {

    @Option(names = "--perspective", defaultValue = "country", paramLabel = "country|ownership|FILE",
            description = {"How outlets are split into sides (default: ${DEFAULT-VALUE}): by country, by ownership,",
                    "or by a groups FILE of lines 'Label: domain-or-name, ...' (docs/outlets.md)."})
    String perspective;

    @Option(names = "--outlets", paramLabel = "FILE",
            description = "Use this outlet registry CSV instead of the bundled one (docs/outlets.md).")
    Path outlets;

    Resolver resolver(CommandLine.Model.CommandSpec spec) {
        OutletRegistry registry;
        try {
            registry = outlets == null ? OutletRegistry.bundled() : OutletRegistry.load(outlets);
        } catch (UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        registry.problems().forEach(p -> spec.commandLine().getErr().println("parallax: " + p));
        Perspective axis;
        try {
            axis = Perspective.named(perspective, registry);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        if (axis instanceof CustomGroups groups) {
            groups.problems().forEach(p -> spec.commandLine().getErr().println("parallax: " + p));
        }
        return new Resolver(registry, axis);
    }
}
