package dev.parallax.render;

import dev.parallax.brief.ActorEntry;
import dev.parallax.brief.ActorView;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.OutletCoverage;
import dev.parallax.brief.SideCoverage;
import dev.parallax.brief.SideSignals;
import dev.parallax.brief.ClaimView;
import dev.parallax.brief.FramingView;
import dev.parallax.brief.VoiceView;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineRef;
import dev.parallax.core.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The briefing as one self-contained HTML file (inline CSS, no scripts, nothing loaded from the network).
 * Every briefing sentence links to its span, highlighted in the full text of its article further down.
 * All text goes through jsoup's text nodes, so article content is escaped by construction.
 */
public final class HtmlRenderer implements Renderer {

    /** The story styles shared with the web UI, then what only the file needs. */
    private static final String CSS = StoryHtml.css() + """
            body{max-width:72rem;margin:2rem auto;padding:0 1rem}
            .article p{white-space:pre-wrap;font-family:Georgia,serif}.problem{color:#a00}
            section.story{border-top:3px solid #222;margin-top:3rem}
            """;

    /** Citations and article links point into this file: spans are marked in the article texts at its end. */
    private static final StoryHtml.Links LINKS = new StoryHtml.Links() {
        @Override
        public String spans(List<SourceRef> refs) {
            return "#" + Citations.anchor(refs.getFirst());
        }

        @Override
        public String article(String id) {
            return "#article-" + id;
        }

        @Override
        public String story(String id) {
            return "#" + id;
        }
    };


