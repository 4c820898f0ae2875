package dev.parallax.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * World knowledge from the bundled {@code countries.csv}: the names of countries, their nationality adjectives, and
 * the places that stand for their governments (capitals, seats of government: "Washington", "the Kremlin").
 * Lookups ignore case and a leading "the". Immutable.
 */
final class Countries {

    private final Map<String, String> byName;
    private final Map<String, String> byNationality;
    private final Map<String, String> bySeat;

    private Countries(Map<String, String> byName, Map<String, String> byNationality, Map<String, String> bySeat) {
        this.byName = Map.copyOf(byName);
        this.byNationality = Map.copyOf(byNationality);
        this.bySeat = Map.copyOf(bySeat);
    }

    static Countries bundled() {
        return Bundled.COUNTRIES;
    }

    /** The country a name denotes: "the US", "United States", "Britain" → its canonical name. */
    Optional<String> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The country of a nationality adjective ("Chinese") or of a country name used as a modifier ("US"). */
    Optional<String> byNationality(String word) {
        return Optional.ofNullable(byNationality.get(key(word))).or(() -> byName(word));
    }

    /** The country whose government a place stands for: "Washington", "the White House", "Beijing". */
    Optional<String> bySeat(String place) {
        return Optional.ofNullable(bySeat.get(key(place)));
    }

    static String key(String name) {
        String k = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static final class Bundled {
        static final Countries COUNTRIES = load();

        private static Countries load() {
            Map<String, String> names = new HashMap<>();
            Map<String, String> nationalities = new HashMap<>();
            Map<String, String> seats = new HashMap<>();
            try (InputStream in = Countries.class.getResourceAsStream("countries.csv")) {
                if (in == null) {
                    throw new IllegalStateException("bundled countries.csv is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean header = true;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    String[] f = line.split(",", -1);
                    if (f.length != 4) {
                        throw new IllegalStateException("bundled countries.csv: bad row '" + line + "'");
                    }
                    String country = f[0].strip();
                    names.put(key(country), country);
                    put(names, f[1], country);
                    put(nationalities, f[2], country);
                    put(seats, f[3], country);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled countries.csv", e);
            }
            return new Countries(names, nationalities, seats);
        }

        private static void put(Map<String, String> map, String values, String country) {
            for (String v : values.split("\\|")) {
                if (!v.isBlank()) {
                    map.put(key(v), country);
                }
            }
        }
    }
}
