package dev.parallax.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What is known about an article besides its text, each value with its evidence.
 * Given metadata (a sidecar file, a JSON record, a feed entry) and extracted metadata share this type;
 * {@link #orElse(Metadata)} merges them, the receiver winning.
 *
 * @param published ISO 8601: a date, a local date-time, or a date-time with offset when the source gives the zone
 * @param type      {@code news}, {@code analysis}, {@code opinion} or {@code other}
 */
public record Metadata(
        Optional<Attested> title,
        Optional<Attested> url,
        Optional<Attested> outlet,
        Optional<Attested> published,
        Optional<Attested> modified,
        List<Attested> authors,
        Optional<Attested> language,
        Optional<Attested> section,
        Optional<Attested> type,
        Optional<Attested> description) {

    public static final Metadata EMPTY = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public Metadata {
        authors = List.copyOf(authors);
    }

    /** Field by field: this value when present, otherwise {@code fallback}'s. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                title.or(fallback::title), url.or(fallback::url), outlet.or(fallback::outlet),
                published.or(fallback::published), modified.or(fallback::modified),
                authors.isEmpty() ? fallback.authors : authors,
                language.or(fallback::language), section.or(fallback::section), type.or(fallback::type),
                description.or(fallback::description));
    }

    /**
     * The metadata of one article that arrived again, from another input: field by field, the arriving value
     * replaces the earlier one only when the earlier is absent, or when the arriving value was given with its input
     * (a sidecar, a record's field, a feed entry) and the earlier one was only found in the page. So a value given
     * wins over one found, the first of two given (or two found) values stays, and a value is never replaced by
     * nothing.
     *
     * @param earlierGiven the metadata given with the earlier inputs (only which fields are present counts)
     * @param arrivingGiven the metadata given with the arriving input (likewise)
     */
    public Metadata mergedWith(Metadata earlierGiven, Metadata arriving, Metadata arrivingGiven) {
        return new Metadata(
                pick(title, earlierGiven.title, arriving.title, arrivingGiven.title),
                pick(url, earlierGiven.url, arriving.url, arrivingGiven.url),
                pick(outlet, earlierGiven.outlet, arriving.outlet, arrivingGiven.outlet),
                pick(published, earlierGiven.published, arriving.published, arrivingGiven.published),
                pick(modified, earlierGiven.modified, arriving.modified, arrivingGiven.modified),
                arriving.authors.isEmpty() || !authors.isEmpty()
                        && !(earlierGiven.authors.isEmpty() && !arrivingGiven.authors.isEmpty())
                        ? authors : arriving.authors,
                pick(language, earlierGiven.language, arriving.language, arrivingGiven.language),
                pick(section, earlierGiven.section, arriving.section, arrivingGiven.section),
                pick(type, earlierGiven.type, arriving.type, arrivingGiven.type),
                pick(description, earlierGiven.description, arriving.description, arrivingGiven.description));
    }

    private static Optional<Attested> pick(Optional<Attested> earlier, Optional<Attested> earlierGiven,
                                           Optional<Attested> arriving, Optional<Attested> arrivingGiven) {
        if (arriving.isEmpty()) {
            return earlier;
        }
        if (earlier.isEmpty() || earlierGiven.isEmpty() && arrivingGiven.isPresent()) {
            return arriving;
        }
        return earlier;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of a field, or the empty string. */
    public static String valueOf(Optional<Attested> field) {
        return field.map(Attested::value).orElse("");
    }

    /** Mutable builder; the record itself stays immutable. */
    public static final class Builder {
        private Optional<Attested> title = Optional.empty();
        private Optional<Attested> url = Optional.empty();
        private Optional<Attested> outlet = Optional.empty();
        private Optional<Attested> published = Optional.empty();
        private Optional<Attested> modified = Optional.empty();
        private final List<Attested> authors = new ArrayList<>();
        private Optional<Attested> language = Optional.empty();
        private Optional<Attested> section = Optional.empty();
        private Optional<Attested> type = Optional.empty();
        private Optional<Attested> description = Optional.empty();

        private static Optional<Attested> firstOf(Optional<Attested> current, String value, String evidence) {
            if (current.isPresent() || value == null || value.isBlank()) {
                return current;
            }
            return Optional.of(new Attested(value.strip(), evidence));
        }

        // Each setter keeps the first value it is given: callers try sources from most to least trusted.
        public Builder title(String v, String evidence) { title = firstOf(title, v, evidence); return this; }
        public Builder url(String v, String evidence) { url = firstOf(url, v, evidence); return this; }
        public Builder outlet(String v, String evidence) { outlet = firstOf(outlet, v, evidence); return this; }
        public Builder published(String v, String evidence) { published = firstOf(published, v, evidence); return this; }
        public Builder modified(String v, String evidence) { modified = firstOf(modified, v, evidence); return this; }
        public Builder language(String v, String evidence) { language = firstOf(language, v, evidence); return this; }
        public Builder section(String v, String evidence) { section = firstOf(section, v, evidence); return this; }
        public Builder type(String v, String evidence) { type = firstOf(type, v, evidence); return this; }
        public Builder description(String v, String evidence) { description = firstOf(description, v, evidence); return this; }

        public Builder author(String v, String evidence) {
            if (v != null && !v.isBlank() && authors.stream().noneMatch(a -> a.value().equalsIgnoreCase(v.strip()))) {
                authors.add(new Attested(v.strip(), evidence));
            }
            return this;
        }

        public boolean has(Function<Metadata, Optional<Attested>> field) {
            return field.apply(build()).isPresent();
        }

        public Metadata build() {
            return new Metadata(title, url, outlet, published, modified, authors, language, section, type, description);
        }
    }
}
