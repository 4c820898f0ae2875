package dev.parallax.resolve;

import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outlets Parallax knows: the bundled {@code outlets.csv}, or a user's own file in the same format
 * (see {@code docs/outlets.md}). Reads rows of id, name, aliases, domains, country, languages, ownership, groups and
 * source; resolves an article's URL or outlet name, and finds the outlets a text cites. Bad rows, duplicate ids,
 * domains claimed twice and names shared by two outlets become {@link #problems()}; the registry keeps every good row.
 * Immutable and thread-safe.
 */
public final class OutletRegistry {

    private static final String BUNDLED = "outlets.csv";

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byId;
    private final Map<String, Outlet> byDomain;
    private final NameIndex names;
    private final List<Problem> problems;

    private OutletRegistry(List<Outlet> rows, String location, List<Problem> problems) {
        Map<String, Outlet> ids = new LinkedHashMap<>();
        Map<String, Outlet> domains = new HashMap<>();
        for (Outlet outlet : rows) {
            if (ids.putIfAbsent(outlet.id(), outlet) != null) {
                problems.add(new Problem("resolve", location, "duplicate outlet id '" + outlet.id()
                        + "'; the later row ('" + outlet.name() + "') is ignored"));
                continue;
            }
            for (String domain : outlet.domains()) {
                Outlet other = domains.putIfAbsent(domain, outlet);
                if (other != null) {
                    problems.add(new Problem("resolve", location, "domain '" + domain + "' is claimed by '"
                            + other.id() + "' and '" + outlet.id() + "'; it stays with '" + other.id() + "'"));
                }
            }
        }
        this.outlets = List.copyOf(ids.values());
        this.byId = Map.copyOf(ids);
        this.byDomain = Map.copyOf(domains);
        this.names = NameIndex.of(outlets, location, problems);
        this.problems = List.copyOf(problems);
    }

    /** The registry shipped with Parallax. */
    public static OutletRegistry bundled() {
        return Bundled.REGISTRY;
    }

    /** Reads a user's registry file; an unreadable file is an environment failure and throws. */
    public static OutletRegistry load(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlet registry " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses registry CSV text; {@code location} names it in problems. */
    public static OutletRegistry parse(String csv, String location) {
        return read(new StringReader(csv), location);
    }

    private static OutletRegistry read(Reader in, String location) {
        List<Problem> problems = new ArrayList<>();
        List<Outlet> rows = OutletCsv.read(in, location, problems);
        return new OutletRegistry(rows, location, problems);
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    /** What was wrong with the registry file; empty for a clean file. */
    public List<Problem> problems() {
        return problems;
    }

    public Optional<Outlet> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The outlet of a URL or host: {@code https://www.semafor.com/article/...}, {@code news.bbc.co.uk} or
     * {@code bbc.co.uk}. The longest registered domain that the host ends with wins, so a registry may list
     * {@code timesofindia.indiatimes.com} and {@code economictimes.indiatimes.com} as different outlets.
     */
    public Optional<Outlet> byDomain(String urlOrHost) {
        return Hosts.of(urlOrHost).stream().flatMap(host -> Hosts.withParents(host).stream())
                .map(byDomain::get).filter(Objects::nonNull).findFirst();
    }

    /**
     * The outlet a name refers to: its registry name or an alias, ignoring case, a possessive "’s" and a leading
     * "the" ("the Global Times’s" → Global Times). Nothing fuzzier: "Global Times newspaper" is found only when
     * listed as an alias.
     */
    public Optional<Outlet> byName(String mention) {
        return names.find(mention);
    }

    /**
     * The outlet of an article: by its URL's domain first (the most reliable), then by its outlet name, then by
     * an outlet value that is itself a domain. Otherwise an {@link UnknownOutlet} keeping the raw name and host.
     */
    public ResolvedOutlet resolve(Metadata metadata) {
        Optional<String> url = metadata.url().map(Attested::value);
        Optional<String> name = metadata.outlet().map(Attested::value);
        Optional<Outlet> found = url.flatMap(this::byDomain)
                .or(() -> name.flatMap(this::byName))
                .or(() -> name.flatMap(this::byDomain));
        if (found.isPresent()) {
            return found.get();
        }
        return new UnknownOutlet(name, url.flatMap(Hosts::of));
    }

    /**
     * The registry outlets a text names, left to right: whole words, longest name first, in the case the
     * registry spells them ("Reuters", "AP", "the Washington Post"). Cited media are outlets too.
     */
    public List<OutletMention> mentions(String text) {
        return names.mentions(text);
    }

    // Loaded on first use and shared: the registry is immutable.
    private static final class Bundled {
        static final OutletRegistry REGISTRY = loadBundled();

        private static OutletRegistry loadBundled() {
            try (InputStream in = OutletRegistry.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + BUNDLED + " is missing from the classpath");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled " + BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + BUNDLED, e);
            }
        }
    }
}
