package dev.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.parallax.index.SearchHit;
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
 * http(s) URLs. Story sections the page does not know (fields added to the briefing later) are rendered
 * generically from the story's JSON, so a new section shows up without a change here.
 */
final class Pages {

    static final String UPLOT = "/webjars/uplot/1.6.30/dist/";
    /** StoryBrief fields with a dedicated rendering; any other field is rendered generically. */
    private static final Set<String> KNOWN = Set.of("id", "headline", "articles", "news", "sources", "coverage",
            "actors", "timeline");
    private static final ObjectMapper JSON = new ObjectMapper();

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
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/app.css");
        if (chart) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", UPLOT + "uPlot.min.css");
            head.appendElement("script").attr("src", UPLOT + "uPlot.iife.min.js").attr("defer", "");
        }
        head.appendElement("script").attr("src", "/static/app.js").attr("defer", "");
        Element nav = doc.body().appendElement("nav");
        nav.appendElement("a").attr("href", "/").text("Parallax");
        Element form = nav.appendElement("form").attr("action", "/search").attr("method", "get");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "Search the corpus")
                .attr("aria-label", "Search");
        form.appendElement("button").attr("type", "submit").text("Search");
        return doc;
    }

    private static Element main(Document doc) {
        return doc.body().appendElement("main");
    }

    static String stories(BriefingStore.Version version) {
        Briefing b = version.briefing();
        Document doc = page("Stories", false);
        Element main = main(doc);
        main.appendElement("h1").text("Stories");
        main.appendElement("p").addClass("meta").text(b.stories().size() + " stories from " + b.articles().size()
                + " articles · briefing version " + version.number() + " of " + b.generated()
                + " · sides by " + b.perspective());
        Element list = main.appendElement("ol").addClass("stories");
        for (StoryBrief s : b.stories()) {
            Element li = list.appendElement("li").addClass("story");
            li.appendElement("a").addClass("headline").attr("href", "/stories/" + enc(s.id())).text(s.headline());
            li.appendElement("span").addClass("meta").text(" · " + s.articles().size() + " articles");
            Element sides = li.appendElement("div").addClass("coverage");
            int total = Math.max(1, s.articles().size());
            for (SideCoverage c : s.coverage()) {
                Element side = sides.appendElement("div").addClass("side");
                side.appendElement("span").addClass("side-name").text(c.side());
                side.appendElement("meter").attr("min", "0").attr("max", String.valueOf(total))
                        .attr("value", String.valueOf(c.articles().size()));
                side.appendElement("span").addClass("meta").text(c.articles().size() + " · "
                        + String.join(", ", c.outlets()));
            }
        }
        problems(main, b);
        return doc.outerHtml();
    }

    static String story(BriefingStore.Version version, StoryBrief s, Optional<StoryChange> change,
                        List<BriefingStore.StoryVersion> history) {
        Briefing b = version.briefing();
        Document doc = page(s.headline(), true);
        Element main = main(doc);
        main.appendElement("h1").text(s.headline());
        main.appendElement("p").addClass("meta").text(s.articles().size() + " articles · story " + s.id()
                + " · version " + version.number() + (history.size() > 1 ? " (" + history.size() + " versions)" : ""));
        change.filter(c -> !c.isEmpty()).ifPresent(c -> changes(main, c, b));

        Element news = section(main, "the-news", "The News");
        Element ul = news.appendElement("ul").addClass("news");
        for (Grounded g : s.news()) {
            grounded(ul.appendElement("li"), g.text(), g.sources(), b);
        }

        Element coverage = section(main, "coverage", "Coverage by side");
        Element columns = coverage.appendElement("div").addClass("columns");
        for (SideCoverage c : s.coverage()) {
            Element col = columns.appendElement("div").addClass("column");
            col.appendElement("h3").text(c.side());
            Element list = col.appendElement("ul");
            for (String id : c.articles()) {
                articleLink(list.appendElement("li"), b, id);
            }
        }

        JsonNode json = JSON.valueToTree(s);
        json.properties().forEach(field -> {
            if (!KNOWN.contains(field.getKey()) && !field.getValue().isNull()
                    && !(field.getValue().isArray() && field.getValue().isEmpty())) {
                generic(section(main, "x-" + field.getKey(), title(field.getKey())), field.getValue(), b);
            }
        });

        differences(main, s, b);

        Element timeline = section(main, "timeline", "Timeline");
        if (!s.timeline().isEmpty()) {
            timeline.appendElement("div").attr("id", "timeline-chart").attr("data-story", s.id())
                    .attr("aria-label", "Dated events per period");
        }
        Element tl = timeline.appendElement("ol").addClass("timeline");
        for (TimelineEntry t : s.timeline()) {
            Element li = tl.appendElement("li");
            li.appendElement("span").addClass("date").text(t.date());
            li.appendText(" ");
            grounded(li, t.text(), t.sources(), b);
        }

        Element actors = section(main, "actors", "Actors");
        Element al = actors.appendElement("ul").addClass("actors");
        for (ActorEntry a : s.actors()) {
            Element li = al.appendElement("li");
            li.appendElement("b").text(a.name());
            li.appendElement("span").addClass("meta").text(" " + a.type() + " · " + a.mentions() + " mentions in "
                    + a.articles().size() + " articles");
        }

        Element sources = section(main, "sources", "Sources");
        Element sl = sources.appendElement("ul");
        s.sources().forEach(o -> {
            Element li = sl.appendElement("li");
            li.appendElement("b").text(o.outlet());
            Element inner = li.appendElement("ul");
            o.articles().forEach(a -> articleLink(inner.appendElement("li"), b, a.id()));
        });
        return doc.outerHtml();
    }

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

    /** Sentences of The News and the timeline grouped by which sides report them. */
    private static void differences(Element main, StoryBrief s, Briefing b) {
        if (s.coverage().size() < 2) {
            return;
        }
        Map<String, List<Element>> bySides = new LinkedHashMap<>();
        List<Grounded> items = new ArrayList<>(s.news());
        s.timeline().forEach(t -> items.add(new Grounded(t.text(), t.sources())));
        Set<String> seen = new java.util.HashSet<>();
        for (Grounded g : items) {
            if (!seen.add(g.text())) {
                continue;
            }
            Set<String> sides = new TreeSet<>();
            g.sources().forEach(r -> sides.add(sideOf(b, r.article())));
            String key = sides.size() == s.coverage().size() ? "Reported by every side" : "Only " + String.join(" and ", sides);
            Element li = new Element("li");
            grounded(li, g.text(), g.sources(), b);
            bySides.computeIfAbsent(key, k -> new ArrayList<>()).add(li);
        }
        Element sec = section(main, "differences", "Where they differ");
        Element columns = sec.appendElement("div").addClass("columns");
        bySides.forEach((key, lis) -> {
            Element col = columns.appendElement("div").addClass("column");
            col.appendElement("h3").text(key);
            Element ul = col.appendElement("ul");
            lis.forEach(ul::appendChild);
        });
    }

    private static String sideOf(Briefing b, String articleId) {
        return b.articles().stream().filter(a -> a.id().equals(articleId)).findFirst()
                .map(a -> a.side() == null ? "unknown" : a.side()).orElse("unknown");
    }

    /** A field added to the briefing after this page was written: items with a side go into side-by-side columns. */
    private static void generic(Element into, JsonNode value, Briefing b) {
        if (value.isArray()) {
            boolean bySide = value.size() > 0 && value.get(0).isObject() && value.get(0).has("side");
            if (bySide) {
                Map<String, Element> columns = new LinkedHashMap<>();
                Element row = into.appendElement("div").addClass("columns");
                for (JsonNode item : value) {
                    String side = item.path("side").asText("unknown");
                    Element col = columns.computeIfAbsent(side, k -> {
                        Element c = row.appendElement("div").addClass("column");
                        c.appendElement("h3").text(k);
                        return c.appendElement("ul");
                    });
                    genericItem(col.appendElement("li"), item, b);
                }
            } else {
                Element ul = into.appendElement("ul");
                for (JsonNode item : value) {
                    genericItem(ul.appendElement("li"), item, b);
                }
            }
        } else {
            genericItem(into.appendElement("div"), value, b);
        }
    }

    private static void genericItem(Element into, JsonNode item, Briefing b) {
        if (!item.isObject()) {
            into.text(item.isTextual() ? item.asText() : item.toString());
            return;
        }
        List<SourceRef> refs = refs(item);
        String text = firstText(item, "text", "name", "label", "title", "headline");
        if (text != null) {
            if (refs.isEmpty()) {
                into.appendElement("span").text(text);
            } else {
                grounded(into, text, refs, b);
            }
        }
        Element meta = into.appendElement("span").addClass("meta");
        item.properties().forEach(f -> {
            JsonNode v = f.getValue();
            String k = f.getKey();
            if (v.isValueNode() && !v.isNull() && !k.equals("side") && !v.asText().equals(text)
                    && !Set.of("article", "start", "end").contains(k)) {
                meta.appendText(" · " + title(k) + ": " + v.asText());
            } else if (v.isObject() && !isRef(v)) {
                String name = firstText(v, "name", "text", "label");
                if (name != null) {
                    meta.appendText(" · " + title(k) + ": " + name);
                }
            } else if (v.isArray() && v.size() > 0 && !k.equals("sources") && v.get(0).isObject() && !isRef(v.get(0))) {
                Element sub = into.appendElement("div").addClass("sub");
                sub.appendElement("span").addClass("meta").text(title(k));
                generic(sub, v, b);
            }
        });
        if (refs.isEmpty() && text == null) {
            into.appendElement("code").text(item.toString());
        }
    }

    private static String firstText(JsonNode item, String... names) {
        for (String n : names) {
            if (item.path(n).isTextual()) {
                return item.path(n).asText();
            }
        }
        return null;
    }

    private static boolean isRef(JsonNode n) {
        return n.has("article") && n.has("start") && n.has("end");
    }

    private static List<SourceRef> refs(JsonNode item) {
        List<SourceRef> out = new ArrayList<>();
        List<JsonNode> candidates = new ArrayList<>();
        for (String f : List.of("sources", "source", "span", "quote")) {
            JsonNode v = item.path(f);
            if (v.isArray()) {
                v.forEach(candidates::add);
            } else if (v.isObject()) {
                candidates.add(v);
            }
        }
        if (isRef(item)) {
            candidates.add(item);
        }
        for (JsonNode n : candidates) {
            if (isRef(n) && n.path("start").asInt(-1) >= 0 && n.path("end").asInt(-1) >= n.path("start").asInt()) {
                out.add(new SourceRef(n.path("article").asText(), n.path("outlet").asText(""),
                        n.path("start").asInt(), n.path("end").asInt()));
            }
        }
        return out;
    }

    /** A briefing sentence linking to its first span, then one small citation link per source. */
    private static void grounded(Element into, String text, List<SourceRef> sources, Briefing b) {
        SourceRef first = sources.getFirst();
        into.appendElement("a").addClass("grounded").attr("href", spanHref(first)).text(text);
        for (SourceRef ref : sources) {
            into.appendElement("a").addClass("cite").attr("href", spanHref(ref))
                    .attr("title", "[" + ref.start() + ", " + ref.end() + ") of " + ref.article())
                    .text(ref.outlet().isBlank() ? outletOf(b, ref.article()) : ref.outlet());
        }
    }

    private static String outletOf(Briefing b, String id) {
        return b.articles().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> a.outlet() == null ? "source" : a.outlet()).orElse("source");
    }

    static String spanHref(SourceRef ref) {
        return "/articles/" + enc(ref.article()) + "?start=" + ref.start() + "&end=" + ref.end() + "#hl";
    }

    private static void articleLink(Element into, Briefing b, String id) {
        Optional<ArticleView> a = b.articles().stream().filter(x -> x.id().equals(id)).findFirst();
        into.appendElement("a").attr("href", "/articles/" + enc(id))
                .text(a.map(x -> x.title() == null || x.title().isBlank() ? id : x.title()).orElse(id));
        a.ifPresent(x -> into.appendElement("span").addClass("meta").text(" — " + (x.outlet() == null ? "?" : x.outlet())
                + (x.published() == null ? "" : ", " + x.published())));
    }

    static String article(Briefing b, ArticleView a, Optional<Span> highlight) {
        Document doc = page(a.title() == null || a.title().isBlank() ? a.id() : a.title(), false);
        Element main = main(doc);
        main.appendElement("h1").text(a.title() == null || a.title().isBlank() ? "(untitled)" : a.title());
        Element meta = main.appendElement("p").addClass("meta");
        meta.appendElement("span").addClass("outlet").text(a.outlet() == null ? "unknown outlet" : a.outlet());
        meta.appendText(" · " + (a.side() == null ? "unknown" : a.side()) + " · "
                + (a.published() == null ? "no date" : a.published()) + " · " + (a.type() == null ? "" : a.type()));
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
        Element body = main.appendElement("article").addClass("text");
        List<ArticleMarks.Mark> marks = ArticleMarks.of(a.id(), a.text(), b);
        highlight.filter(h -> h.end() <= a.text().length())
                .ifPresent(h -> marks.add(new ArticleMarks.Mark(h, "hl", "cited span")));
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

    static String search(String query, String mode, List<SearchHit> hits, Optional<String> error) {
        Document doc = page(query.isBlank() ? "Search" : "Search: " + query, false);
        Element main = main(doc);
        main.appendElement("h1").text("Search");
        Element form = main.appendElement("form").attr("action", "/search").attr("method", "get").addClass("search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("value", query).attr("aria-label", "Query");
        Element select = form.appendElement("select").attr("name", "mode").attr("aria-label", "Mode");
        for (String m : List.of("text", "semantic")) {
            Element o = select.appendElement("option").attr("value", m).text(m.equals("text") ? "words (BM25)" : "meaning");
            if (m.equals(mode)) {
                o.attr("selected", "");
            }
        }
        form.appendElement("button").attr("type", "submit").text("Search");
        error.ifPresent(e -> main.appendElement("p").addClass("problem").text(e));
        if (!query.isBlank() && error.isEmpty()) {
            main.appendElement("p").addClass("meta").text(hits.size() + " hits");
        }
        Element ol = main.appendElement("ol").addClass("hits");
        for (SearchHit h : hits) {
            Element li = ol.appendElement("li").addClass("hit");
            li.appendElement("a").addClass("hit-title").attr("href", "/articles/" + enc(h.article()))
                    .text(h.title().isBlank() ? h.article() : h.title());
            li.appendElement("span").addClass("meta").text(" — " + (h.outlet().isBlank() ? "?" : h.outlet())
                    + (h.published().isBlank() ? "" : ", " + h.published()) + " · " + h.origin()
                    + String.format(Locale.ROOT, " · score %.3f", h.score()));
            li.appendElement("div").appendElement("a").addClass("snippet")
                    .attr("href", spanHref(new SourceRef(h.article(), h.outlet(), h.start(), h.end())))
                    .text(h.snippet());
        }
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
