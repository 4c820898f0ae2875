package dev.parallax.cli;

import dev.parallax.core.Problem;
import dev.parallax.resolve.CustomGroups;
import dev.parallax.resolve.OutletRegistry;
import dev.parallax.resolve.Perspective;
import dev.parallax.resolve.Resolver;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        Perspective axis = switch (perspective) {
            case "country" -> Perspective.country();
            case "ownership" -> Perspective.ownership();
            default -> {
                Path file = Path.of(perspective);
                if (!Files.isRegularFile(file)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--perspective must be country, "
                            + "ownership or a groups file; '" + perspective + "' is neither");
                }
                CustomGroups groups = CustomGroups.load(file, registry);
                for (Problem p : groups.problems()) {
                    spec.commandLine().getErr().println("parallax: " + p);
                }
                yield groups;
            }
        };
        return new Resolver(registry, axis);
    }
}
