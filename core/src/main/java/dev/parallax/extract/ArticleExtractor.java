package dev.parallax.extract;

import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.html.DateValues;
import dev.parallax.extract.html.HtmlPageExtractor;
import dev.parallax.ingest.RawDocument;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads: a {@link RawDocument} of any format. Adds: the {@link Article} with clean text and metadata, given
 * metadata (sidecar, record fields, feed fields) winning over what the page itself says, which wins over the
 * fallback metadata of a container (a web archive's crawl date).
 * Bad input: an extractor crash becomes a problem on an empty article that keeps the raw input's origin and hash.
 */
public final class ArticleExtractor {

    private final PageExtractor text = new TextPageCleaner();
    private final PageExtractor html = new HtmlPageExtractor();
    private final PageExtractor record = new RecordReader(text);
    private final Function<Metadata, Optional<String>> countryOf;

    /** An extractor that does not know outlets' countries: a zone such as IST is left out, not guessed. */
    public ArticleExtractor() {
        this(meta -> Optional.empty());
    }

    /**
     * @param countryOf the ISO 3166-1 code of the country of the outlet a document's given URL or outlet name
     *                  names, which decides time-zone abbreviations that name several zones ({@link DateLines})
     */
    public ArticleExtractor(Function<Metadata, Optional<String>> countryOf) {
        this.countryOf = countryOf;
    }

    /** Without a better name, the site's host (without "www.") names the outlet. */
    private static Metadata outletFromUrl(Metadata meta) {
        String url = Metadata.valueOf(meta.url());
        try {
            String host = url.isEmpty() ? null : URI.create(url.strip()).getHost();
            return host == null ? Metadata.EMPTY
                    : Metadata.builder().outlet(host.replaceFirst("^www\\.", ""), "domain of URL " + url).build();
        } catch (IllegalArgumentException e) {
            return Metadata.EMPTY;
        }
    }

    /**
     * Dates given outside a page (a sidecar's "May 14, 2024", a record's epoch seconds) as ISO 8601; a value that is
     * no date is dropped, so the page's own date can stand, and recorded as a problem naming where it came from.
     */
    static Metadata isoDates(Metadata given, String origin, Optional<String> country, List<Problem> problems) {
        Optional<Attested> published = iso(given.published(), "published", origin, country, problems);
        Optional<Attested> modified = iso(given.modified(), "modified", origin, country, problems);
        return new Metadata(given.title(), given.url(), given.outlet(), published, modified, given.authors(),
                given.language(), given.section(), given.type(), given.description());
    }

    private static Optional<Attested> iso(Optional<Attested> date, String field, String origin, Optional<String> country,
                                          List<Problem> problems) {
        if (date.isEmpty()) {
            return date;
        }
        Optional<String> value = DateValues.parse(date.get().value(), country);
        if (value.isEmpty()) {
            problems.add(new Problem("extract", origin, field + " date '" + date.get().value() + "' from "
                    + date.get().evidence() + " is not a date Parallax can read; it is ignored"));
            return Optional.empty();
        }
        return Optional.of(new Attested(value.get(), date.get().evidence()));
    }

    public Article extract(RawDocument document) {
        try {
            Optional<String> country = countryOf.apply(document.given().orElse(document.fallback()));
            Article article = switch (document.format()) {
                case TEXT -> text.extract(document, country);
                case HTML -> html.extract(document, country);
                case RECORD -> record.extract(document, country);
            };
            List<Problem> problems = new ArrayList<>();
            Metadata meta = isoDates(document.given(), document.origin(), country, problems).orElse(article.meta())
                    .orElse(isoDates(document.fallback(), document.origin(), country, problems));
            return article.withProblems(problems)
                    .withMeta(meta.outlet().isPresent() ? meta : meta.orElse(outletFromUrl(meta)));
        } catch (RuntimeException | StackOverflowError e) {
            // Our extractor broke (not the input): keep the document so it can be re-run after a fix.
            return Articles.empty(document, Problem.internal("extract", document.origin(), e));
        }
    }
}
