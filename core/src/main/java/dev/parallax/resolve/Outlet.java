package dev.parallax.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of the outlet registry: a news outlet with its names, web domains, country, languages, ownership,
 * optional group labels, and the public source of that classification.
 *
 * @param id        a stable lowercase key, e.g. {@code globaltimes}
 * @param name      the outlet's usual name, e.g. {@code Global Times}
 * @param aliases   other names it is cited by, e.g. {@code Huanqiu Shibao}
 * @param domains   registrable domains without {@code www.}, e.g. {@code globaltimes.cn}; subdomains match too
 * @param country   ISO 3166-1 alpha-2 code, upper case
 * @param languages ISO 639-1 codes, lower case, main language first
 * @param groups    free labels such as {@code wire}
 * @param source    where the classification comes from: a public URL
 */
public record Outlet(String id, String name, List<String> aliases, List<String> domains, String country,
                     List<String> languages, Ownership ownership, List<String> groups, String source)
        implements ResolvedOutlet {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public Outlet {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(country, "country");
        requireNonNull(ownership, "ownership");
        requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        languages = List.copyOf(languages);
        groups = List.copyOf(groups);
        List<String> bad = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            bad.add("id '" + id + "' is not lowercase letters, digits and '-'");
        }
        if (name.isBlank()) {
            bad.add("name is blank");
        }
        if (!COUNTRIES.contains(country)) {
            bad.add("country '" + country + "' is not an ISO 3166-1 alpha-2 code such as US, CN, GB");
        }
        languages.stream().filter(l -> !LANGUAGES.contains(l))
                .forEach(l -> bad.add("language '" + l + "' is not an ISO 639-1 code such as en, zh, ru"));
        domains.stream().filter(d -> !DOMAIN.matcher(d).matches())
                .forEach(d -> bad.add("domain '" + d + "' is not a lowercase host name such as example.com"));
        if (source.isBlank()) {
            bad.add("source is blank: say where the classification comes from");
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("outlet '" + id + "': " + String.join("; ", bad));
        }
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    @Override
    public String displayName() {
        return name;
    }
}