    @Override
    public String render(Briefing b) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text("Parallax briefing");
        doc.head().appendElement("style").appendText(CSS);
        Element body = doc.body();
        body.appendElement("h1").text("Parallax briefing");
        body.appendElement("p").addClass("meta").text(b.articles().size() + " articles, " + b.stories().size()
                + " stories · " + b.generated() + " · " + b.schema());
        StoryHtml stories = new StoryHtml(b, LINKS);
        for (StoryBrief s : b.stories()) {
            stories.render(body.appendElement("section").addClass("story").id(s.id()), s, 2, s.id() + "-", false);
        }
        if (!b.timeline().isEmpty()) {
            Element section = body.appendElement("section").id("timeline");
            section.appendElement("h2").text("Timeline across all stories");
            timeline(section.appendElement("ul"), b);
        }
        if (!b.actors().isEmpty()) {
            actors(body, b);
        }
        Element articles = body.appendElement("section").id("articles");
        articles.appendElement("h2").text("Articles");
        Map<String, List<SourceRef>> cited = citedSpans(b);
        for (ArticleView a : b.articles()) {
            article(articles.appendElement("article").addClass("article").id("article-" + a.id()), a,
                    cited.getOrDefault(a.id(), List.of()));
        }
        if (!b.problems().isEmpty()) {
            Element problems = body.appendElement("section").id("problems");
            problems.appendElement("h2").text("Problems");
            Element ul = problems.appendElement("ul");
            for (Problem p : b.problems()) {
                ul.appendElement("li").addClass("problem").text(p.stage() + " · " + p.location() + ": " + p.message());
            }
        }
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }

    /** Each story's events by date, each a link to the story that shows it. */
    private static void timeline(Element ul, Briefing b) {
        for (TimelineRef t : b.timeline()) {
            Element li = ul.appendElement("li");
            li.appendElement("span").addClass("date").text(Dates.of(t.date()));
            li.appendText(" ");
            li.appendElement("a").attr("href", "#" + t.story() + "-timeline")
                    .text(b.story(t.story()).headline() + ", timeline item " + (t.entry() + 1));
        }
    }

    private static void actors(Element body, Briefing b) {
        Element section = body.appendElement("section").id("actors");
        section.appendElement("h2").text("Actors");
        Element ul = section.appendElement("ul");
        for (ActorView a : b.actors()) {
            Element li = ul.appendElement("li").id("actor-" + a.id());
            li.appendElement("strong").text(a.name());
            li.appendText(" (" + a.type() + ")" + MarkdownRenderer.roles(a)
                    + (a.side() == null ? "" : " · side: " + a.side())
                    + (a.aliases().isEmpty() ? "" : " · also " + String.join(", ", a.aliases()))
                    + " · " + a.mentions().size() + " mentions");
        }
    }

    private static void article(Element el, ArticleView a, List<SourceRef> spans) {
        el.appendElement("h3").text(a.title() == null ? "(untitled)" : a.title());
        el.appendElement("p").addClass("meta").text(String.join(" · ", Stream.of(
                a.outlet() == null ? "outlet unknown" : a.outlet(), a.side(), MarkdownRenderer.published(a),
                a.type() == null ? "type unknown" : a.type(), a.origin(), a.id()).toList()));
        Element text = el.appendElement("p");
        List<SourceRef> inBounds = spans.stream().filter(r -> r.end() <= a.text().length()).toList();
        marked(text, a.text(), inBounds);
    }

    /**
     * The text with every cited span highlighted: the text is cut at every span boundary and each piece inside a
     * span becomes a {@code mark}; an empty {@code mark} with the span's anchor id opens each span, so spans that
     * overlap or nest all have a target.
     */
    private static void marked(Element parent, String text, List<SourceRef> spans) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
        Map<Integer, List<SourceRef>> starting = new TreeMap<>();
        for (SourceRef r : spans) {
            cuts.add(r.start());
            cuts.add(r.end());
            starting.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(r);
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int from = prev;
                int to = cut;
                starting.getOrDefault(from, List.of()).forEach(r -> parent.appendElement("mark")
                        .addClass("anchor").id(Citations.anchor(r)));
                String piece = text.substring(from, to);
                if (spans.stream().anyMatch(r -> r.start() <= from && r.end() >= to)) {
                    parent.appendElement("mark").text(piece);
                } else {
                    parent.appendText(piece);
                }
            }
            prev = cut;
        }
    }

    /** The distinct cited spans of each article, in text order. */
    private static Map<String, List<SourceRef>> citedSpans(Briefing b) {
        Map<String, List<SourceRef>> out = new TreeMap<>();
        b.stories().stream().flatMap(HtmlRenderer::refs)
                .forEach(r -> {
                    List<SourceRef> list = out.computeIfAbsent(r.article(), k -> new ArrayList<>());
                    if (list.stream().noneMatch(x -> x.start() == r.start() && x.end() == r.end())) {
                        list.add(r);
                    }
                });
        out.values().forEach(l -> l.sort(Comparator.comparingInt(SourceRef::start)
                .thenComparing(Comparator.comparingInt(SourceRef::end).reversed())));
        return out;
    }

    /** Every span a story cites: sentences, framing phrases and their counterparts, voices, timeline events. */
    private static Stream<SourceRef> refs(StoryBrief s) {
        Stream<Grounded> grounded = Stream.of(s.news().stream(),
                        s.signals().stream().flatMap(x -> Stream.concat(x.emphasis().stream(), x.onlyThisSide().stream())),
                        s.shared().stream().flatMap(c -> c.statements().stream()),
                        s.differences().stream().flatMap(c -> c.statements().stream()))
                .flatMap(g -> g);
        Stream<SourceRef> framing = s.signals().stream().flatMap(x -> x.framing().stream())
                .flatMap(f -> Stream.concat(f.evidence().stream(),
                        f.counterpart() == null ? Stream.empty() : f.counterpart().evidence().stream()));
        Stream<SourceRef> voices = Stream.concat(s.voices().stream(),
                s.signals().stream().flatMap(x -> x.voices().stream())).map(VoiceView::source);
        return Stream.of(grounded.flatMap(g -> g.sources().stream()), framing, voices,
                s.timeline().stream().flatMap(t -> t.sources().stream())).flatMap(x -> x);
    }
}
