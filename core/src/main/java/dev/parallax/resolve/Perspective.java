package dev.parallax.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The axis a user compares coverage along, chosen by them: {@link #country()}, {@link #ownership()}, or
 * {@link CustomGroups} read from a groups file. Maps each outlet to one side label; an outlet the registry does not
 * know is always on the side {@value #UNKNOWN}, never guessed.
 */
public sealed interface Perspective permits Perspective.ByCountry, Perspective.ByOwnership, CustomGroups {

    /** The side of outlets the registry does not know. */
    String UNKNOWN = "unknown";

    /** Sides are country names in English: "United States", "China", "Hong Kong", "Taiwan", "United Kingdom". */
    static Perspective country() {
        return new ByCountry();
    }

    /** Sides are ownership labels: "private", "public broadcaster", "state-owned or state-affiliated", ... */
    static Perspective ownership() {
        return new ByOwnership();
    }

    /**
     * The axis a user names: {@code country}, {@code ownership}, or the path of a groups file read against
     * {@code registry} (its problems are on the {@link CustomGroups}).
     *
     * @throws IllegalArgumentException when {@code nameOrFile} is neither an axis nor a file
     */
    static Perspective named(String nameOrFile, OutletRegistry registry) {
        return switch (nameOrFile) {
            case "country" -> country();
            case "ownership" -> ownership();
            default -> {
                Path file = Path.of(nameOrFile);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("perspective must be country, ownership or a groups file; '"
                            + nameOrFile + "' is neither");
                }
                yield CustomGroups.load(file, registry);
            }
        };
    }

    /** A short name of the axis, e.g. {@code country}. */
    String name();

    /** The side an outlet is on under this axis. */
    String sideOf(ResolvedOutlet outlet);

    /** Coverage per side: the outlets of a story grouped by side, sides in alphabetical order, unknown last. */
    default Map<String, List<ResolvedOutlet>> coverage(Collection<? extends ResolvedOutlet> outlets) {
        Map<String, List<ResolvedOutlet>> sides = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(UNKNOWN) ? 1 : b.equals(UNKNOWN) ? -1 : a.compareTo(b));
        for (ResolvedOutlet outlet : outlets) {
            sides.computeIfAbsent(sideOf(outlet), s -> new ArrayList<>()).add(outlet);
        }
        Map<String, List<ResolvedOutlet>> copy = new LinkedHashMap<>();
        sides.forEach((side, list) -> copy.put(side, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Sides by the outlet's country; an outlet the registry does not know takes the country of its domain's country
     * code ({@code chinadaily.com.cn} → China), except for codes sold as generic names ({@code .io}, {@code .tv}).
     */
    record ByCountry() implements Perspective {

        // CLDR's names, except where they are longer than news readers expect.
        private static final Map<String, String> SHORTER = Map.of("HK", "Hong Kong", "MO", "Macao");
        private static final Set<String> GENERIC_CODES = Set.of("ac", "ad", "ag", "ai", "am", "as", "bz", "cc", "cd",
                "co", "fm", "gg", "gl", "im", "io", "la", "ly", "me", "ms", "mu", "nu", "sc", "sh", "so", "st", "tk",
                "to", "tv", "vc", "ws");
        private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

        @Override
        public String name() {
            return "country";
        }

        @Override
        public String sideOf(ResolvedOutlet outlet) {
            return switch (outlet) {
                case Outlet known -> name(known.country());
                case UnknownOutlet unknown -> unknown.seenDomain().flatMap(ByCountry::countryOfDomain)
                        .map(ByCountry::name).orElse(UNKNOWN);
            };
        }

        private static String name(String country) {
            return SHORTER.getOrDefault(country, Locale.of("", country).getDisplayCountry(Locale.ENGLISH));
        }

        /** The ISO country of a host's country-code top-level domain ({@code .uk} is GB); empty for others. */
        static Optional<String> countryOfDomain(String host) {
            String tld = host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
            tld = tld.substring(tld.lastIndexOf('.') + 1);
            if (tld.equals("uk")) {
                return Optional.of("GB");
            }
            String code = tld.toUpperCase(Locale.ROOT);
            return tld.length() == 2 && !GENERIC_CODES.contains(tld) && COUNTRIES.contains(code)
                    ? Optional.of(code) : Optional.empty();
        }
    }

    /** Sides by the outlet's ownership category. */
    record ByOwnership() implements Perspective {

        @Override
        public String name() {
            return "ownership";
        }

        @Override
        public String sideOf(ResolvedOutlet outlet) {
            return switch (outlet) {
                case Outlet known -> known.ownership().label();
                case UnknownOutlet unknown -> UNKNOWN;
            };
        }
    }
}
