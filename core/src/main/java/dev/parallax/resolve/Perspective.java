package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Sides by the outlet's country. */
    record ByCountry() implements Perspective {

        // CLDR's names, except where they are longer than news readers expect.
        private static final Map<String, String> SHORTER = Map.of("HK", "Hong Kong", "MO", "Macao");

        @Override
        public String name() {
            return "country";
        }

        @Override
        public String sideOf(ResolvedOutlet outlet) {
            return switch (outlet) {
                case Outlet known -> SHORTER.getOrDefault(known.country(),
                        Locale.of("", known.country()).getDisplayCountry(Locale.ENGLISH));
                case UnknownOutlet unknown -> UNKNOWN;
            };
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
