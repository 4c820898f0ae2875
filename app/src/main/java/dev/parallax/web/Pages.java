package dev.parallax.web;

import dev.parallax.brief.ActorEntry;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.SideCoverage;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.core.Span;
import dev.parallax.index.BriefingStore;
import dev.parallax.render.Dates;
import dev.parallax.render.StoryHtml;
import dev.parallax.render.StoryTables;
import dev.parallax.render.WhoQuotesWhom;
import dev.parallax.index.SearchHit;
import dev.parallax.index.SearchResults;
import dev.parallax.index.StoryChange;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HTML pages, built as jsoup elements: every piece of corpus text (article text, titles, outlet names, URLs)
 * enters through {@code text()} or an attribute value, so it is escaped by construction. Links are only made from
 * http(s) URLs. A story is rendered by {@link StoryHtml}, the renderer of the self-contained HTML briefing, from the
 * typed brief records; no JSON reaches a page.
 */
final class Pages {

    static final String UPLOT = "/webjars/uplot/1.6.30/dist/";
    static final String SWAGGER_UI = "/webjars/swagger-ui/5.34.1/";

    private Pages() {
    }

    private static Document page(String title, boolean chart) {
        Document doc = Document.createShell("");
        doc.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        doc.outputSettings().prettyPrint(false);
        doc.title(title + " — Parallax");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/story.css");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/app.css");
        if (chart) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", UPLOT + "uPlot.min.css");
            head.appendElement("script").attr("src", UPLOT + "uPlot.iife.min.js").attr("defer", "");
        }
        head.appendElement("script").attr("src", "/static/app.js").attr("defer", "");
        Element nav = doc.body().appendElement("nav");
        nav.appendElement("a").attr("href", "/").text("Parallax");
        Element links = nav.appendElement("span").addClass("nav-links");
        links.appendElement("a").attr("href", "/").text("Stories");
        links.appendElement("a").attr("href", "/voices").text("Who quotes whom");
        links.appendElement("a").attr("href", "/api-docs").text("API");
        Element form = nav.appendElement("form").attr("action", "/search").attr("method", "get");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "Search the corpus")
                .attr("aria-label", "Search");
        form.appendElement("button").attr("type", "submit").text("Search");
        return doc;
    }

    private static Element main(Document doc) {
        return doc.body().appendElement("main");
    }

    /**
     * The stories a {@link StoryQuery} keeps, in its order: a form to sort and filter them (plain GET, so it works
     * without JavaScript), then each story with its date range, outlets, lead sentence and coverage bar.
     */
    static String stories(BriefingStore.Version version, StoryQuery query, List<StoryBrief> shown,
                          Map<String, List<String>> params, Optional<String> error) {
        Briefing b = version.briefing();
        Document doc = page("Stories", false);
        Element main = main(doc).addClass("home");
        main.appendElement("h1").text("Stories");
        main.appendElement("p").addClass("meta").text(b.stories().size() + " stories from " + b.articles().size()
                + " articles · briefing version " + version.number() + " of " + Dates.day(b.generated())
                + " · sides by " + b.perspective());
        storyForm(main, b, query, params);
        error.ifPresent(e -> main.appendElement("p").addClass("problem").attr("role", "alert").text(e));
        StoryHtml view = new StoryHtml(b, LINKS);
        Element legend = main.appendElement("p").addClass("legend sides-legend");
        for (String side : StoryHtml.sides(b)) {
            legend.appendElement("span").addClass("swatch").addClass(view.colour("bg-c", side));
            legend.appendElement("span").addClass("side-label").text(side.equals(StoryHtml.UNKNOWN)
                    ? "side unknown (outlet not in the registry)" : side);
            legend.appendText("  ");
        }
        if (error.isEmpty()) {
            main.appendElement("p").addClass("meta").addClass("shown").text(query.filters()
                    ? shown.size() + " of " + count(b.stories().size(), "story", "stories") + " match · sorted by "
                    + query.sort().label : count(shown.size(), "story", "stories") + " · sorted by " + query.sort().label);
        }
        Element list = main.appendElement("ol").addClass("stories");
        for (StoryBrief s : shown) {
            Element li = list.appendElement("li").addClass("story").attr("data-story", s.id());
            li.appendElement("a").addClass("headline").attr("href", "/stories/" + enc(s.id())).text(s.headline());
            List<String> dates = s.articles().stream().map(id -> b.articles().stream().filter(x -> x.id().equals(id))
                    .findFirst().flatMap(StoryHtml::dateOf)).flatMap(Optional::stream).map(d -> d.substring(0, Math.min(10, d.length())))
                    .sorted().toList();
            String range = dates.isEmpty() ? "date unknown" : dates.getFirst().equals(dates.getLast())
                    ? Dates.day(dates.getFirst()) : Dates.day(dates.getFirst()) + " – " + Dates.day(dates.getLast());
            Element meta = li.appendElement("div").addClass("meta");
            meta.appendElement("span").addClass("dates").text(range);
            meta.appendText(" · " + String.join(", ", s.sources().stream().map(o -> o.outlet()).toList()) + " · ");
            meta.appendElement("span").addClass("size").text(count(s.articles().size(), "article", "articles"));
            meta.appendText(" · ");
            meta.appendElement("span").addClass("balance").text(balance(s));
            if (!s.news().isEmpty()) {
                li.appendElement("p").addClass("lead").text(s.news().getFirst().text());
            }
            Element bar = li.appendElement("div").addClass("coverage-bar").attr("aria-label", "Coverage per side");
            int total = Math.max(1, s.articles().size());
            for (SideCoverage c : s.coverage()) {
                // Widths by class, not inline style: the Content-Security-Policy forbids inline styles.
                bar.appendElement("span").addClass("segment").addClass(view.colour("bg-c", c.side()))
                        .addClass("grow-" + Math.max(1, Math.min(12, c.articles().size() * 12 / total)))
                        .attr("title", c.side() + ": " + c.articles().size() + " of " + total + " articles ("
                                + String.join(", ", c.outlets()) + ")")
                        .attr("data-side", c.side())
                        .attr("data-share", String.valueOf(c.articles().size() * 100 / total))
                        .text(c.side() + " " + c.articles().size());
            }
        }
        problems(main, b);
        return doc.outerHtml();
    }

    /** "only China", or "2 sides · 67% China" when one side has more than its share. */
    static String balance(StoryBrief s) {
        List<SideCoverage> sides = s.coverage().stream().filter(c -> !c.articles().isEmpty()).toList();
        if (sides.size() <= 1) {
            return sides.isEmpty() ? "no side" : sides.getFirst().side().equals(StoryHtml.UNKNOWN) ? "side unknown"
                    : "only " + sides.getFirst().side();
        }
        double share = StoryQuery.oneSidedness(s);
        String largest = StoryQuery.largestSide(s).map(SideCoverage::side).orElse("");
        return sides.size() + " sides" + (share * sides.size() > 1.0001
                ? " · " + Math.round(share * 100) + "% " + largest : ", evenly");
    }

    /** Sort and filter the stories: selects and date fields in a GET form, and a link per sort order. */
    private static void storyForm(Element main, Briefing b, StoryQuery query, Map<String, List<String>> params) {
        java.util.function.Function<String, String> p = name -> Optional.ofNullable(params.get(name))
                .filter(l -> !l.isEmpty()).map(List::getFirst).orElse("");
        Element sorts = main.appendElement("p").addClass("sorts").attr("aria-label", "Sort stories");
        sorts.appendText("Sort by ");
        for (StoryQuery.Sort sort : StoryQuery.Sort.values()) {
            if (sort == query.sort()) {
                sorts.appendElement("strong").addClass("sort-current").text(sort.label);
            } else {
                sorts.appendElement("a").addClass("sort").attr("href", query.withSort(sort)).text(sort.label);
            }
            sorts.appendText(" ");
        }
        Element form = main.appendElement("form").attr("action", "/").attr("method", "get").addClass("search")
                .addClass("story-filter");
        Element row = form.appendElement("div").addClass("row filters");
        // The sort links above choose the order; the form keeps it while the filters change.
        form.appendElement("input").attr("type", "hidden").attr("name", "sort").attr("value", query.sort().value);
        select(row, "side", "Side", p.apply("side"), options("any side", StoryHtml.sides(b)));
        input(row, "from", "From", p.apply("from"), "2024-05");
        input(row, "to", "To", p.apply("to"), "2024-05-31");
        row.appendElement("button").attr("type", "submit").text("Show");
        if (query.filters()) {
            row.appendElement("a").addClass("clear").attr("href", "/").text("all stories");
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String story(BriefingStore.Version version, StoryBrief s, Optional<StoryChange> change,
                        List<BriefingStore.StoryVersion> history) {
        Briefing b = version.briefing();
        Document doc = page(s.headline(), true);
        Element main = main(doc).addClass("story-page");
        new StoryHtml(b, LINKS).render(main, s, 1, "", true);
        change.filter(c -> !c.isEmpty()).ifPresent(c -> changes(main, c, b));
        Element export = main.appendElement("p").addClass("export");
        export.appendText("Download this story’s ");
        List<StoryTables.Table> tables = List.of(StoryTables.Table.values());
        for (int i = 0; i < tables.size(); i++) {
            StoryTables.Table t = tables.get(i);
            String base = "/api/stories/" + enc(s.id()) + "/" + t.value;
            export.appendElement("span").addClass("table-name").text(t == StoryTables.Table.VOICES ? "who quotes whom" : t.value);
            export.appendText(" (");
            export.appendElement("a").attr("href", base + "?format=csv").attr("download", "").text("CSV");
            export.appendText(", ");
            export.appendElement("a").attr("href", base).text("JSON");
            export.appendText(i < tables.size() - 1 ? ") · " : ")");
        }
        return doc.outerHtml();
    }

    /** Who quotes whom over the whole corpus: the voices by kind and side, the chart and the table by outlet. */
    static String voices(BriefingStore.Version version) {
        Briefing b = version.briefing();
        Document doc = page("Who quotes whom", false);
        Element main = main(doc).addClass("voices-page");
        main.appendElement("h1").text("Who quotes whom");
        WhoQuotesWhom w = WhoQuotesWhom.of(b, b.stories());
        Element intro = main.appendElement("p").addClass("meta");
        intro.appendText(w.voices().size() + " voices quoted in " + w.rows().stream().mapToInt(WhoQuotesWhom.Row::quotes).sum()
                + " passages of " + b.stories().size() + " stories. Download: ");
        intro.appendElement("a").attr("href", "/api/voices?format=csv").attr("download", "").text("CSV");
        intro.appendText(", ");
        intro.appendElement("a").attr("href", "/api/voices").text("JSON");
        if (w.rows().isEmpty()) {
            main.appendElement("p").text("No story quotes anyone by name yet.");
            return doc.outerHtml();
        }
        Element kinds = main.appendElement("section").attr("id", "kinds");
        kinds.appendElement("h2").text("Whom each side lets speak");
        Element table = kinds.appendElement("table").addClass("who-quotes").addClass("kinds");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Side");
        for (WhoQuotesWhom.Kind k : WhoQuotesWhom.Kind.values()) {
            head.appendElement("th").attr("scope", "col").text(k.plural);
        }
        head.appendElement("th").attr("scope", "col").text("All");
        Element body = table.appendElement("tbody");
        for (String side : StoryHtml.sides(b)) {
            List<WhoQuotesWhom.Row> rows = w.rows().stream().filter(r -> r.side().equals(side)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            int all = rows.stream().mapToInt(WhoQuotesWhom.Row::quotes).sum();
            Element tr = body.appendElement("tr").attr("data-side", side);
            tr.appendElement("th").attr("scope", "row").text(side);
            for (WhoQuotesWhom.Kind k : WhoQuotesWhom.Kind.values()) {
                int n = rows.stream().filter(r -> r.kind().equals(k.label)).mapToInt(WhoQuotesWhom.Row::quotes).sum();
                tr.appendElement("td").addClass("n").attr("data-kind", k.label)
                        .text(n == 0 ? "–" : n + " (" + Math.round(100.0 * n / all) + "%)");
            }
            tr.appendElement("td").addClass("n").addClass("total").text(String.valueOf(all));
        }
        Element voices = main.appendElement("section").attr("id", "who-quotes-whom");
        voices.appendElement("h2").text("The voices, by the outlets that quote them");
        new StoryHtml(b, LINKS).whoQuotesWhom(voices, w, 20);
        return doc.outerHtml();
    }

    /** Citations open the article page with their spans highlighted. */
    static final StoryHtml.Links LINKS = new StoryHtml.Links() {
        @Override
        public String spans(List<SourceRef> refs) {
            return spansHref(refs);
        }

        @Override
        public String article(String id) {
            return "/articles/" + enc(id);
        }

        @Override
        public String story(String id) {
            return "/stories/" + enc(id);
        }
    };

    private static void changes(Element main, StoryChange c, Briefing b) {
        Element box = main.appendElement("aside").addClass("changes").attr("id", "changes");
        box.appendElement("h2").text(c.since() == 0 ? "New story" : "What changed since version " + c.since());
        Element ul = box.appendElement("ul");
        c.newArticles().forEach(id -> {
            Element li = ul.appendElement("li").addClass("added");
            li.appendText("New article: ");
            articleLink(li, b, id);
        });
        c.goneArticles().forEach(id -> ul.appendElement("li").addClass("removed").text("Article left the story: " + id));
        if (c.since() > 0) {
            c.addedNews().forEach(t -> ul.appendElement("li").addClass("added").text("In The News: " + t));
            c.removedNews().forEach(t -> ul.appendElement("li").addClass("removed").text("No longer in The News: " + t));
        }
    }

    static String spanHref(SourceRef ref) {
        return spansHref(List.of(ref));
    }

    /** The article page of these spans (all of one article), each highlighted, the first in view. */
    static String spansHref(List<SourceRef> refs) {
        StringBuilder spans = new StringBuilder();
        for (SourceRef r : refs) {
            spans.append(spans.isEmpty() ? "" : ",").append(r.start()).append('-').append(r.end());
        }
        return "/articles/" + enc(refs.getFirst().article()) + "?spans=" + spans + "#hl";
    }

    private static void articleLink(Element into, Briefing b, String id) {
        Optional<ArticleView> a = b.articles().stream().filter(x -> x.id().equals(id)).findFirst();
        into.appendElement("a").attr("href", "/articles/" + enc(id))
                .text(a.map(x -> x.title() == null || x.title().isBlank() ? id : x.title()).orElse(id));
        a.ifPresent(x -> into.appendElement("span").addClass("meta").text(" — " + (x.outlet() == null ? "?" : x.outlet())
                + (x.published() == null ? "" : ", " + Dates.day(x.published()))));
    }

    static String article(Briefing b, ArticleView a, List<Span> highlights) {
        Document doc = page(a.title() == null || a.title().isBlank() ? a.id() : a.title(), false);
        Element main = main(doc).addClass("article-page");
        List<StoryBrief> stories = b.stories().stream().filter(s -> s.articles().contains(a.id())).toList();
        if (!stories.isEmpty()) {
            Element back = main.appendElement("p").addClass("back");
            back.appendText(stories.size() == 1 ? "Story: " : "Stories: ");
            for (int i = 0; i < stories.size(); i++) {
                if (i > 0) {
                    back.appendText(" · ");
                }
                back.appendElement("a").addClass("story-link").attr("href", "/stories/" + enc(stories.get(i).id()))
                        .text("← " + stories.get(i).headline());
            }
        }
        main.appendElement("h1").text(a.title() == null || a.title().isBlank() ? "(untitled)" : a.title());
        Element meta = main.appendElement("p").addClass("meta");
        meta.appendElement("span").addClass("outlet").text(a.outlet() == null ? "unknown outlet" : a.outlet());
        String published = a.published() != null ? Dates.day(a.published())
                : StoryHtml.dateOf(a).map(d -> Dates.day(d) + " (inferred; the article states no date)").orElse("no date");
        meta.appendText(" · " + (a.side() == null ? "side unknown" : a.side()) + " · " + published
                + (a.type() == null ? "" : " · " + a.type()));
        Element origin = main.appendElement("p").addClass("meta");
        origin.appendText("Origin: " + a.origin());
        if (a.url() != null && isWebUrl(a.url())) {
            origin.appendText(" · ");
            origin.appendElement("a").attr("href", a.url()).attr("rel", "noopener noreferrer nofollow")
                    .text(a.url());
        } else if (a.url() != null) {
            origin.appendText(" · URL (not a web link): " + a.url());
        }
        Element legend = main.appendElement("p").addClass("legend");
        for (String kind : List.of("quote", "speaker", "actor", "date")) {
            legend.appendElement("span").addClass("m-" + kind).text(kind);
            legend.appendText(" ");
        }
        if (!highlights.isEmpty()) {
            legend.appendElement("mark").addClass("m-hl").text(highlights.size() == 1 ? "cited span" : highlights.size() + " cited spans");
        }
        Element body = main.appendElement("article").addClass("text");
        List<ArticleMarks.Mark> marks = ArticleMarks.of(a.id(), a.text(), b);
        highlights.stream().filter(h -> h.end() <= a.text().length())
                .forEach(h -> marks.add(new ArticleMarks.Mark(h, "hl", "cited span")));
        marked(body, a.text(), marks);
        if (!a.problems().isEmpty()) {
            Element p = main.appendElement("section").addClass("problems");
            p.appendElement("h2").text("Problems");
            Element ul = p.appendElement("ul");
            a.problems().forEach(x -> ul.appendElement("li").text(x.toString()));
        }
        return doc.outerHtml();
    }

    /** Cuts the text at every mark boundary; each piece carries the classes of the marks covering it. */
    private static void marked(Element body, String text, List<ArticleMarks.Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (ArticleMarks.Mark m : marks) {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        }
        boolean anchored = false;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Span piece = new Span(prev, cut);
                List<ArticleMarks.Mark> covering = marks.stream().filter(m -> m.span().contains(piece)).toList();
                String segment = piece.of(text);
                if (covering.isEmpty()) {
                    body.appendText(segment);
                } else {
                    boolean hl = covering.stream().anyMatch(m -> m.kind().equals("hl"));
                    Element el = body.appendElement(hl ? "mark" : "span");
                    covering.stream().map(m -> "m-" + m.kind()).distinct().forEach(el::addClass);
                    el.attr("title", String.join("; ", covering.stream().map(ArticleMarks.Mark::label).distinct().toList()));
                    if (hl && !anchored) {
                        el.attr("id", "hl");
                        anchored = true;
                    }
                    el.text(segment);
                }
            }
            prev = cut;
        }
    }

    /** The search form with every filter of the API, the hits of one page, the total and links to the next pages. */
    static String search(Briefing b, Map<String, List<String>> params, Optional<SearchResults> results,
                         Optional<String> error) {
        java.util.function.Function<String, String> p = name -> Optional.ofNullable(params.get(name))
                .filter(l -> !l.isEmpty()).map(List::getFirst).orElse("");
        String query = p.apply("q").strip();
        Document doc = page(query.isBlank() ? "Search" : "Search: " + query, false);
        Element main = main(doc).addClass("search-page");
        main.appendElement("h1").text("Search");
        Element form = main.appendElement("form").attr("action", "/search").attr("method", "get").addClass("search");
        Element row = form.appendElement("div").addClass("row");
        row.appendElement("input").attr("type", "search").attr("name", "q").attr("value", query)
                .attr("aria-label", "Query").attr("placeholder", "words, \"a phrase\", or a question");
        select(row, "mode", "Find by", p.apply("mode"), new String[][]{{"hybrid", "words and meaning"},
                {"text", "words only"}, {"semantic", "meaning only"}});
        row.appendElement("button").attr("type", "submit").text("Search");
        Element filters = form.appendElement("div").addClass("row filters");
        select(filters, "outlet", "Outlet", p.apply("outlet"), options("any outlet",
                b.articles().stream().map(ArticleView::outlet).filter(o -> o != null).distinct().sorted().toList()));
        select(filters, "side", "Side", p.apply("side"), options("any side", StoryHtml.sides(b).stream()
                .filter(x -> !x.equals("unknown")).toList()));
        input(filters, "from", "From", p.apply("from"), "2024-05");
        input(filters, "to", "To", p.apply("to"), "2024-05-14");
        input(filters, "actor", "Actor", p.apply("actor"), "name or person:joe-biden");
        input(filters, "speaker", "Speaker", p.apply("speaker"), "Wang Wenbin");
        Element story = select(filters, "story", "Story", p.apply("story"), options("any story",
                b.stories().stream().map(StoryBrief::id).toList()));
        story.select("option").forEach(o -> b.stories().stream().filter(x -> x.id().equals(o.attr("value")))
                .findFirst().ifPresent(x -> o.text(x.headline())));
        error.ifPresent(e -> main.appendElement("p").addClass("problem").attr("role", "alert").text(e));
        results.ifPresent(r -> {
            Element summary = main.appendElement("p").addClass("meta").addClass("total");
            if (r.total() == 0) {
                summary.text("No sentence matches “" + query + "”." + ("semantic".equals(p.apply("mode"))
                        || "text".equals(p.apply("mode")) ? " Try finding by words and meaning." : ""));
            } else {
                summary.text(r.total() + (r.total() == 1 ? " sentence" : " sentences") + " match; showing "
                        + (r.offset() + 1) + "–" + (r.offset() + r.hits().size()) + ".");
            }
            Element ol = main.appendElement("ol").addClass("hits").attr("start", String.valueOf(r.offset() + 1));
            for (SearchHit h : r.hits()) {
                Element li = ol.appendElement("li").addClass("hit");
                li.appendElement("a").addClass("snippet")
                        .attr("href", spanHref(new SourceRef(h.article(), h.outlet(), h.start(), h.end())))
                        .text(h.snippet());
                Element meta = li.appendElement("div").addClass("meta");
                meta.appendElement("span").addClass("outlet").text(h.outlet().isBlank() ? "unknown outlet" : h.outlet());
                meta.appendText(h.published().isBlank() ? "" : " · " + Dates.day(h.published()));
                meta.appendText(" · ");
                meta.appendElement("a").addClass("hit-title").attr("href", "/articles/" + enc(h.article()))
                        .text(h.title().isBlank() ? h.article() : h.title());
                meta.appendText(" · " + h.origin() + " · found by " + h.match().replace("+", " and ")
                        .replace("text", "words"));
            }
            int limit = r.hits().isEmpty() ? 20 : Math.max(r.hits().size(), parseOr(p.apply("limit"), 20));
            Element pages = main.appendElement("nav").addClass("pages").attr("aria-label", "Result pages");
            if (r.offset() > 0) {
                pages.appendElement("a").attr("rel", "prev").attr("href", pageHref(params, Math.max(0, r.offset() - limit)))
                        .text("← Previous");
            }
            if (r.offset() + r.hits().size() < r.total()) {
                pages.appendElement("a").attr("rel", "next").attr("href", pageHref(params, r.offset() + r.hits().size()))
                        .text("Next →");
            }
        });
        return doc.outerHtml();
    }

    private static int parseOr(String s, int absent) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    private static String pageHref(Map<String, List<String>> params, int offset) {
        StringBuilder href = new StringBuilder("/search?");
        params.forEach((k, v) -> {
            if (!k.equals("offset") && !k.equals("token") && !v.isEmpty() && !v.getFirst().isBlank()) {
                href.append(enc(k)).append('=').append(enc(v.getFirst())).append('&');
            }
        });
        return href.append("offset=").append(offset).toString();
    }

    private static String[][] options(String any, List<String> values) {
        String[][] out = new String[values.size() + 1][];
        out[0] = new String[]{"", any};
        for (int i = 0; i < values.size(); i++) {
            out[i + 1] = new String[]{values.get(i), values.get(i)};
        }
        return out;
    }

    private static Element select(Element into, String name, String label, String value, String[][] options) {
        Element l = into.appendElement("label");
        l.appendElement("span").text(label);
        Element select = l.appendElement("select").attr("name", name);
        for (String[] o : options) {
            Element option = select.appendElement("option").attr("value", o[0]).text(o[1]);
            if (o[0].equals(value)) {
                option.attr("selected", "");
            }
        }
        return select;
    }

    private static void input(Element into, String name, String label, String value, String placeholder) {
        Element l = into.appendElement("label");
        l.appendElement("span").text(label);
        l.appendElement("input").attr("type", "text").attr("name", name).attr("value", value)
                .attr("placeholder", placeholder);
    }

    /**
     * The API documentation: Swagger UI (from its WebJar, served by this server) renders {@code /api/openapi.json};
     * {@code /static/api-docs.js} starts it, as the Content-Security-Policy forbids inline scripts.
     */
    static String apiDocs() {
        Document doc = page("API", false);
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", SWAGGER_UI + "swagger-ui.css");
        doc.head().appendElement("script").attr("src", SWAGGER_UI + "swagger-ui-bundle.js").attr("defer", "");
        doc.head().appendElement("script").attr("src", "/static/api-docs.js").attr("defer", "");
        Element main = main(doc).addClass("api-docs");
        main.appendElement("h1").text("API");
        Element intro = main.appendElement("p").addClass("meta");
        intro.appendText("Every endpoint answers JSON; an error is {\"status\": …, \"error\": \"…\"}. The document itself: ");
        intro.appendElement("a").attr("href", "/api/openapi.json").text("/api/openapi.json");
        intro.appendText(" (OpenAPI 3).");
        main.appendElement("div").attr("id", "swagger-ui");
        return doc.outerHtml();
    }

    static String message(String title, String text) {
        Document doc = page(title, false);
        Element main = main(doc);
        main.appendElement("h1").text(title);
        main.appendElement("p").text(text);
        return doc.outerHtml();
    }

    private static void problems(Element main, Briefing b) {
        if (b.problems().isEmpty()) {
            return;
        }
        Element sec = section(main, "problems", "Problems");
        Element ul = sec.appendElement("ul");
        b.problems().forEach(p -> ul.appendElement("li").addClass("problem").text(p.toString()));
    }

    private static Element section(Element main, String id, String title) {
        Element sec = main.appendElement("section").attr("id", id);
        sec.appendElement("h2").text(title);
        return sec;
    }

    /** {@code voicesBySide} → "Voices by side". */
    static String title(String field) {
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static boolean isWebUrl(String url) {
        try {
            String scheme = URI.create(url.strip()).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
