package dev.parallax.resolve;

import static java.util.Objects.requireNonNull;

import dev.parallax.core.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A perspective of the user's own groups, read from a small text file, one group a line:
 * <pre>
 * # comments and blank lines are ignored
 * US media: semafor.com, nytimes.com, Associated Press
 * Chinese state media: globaltimes.cn, Xinhua
 * </pre>
 * Each entry is a domain or an outlet name, resolved through the {@link OutletRegistry}. A line without a label, an
 * entry the registry does not know, and an outlet put in two groups become {@link #problems()} (the outlet stays in
 * its first group). Known outlets in no group are on the side {@value #OTHER}; unknown outlets on
 * {@value Perspective#UNKNOWN}.
 *
 * @param sides    outlet id → group label
 * @param labels   the group labels in file order
 * @param problems what was wrong with the file
 */
public record CustomGroups(Map<String, String> sides, List<String> labels, List<Problem> problems)
        implements Perspective {

    /** The side of registry outlets that no group lists. */
    public static final String OTHER = "other";

    public CustomGroups {
        sides = Map.copyOf(sides);
        labels = List.copyOf(labels);
        problems = List.copyOf(problems);
    }

    /** Reads a groups file; an unreadable file is an environment failure and throws. */
    public static CustomGroups load(Path file, OutletRegistry registry) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), registry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read groups file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses groups text; {@code location} names it in problems. */
    public static CustomGroups parse(String text, String location, OutletRegistry registry) {
        requireNonNull(registry, "registry");
        Map<String, String> sides = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            String where = location + ":" + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String label = colon < 0 ? "" : line.substring(0, colon).strip();
            if (label.isEmpty()) {
                problems.add(new Problem("resolve", where, "expected 'Label: outlet, outlet, ...' but found '"
                        + line + "'; line ignored"));
                continue;
            }
            if (!labels.contains(label)) {
                labels.add(label);
            }
            for (String entry : line.substring(colon + 1).split(",")) {
                add(entry.strip(), label, registry, sides, where, problems);
            }
        }
        return new CustomGroups(sides, labels, problems);
    }

    private static void add(String entry, String label, OutletRegistry registry, Map<String, String> sides,
                            String where, List<Problem> problems) {
        if (entry.isEmpty()) {
            return;
        }
        Optional<Outlet> outlet = registry.byDomain(entry).or(() -> registry.byName(entry));
        if (outlet.isEmpty()) {
            problems.add(new Problem("resolve", where, "'" + entry + "' in group '" + label
                    + "' is not a domain or name in the outlet registry; add it to the outlets file or fix the spelling"));
            return;
        }
        String before = sides.putIfAbsent(outlet.get().id(), label);
        if (before != null && !before.equals(label)) {
            problems.add(new Problem("resolve", where, "'" + entry + "' (" + outlet.get().name() + ") is already in group '"
                    + before + "'; it stays there, not in '" + label + "'"));
        }
    }

    @Override
    public String name() {
        return "groups";
    }

    @Override
    public String sideOf(ResolvedOutlet outlet) {
        return switch (outlet) {
            case Outlet known -> sides.getOrDefault(known.id(), OTHER);
            case UnknownOutlet unknown -> UNKNOWN;
        };
    }
}
