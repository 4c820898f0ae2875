package dev.parallax.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads: a parsed, unpruned page. Adds: title, URL, outlet, published and modified dates, authors, section,
 * description, declared language and article type, each with its evidence, trying sources from most to least
 * trusted — JSON-LD ({@code NewsArticle}, {@code Article} and kin, also inside {@code @graph}), microdata
 * ({@code itemprop}), OpenGraph and other {@code <meta>} tags, {@code <time>}, then visible bylines and datelines.
 * Bad input: a JSON-LD block that is not JSON is a problem and the other sources are still read; values that are
 * not what they claim (a date that is no date, an author that is a URL) are skipped.
 */
final class MetadataReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle",
            "askpublicnewsarticle", "satiricalarticle", "medicalscholarlyarticle", "review", "recipe");
    private static final Pattern OPINION = Pattern.compile(
            "(?i)(^|[^a-z])(opinion|opinions|op-?ed|commentary|editorials?|columnists?|viewpoints?|perspectives?)([^a-z]|$)");
    private static final Pattern ANALYSIS = Pattern.compile("(?i)(^|[^a-z])(analysis|explainer|in-depth)([^a-z]|$)");
    /** Visible candidates (bylines, datelines) looked at, at most: a pathological page cannot make this quadratic. */
    private static final int MAX_VISIBLE_CANDIDATES = 50;
    private static final Pattern DATELINE_LABEL = Pattern.compile(
            "(?iu)\\s*(published|posted|first published|updated|last updated|date|publiziert|veröffentlicht|publié"
                    + "|publicado|pubblicato|gepubliceerd)(?![\\p{L}])\\s*(on|at|am|le|el|em|il|op)?\\s*:?"
                    + "|\\s*(?:by|By|BY)\\s");
    private static final Pattern BYLINE_KIND = Pattern.compile("(?i)^\\s*(analysis|opinion|commentary|review|perspective)\\s+by\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•:»-]\\s+");

    private final Document page;
    private final String origin;
    private final List<Problem> problems;
    private final Optional<String> country;
    private final Metadata.Builder meta = Metadata.builder();
    private final List<String[]> titles = new ArrayList<>();
    private final List<Attested> languages = new ArrayList<>();
    private String schemaType = "";
    private String bylineKind = "";
    private boolean authorsFromJsonLd;

    private MetadataReader(Document page, String origin, Optional<String> country, List<Problem> problems) {
        this.page = page;
        this.origin = origin;
        this.country = country;
        this.problems = problems;
    }

    /**
     * What the page says about itself.
     *
     * @param meta      every field but the language
     * @param languages the languages the page declares, most trusted first; a declaration is weaker evidence than
     *                  the text itself, so the caller decides
     */
    record Reading(Metadata.Builder meta, List<Attested> languages) {
    }

    /** Everything the page says about itself; problems met are added to {@code problems}. */
    static Reading read(Document page, String origin, Optional<String> country, List<Problem> problems) {
        MetadataReader reader = new MetadataReader(page, origin, country, problems);
        reader.jsonLd();
        reader.authorsFromJsonLd = !reader.meta.build().authors().isEmpty();
        reader.microdata();
        reader.metaTags();
        reader.visible();
        reader.title();
        reader.outletFallback();
        classify(reader.meta, reader.schemaType, reader.meta("og:type").orElse(""), reader.bylineKind);
        return new Reading(reader.meta, List.copyOf(reader.languages));
    }

    // ---- JSON-LD

    private void jsonLd() {
        int n = 0;
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            n++;
            String data = script.data().strip();
            if (data.isEmpty()) {
                continue;
            }
            try {
                flatten(JSON.readTree(data), objects, 0);
            } catch (IOException e) {
                problems.add(new Problem("extract", origin, "JSON-LD block " + n + " is not valid JSON ("
                        + firstLine(e.getMessage()) + "); read the other metadata sources"));
            }
        }
        boolean found = false;
        for (JsonNode o : objects) {
            if (isArticle(o)) {
                article(o);
                found = true;
            }
        }
        if (!found) {
            // Some pages describe the article only as the WebPage it is on.
            for (JsonNode o : objects) {
                if (typeOf(o).matches(".*\\b(webpage|itempage)\\b.*")) {
                    String evidence = "JSON-LD " + typeName(o) + " ";
                    date(o.get("datePublished"), true, evidence + "datePublished");
                    date(o.get("dateModified"), false, evidence + "dateModified");
                }
            }
        }
        for (JsonNode o : objects) {
            String type = typeOf(o);
            if (type.contains("website") || type.contains("newsmediaorganization") || type.contains("organization")) {
                outlet(text(o.get("name")), "JSON-LD " + typeName(o) + " name");
            }
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out, depth + 1);
            }
        }
    }

    private static String typeOf(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return "";
        }
        if (type.isArray()) {
            List<String> all = new ArrayList<>();
            type.forEach(t -> all.add(t.asText().toLowerCase(Locale.ROOT)));
            return String.join(" ", all);
        }
        return type.asText().toLowerCase(Locale.ROOT);
    }

    private static String typeName(JsonNode o) {
        JsonNode type = o.get("@type");
        return type == null ? "object" : type.isArray() ? type.toString() : type.asText();
    }

    private static boolean isArticle(JsonNode o) {
        for (String t : typeOf(o).split(" ")) {
            if (ARTICLE_TYPES.contains(t.replace("http://schema.org/", "").replace("https://schema.org/", ""))) {
                return true;
            }
        }
        return false;
    }

    private void article(JsonNode o) {
        String type = typeName(o);
        String evidence = "JSON-LD " + type + " ";
        if (schemaType.isEmpty()) {
            schemaType = typeOf(o);
        }
        String headline = text(o.get("headline"));
        if (headline != null) {
            titles.add(new String[] {headline, evidence + "headline"});
        } else if (text(o.get("name")) != null) {
            titles.add(new String[] {text(o.get("name")), evidence + "name"});
        }
        date(o.get("datePublished"), true, evidence + "datePublished");
        date(o.get("dateCreated"), true, evidence + "dateCreated");
        date(o.get("dateModified"), false, evidence + "dateModified");
        for (JsonNode author : list(o.get("author"))) {
            author(author.isObject() ? text(author.get("name")) : text(author), evidence + "author");
        }
        for (JsonNode creator : list(o.get("creator"))) {
            author(creator.isObject() ? text(creator.get("name")) : text(creator), evidence + "creator");
        }
        JsonNode publisher = o.get("publisher");
        if (publisher != null) {
            for (JsonNode p : list(publisher)) {
                outlet(p.isObject() ? text(p.get("name")) : text(p), evidence + "publisher");
            }
        }
        List<JsonNode> sections = list(o.get("articleSection"));
        if (!sections.isEmpty()) {
            meta.section(text(sections.getFirst()), evidence + "articleSection");
        }
        JsonNode language = o.get("inLanguage");
        if (language != null) {
            language(language.isObject() ? text(language.get("name")) : text(language), evidence + "inLanguage");
        }
        meta.description(text(o.get("description")), evidence + "description");
        JsonNode mainEntity = o.get("mainEntityOfPage");
        String url = text(o.get("url"));
        if (url == null && mainEntity != null) {
            url = mainEntity.isObject() ? text(mainEntity.get("@id")) : text(mainEntity);
        }
        if (url != null && url.startsWith("http")) {
            meta.url(url, evidence + "url");
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = org.jsoup.parser.Parser.unescapeEntities(node.asText(), false).strip();
        return s.isEmpty() ? null : s;
    }

    // ---- microdata

    private void microdata() {
        for (Element e : page.select("[itemprop]")) {
            // itemprop may name several properties: itemprop="datePublished dateCreated".
            for (String prop : e.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
                microdata(e, prop);
            }
        }
    }

    private void microdata(Element e, String prop) {
        String evidence = "microdata itemprop=" + prop;
        switch (prop) {
            case "headline" -> titles.add(new String[] {valueOf(e), evidence});
            case "datepublished", "datecreated" -> date(valueOf(e), true, evidence);
            case "datemodified" -> date(valueOf(e), false, evidence);
            case "author", "creator" -> {
                if (authorsFromJsonLd) {
                    return; // other itemprop=author on the page are often those of comments
                }
                Element name = e.selectFirst("[itemprop=name]");
                author(name != null ? valueOf(name) : valueOf(e), evidence);
            }
            case "articlesection" -> meta.section(valueOf(e), evidence);
            case "inlanguage" -> language(valueOf(e), evidence);
            default -> {
            }
        }
    }

    private static String valueOf(Element e) {
        for (String attr : new String[] {"content", "datetime", "value"}) {
            if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
                return e.attr(attr);
            }
        }
        String text = e.text();
        return text.length() > 300 ? null : text;
    }

    // ---- meta tags

    private void metaTags() {
        meta("og:title").ifPresent(t -> titles.add(new String[] {t, "meta og:title"}));
        meta("twitter:title").ifPresent(t -> titles.add(new String[] {t, "meta twitter:title"}));
        meta("dc.title").ifPresent(t -> titles.add(new String[] {t, "meta dc.title"}));
        for (String name : List.of("article:published_time", "og:article:published_time", "article:published", "article.published",
                "published_time", "publish-date", "published-date", "pubdate", "publishdate", "date",
                "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued",
                "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date",
                "cxenseparse:recs:publishtime", "datepublished")) {
            meta(name).ifPresent(v -> date(v, true, "meta " + name));
        }
        for (String name : List.of("article:modified_time", "article:modified", "og:updated_time", "og:article:modified_time",
                "last-modified", "dcterms.modified", "datemodified", "article.updated")) {
            meta(name).ifPresent(v -> date(v, false, "meta " + name));
        }
        for (String name : List.of("author", "article:author", "dc.creator", "sailthru.author", "parsely-author",
                "byl", "twitter:creator:name")) {
            if (!meta.build().authors().isEmpty()) {
                break;
            }
            for (Element m : page.select("meta[name=" + name + "], meta[property=" + name + "]")) {
                String value = m.attr("content");
                for (String a : value.split("\\s*(?:;|\\band\\b|&)\\s*")) {
                    author(a, "meta " + name);
                }
            }
        }
        meta("og:site_name").ifPresent(v -> outlet(v, "meta og:site_name"));
        meta("application-name").ifPresent(v -> outlet(v, "meta application-name"));
        meta("article:section").ifPresent(v -> meta.section(v, "meta article:section"));
        meta("section").ifPresent(v -> meta.section(v, "meta section"));
        meta("parsely-section").ifPresent(v -> meta.section(v, "meta parsely-section"));
        meta("description").ifPresent(v -> meta.description(v, "meta description"));
        meta("og:description").ifPresent(v -> meta.description(v, "meta og:description"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && canonical.absUrl("href").startsWith("http")) {
            meta.url(canonical.absUrl("href"), "link rel=canonical");
        }
        meta("og:url").filter(u -> u.startsWith("http")).ifPresent(v -> meta.url(v, "meta og:url"));
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        language(lang, "html lang attribute");
        meta("content-language").ifPresent(v -> language(v, "meta content-language"));
        meta("og:locale").ifPresent(v -> language(v.replace('_', '-'), "meta og:locale"));
    }

    private Optional<String> meta(String name) {
        return meta(page, name);
    }

    private static Optional<String> meta(Document page, String name) {
        for (Element m : page.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    // ---- visible page: <time>, bylines, datelines, headline

    private void visible() {
        Element body = page.body();
        if (body == null) {
            return;
        }
        for (Element time : body.select("time[datetime]")) {
            boolean updated = ClassHints.hintsOf(time).matches(".*(updat|modif).*");
            if (date(time.attr("datetime"), !updated, "<time datetime> '" + time.attr("datetime") + "'")) {
                break;
            }
        }
        int tried = 0;
        for (Element e : body.select("a[rel=author], [class*=byline], [class*=author-name], [class*=authorname],"
                + " [class~=(?i)^author$], [rel=author]")) {
            if (!meta.build().authors().isEmpty() || ++tried > MAX_VISIBLE_CANDIDATES) {
                break;
            }
            Element link = e.selectFirst("a[href*=author], a[rel=author]");
            String text = link != null && e != link ? link.text() : e.text();
            if (text.length() <= 120) {
                for (String a : text.replaceFirst("(?i)^\\s*(by|written by|von|par|por|di)\\s+", "")
                        .split("\\s*(?:,|\\band\\b|&|\\|)\\s*")) {
                    author(a, "byline '" + text + "'");
                }
            }
        }
        tried = 0;
        for (Element e : body.select("[class*=date], [class*=time], [class*=publish], [class*=dateline]")) {
            if (++tried > MAX_VISIBLE_CANDIDATES) {
                break;
            }
            String text = e.ownText().isBlank() ? e.text() : e.ownText();
            if (!text.isBlank() && text.length() <= 80) {
                boolean updated = text.toLowerCase(Locale.ROOT).matches("^\\s*(updated|last updated|modified).*");
                if (date(text, !updated, "dateline '" + text + "'")) {
                    break;
                }
            }
        }
        if (!meta.has(Metadata::published)) {
            labelledDateline(body);
        }
        if (meta.build().authors().isEmpty()) {
            bylineLine(body);
        }
        Element h1 = body.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            titles.add(new String[] {h1.text(), "first <h1>"});
        }
        titles.add(new String[] {page.title(), "<title>"});
    }

    /** A short block that starts "By" and names its authors: "By <a>Ana Lopez</a> on Monday, ...". */
    private void bylineLine(Element body) {
        int tried = 0;
        for (Element e : body.select("p, div, span, li, small, address")) {
            String own = e.ownText();
            if (own.length() > 100 || !own.matches("(?s)\\s*(?:By|BY|by)\\s.*")) {
                continue;
            }
            if (++tried > MAX_VISIBLE_CANDIDATES) {
                return;
            }
            String text = e.text();
            if (text.length() > 150) {
                continue;
            }
            List<String> linked = e.select("a").eachText();
            if (!linked.isEmpty()) {
                linked.forEach(name -> author(name, "byline '" + text + "'"));
            } else {
                String names = text.replaceFirst("(?i)^\\s*by\\s+", "").split("\\s+(?:on|at|\\||-|–)\\s+")[0];
                for (String name : names.split("\\s*(?:,|\\band\\b|&)\\s*")) {
                    author(name, "byline '" + text + "'");
                }
            }
            if (!meta.build().authors().isEmpty()) {
                return;
            }
        }
    }

    /** A short block that starts "Published:", "Posted on", "Updated" and names a date. */
    private void labelledDateline(Element body) {
        int tried = 0;
        for (Element e : body.select("p, div, span, li, small, em")) {
            String own = e.ownText();
            if (own.length() > 100 || !DATELINE_LABEL.matcher(own).lookingAt()) {
                continue;
            }
            if (++tried > MAX_VISIBLE_CANDIDATES) {
                return;
            }
            String text = e.text();
            if (text.length() <= 100) {
                boolean updated = text.toLowerCase(Locale.ROOT).matches("^\\s*(updated|last updated|modified).*");
                if (date(text, !updated, "dateline '" + text + "'") && !updated) {
                    return;
                }
            }
        }
    }

    // ---- values

    private boolean date(JsonNode node, boolean published, String evidence) {
        return node != null && date(text(node), published, evidence);
    }

    private boolean date(String value, boolean published, String evidence) {
        Optional<String> iso = DateValues.parse(value, country);
        if (iso.isEmpty() || !plausibleYear(iso.get())) {
            return false;
        }
        if (published) {
            meta.published(iso.get(), evidence);
        } else {
            meta.modified(iso.get(), evidence);
        }
        return true;
    }

    private static boolean plausibleYear(String iso) {
        int year = Integer.parseInt(iso.substring(0, 4));
        return year >= 1990 && year <= 2100;
    }

    /** An outlet name; social handles ("@politifact") and URLs are not names. */
    private void outlet(String value, String evidence) {
        if (value != null && !value.isBlank() && !value.strip().startsWith("@") && !value.contains("://")
                && value.length() <= 100) {
            meta.outlet(value, evidence);
        }
    }

    private void language(String value, String evidence) {
        if (value != null && value.strip().matches("(?i)[a-z]{2,3}([-_][a-z0-9]{2,8})*")) {
            languages.add(new Attested(value.strip(), evidence));
        }
    }

    private void author(String value, String evidence) {
        if (value == null) {
            return;
        }
        String name = value.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher kind = BYLINE_KIND.matcher(name);
        if (kind.lookingAt()) {
            bylineKind = kind.group(1).toLowerCase(Locale.ROOT);
            name = name.substring(kind.end());
        }
        name = name.replaceFirst("(?i)^(by|written by)\\s+", "").strip();
        // "Jill Disis, CNN Business", "Finian Cunningham. Sputnik International": the name comes first.
        String[] parts = name.split("\\s*(?:,|(?<!\\b\\p{Lu})\\.\\s|\\s\\|\\s|\\s[-–—]\\s)\\s*", 2);
        if (parts.length == 2 && parts[0].split(" ").length >= 2) {
            name = parts[0];
        }
        if (name.isEmpty() || name.length() > 60 || name.startsWith("http") || name.startsWith("@")
                || name.contains("/") || name.split("\\s+").length > 6 || name.codePoints().noneMatch(Character::isLetter)
                || name.codePoints().anyMatch(Character::isDigit)) {
            return;
        }
        meta.author(name, evidence);
    }

    /**
     * The most trusted title that another source confirms (a template's stale {@code headline} loses to the one
     * the page's {@code <title>}, {@code h1} and {@code og:title} agree on), without the "| Outlet" suffix or
     * "Outlet:" prefix pages add; the most trusted title when none is confirmed.
     */
    private void title() {
        String outlet = Metadata.valueOf(meta.build().outlet());
        List<String[]> candidates = titles.stream()
                .filter(c -> c[0] != null && !c[0].isBlank())
                .map(c -> new String[] {withoutSiteName(c[0].strip().replaceAll("\\s+", " "), outlet), c[1],
                        c[0].strip().replaceAll("\\s+", " ")})
                .toList();
        for (String[] candidate : candidates) {
            String key = normalise(candidate[0]);
            boolean confirmed = candidates.stream().anyMatch(other -> other != candidate
                    && !other[1].equals(candidate[1]) && normalise(other[2]).contains(key));
            if (confirmed && !key.isEmpty()) {
                set(candidate);
                return;
            }
        }
        if (!candidates.isEmpty()) {
            set(candidates.getFirst());
        }
    }

    private void set(String[] candidate) {
        meta.title(candidate[0], candidate[1] + (candidate[0].equals(candidate[2]) ? "" : " (site name removed)"));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private String withoutSiteName(String title, String outlet) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        String site = outlet.toLowerCase(Locale.ROOT);
        String host = hostWords();
        if (matchesSite(last, site, host)) {
            return title.substring(0, title.length() - last.length()).replaceAll(TITLE_SEPARATOR.pattern() + "$", "")
                    .replaceAll("\\s+[|–—·•:»-]$", "").strip();
        }
        if (matchesSite(first, site, host)) {
            return title.substring(first.length()).replaceFirst("^\\s*[|–—·•:»-]\\s+", "").strip();
        }
        return title;
    }

    private static boolean matchesSite(String part, String site, String host) {
        String p = part.toLowerCase(Locale.ROOT).strip();
        String compact = p.replaceAll("[^\\p{L}\\p{N}]", "");
        String siteCompact = site.replaceAll("[^\\p{L}\\p{N}]", "");
        boolean oneWord = !p.contains(" ");
        return (!site.isEmpty() && (p.equals(site) || compact.equals(siteCompact)
                        || oneWord && siteCompact.length() >= 3 && compact.startsWith(siteCompact)))
                || (!host.isEmpty() && compact.length() >= 3 && host.contains(compact));
    }

    private String hostWords() {
        String url = Metadata.valueOf(meta.build().url());
        if (url.isEmpty() && origin.startsWith("http")) {
            url = origin;
        }
        try {
            String host = url.isEmpty() ? "" : URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replace("www.", "").replaceAll("[^a-z0-9]", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void outletFallback() {
        String url = Metadata.valueOf(meta.build().url());
        if (url.isEmpty() && origin.startsWith("http")) {
            url = origin;
        }
        try {
            String host = url.isEmpty() ? null : URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host != null) {
                meta.outlet(host.replaceFirst("^www\\.", ""), "host name of " + url);
            }
        } catch (IllegalArgumentException e) {
            // not a URL we can read a host from; the outlet stays unknown
        }
    }

    /** news, analysis, opinion or other, from the schema type, section, URL path and {@code og:type}. */
    private static void classify(Metadata.Builder meta, String schemaType, String ogType, String bylineKind) {
        Metadata m = meta.build();
        String section = Metadata.valueOf(m.section());
        String url = Metadata.valueOf(m.url());
        String path = url.replaceFirst("^https?://[^/]+", "");
        if (schemaType.contains("opinionnewsarticle")) {
            meta.type("opinion", "JSON-LD @type OpinionNewsArticle");
        } else if (schemaType.contains("analysisnewsarticle")) {
            meta.type("analysis", "JSON-LD @type AnalysisNewsArticle");
        } else if (OPINION.matcher(section).find()) {
            meta.type("opinion", "section '" + section + "'");
        } else if (!bylineKind.isEmpty()) {
            String type = bylineKind.equals("analysis") ? "analysis" : bylineKind.equals("review") ? "other" : "opinion";
            meta.type(type, "byline '" + bylineKind + " by ...'");
        } else if (OPINION.matcher(path).find()) {
            meta.type("opinion", "URL path '" + path + "'");
        } else if (ANALYSIS.matcher(section).find()) {
            meta.type("analysis", "section '" + section + "'");
        } else if (ANALYSIS.matcher(path).find()) {
            meta.type("analysis", "URL path '" + path + "'");
        } else if (schemaType.contains("newsarticle") || schemaType.contains("reportage")) {
            meta.type("news", "JSON-LD @type " + schemaType);
        } else if (!schemaType.isEmpty() && !schemaType.contains("article")) {
            meta.type("other", "JSON-LD @type " + schemaType + " is not a news article");
        } else if (ogType.equalsIgnoreCase("article") || schemaType.contains("article")) {
            meta.type("news", schemaType.isEmpty() ? "meta og:type article" : "JSON-LD @type " + schemaType);
        } else {
            meta.type("other", "no article type declared (JSON-LD @type, og:type)");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
