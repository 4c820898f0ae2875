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
import dev.parallax.brief.TimelineEntry;
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

    private static final String CSS = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.6rem}h2{border-top:2px solid #222;padding-top:.6rem;margin-top:2.4rem}
            h3{font-size:1rem;text-transform:uppercase;letter-spacing:.06em;color:#555}
            .cite{font-size:.75rem;color:#06c;margin-left:.3rem;white-space:nowrap}
            .meta{color:#666;font-size:.85rem}.date{font-weight:600;white-space:nowrap}
            mark{background:#fff3a8}mark:target{background:#ffd24d;outline:2px solid #e0a800}
            .article p{white-space:pre-wrap}.problem{color:#a00}
            .signals{display:flex;gap:1.5rem;flex-wrap:wrap}.signals .side{flex:1 1 20rem}
            """;

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
        for (StoryBrief s : b.stories()) {
            story(body.appendElement("section").addClass("story").id(s.id()), b, s);
        }
        if (!b.timeline().isEmpty()) {
            Element section = body.appendElement("section").id("timeline");
            section.appendElement("h2").text("Timeline across all articles");
            timeline(section.appendElement("ul"), b, b.timeline());
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

    private static void story(Element section, Briefing b, StoryBrief s) {
        section.appendElement("h2").text(s.headline());
        section.appendElement("h3").text("The News");
        Element news = section.appendElement("ul");
        for (Grounded g : s.news()) {
            Element li = news.appendElement("li");
            li.appendText(g.text());
            cite(li, b, g.sources());
        }
        section.appendElement("h3").text("Sources");
        Element sources = section.appendElement("ul");
        for (OutletCoverage c : s.sources()) {
            Element li = sources.appendElement("li");
            li.appendElement("strong").text(c.outlet());
            for (OutletCoverage.ArticleRef a : c.articles()) {
                li.appendText(" · ");
                li.appendElement("a").attr("href", "#article-" + a.id())
                        .text(a.title() == null || a.title().isBlank() ? a.id() : a.title());
                li.appendElement("span").addClass("meta").text(" (" + (a.published() == null ? "date unknown" : a.published())
                        + ", " + (a.type() == null ? "type unknown" : a.type()) + ")");
            }
        }
        section.appendElement("h3").text("Coverage by " + b.perspective());
        Element sides = section.appendElement("ul").addClass("coverage");
        for (SideCoverage c : s.coverage()) {
            Element li = sides.appendElement("li");
            li.appendElement("strong").text(c.side());
            li.appendText(": " + c.articles().size() + (c.articles().size() == 1 ? " article" : " articles")
                    + " (" + String.join(", ", c.outlets()) + ")");
        }
        signals(section, b, s);
        if (!s.actors().isEmpty()) {
            section.appendElement("h3").text("Actors");
            Element ul = section.appendElement("ul");
            for (ActorEntry a : s.actors()) {
                ul.appendElement("li").text(a.name() + " (" + a.type() + ")" + MarkdownRenderer.roles(b.actor(a.id()))
                        + " · " + a.mentions() + " mentions in " + a.articles().size() + " articles"
                        + (a.aliases().isEmpty() ? "" : " · also " + String.join(", ", a.aliases())));
            }
        }
        if (!s.timeline().isEmpty()) {
            section.appendElement("h3").text("Timeline");
            timeline(section.appendElement("ul"), b, s.timeline());
        }
    }

    /** Signals per side, what more than one side reports, where they differ, and the voices. */
    private static void signals(Element section, Briefing b, StoryBrief s) {
        if (!s.signals().isEmpty()) {
            section.appendElement("h3").text("Signals");
            Element columns = section.appendElement("div").addClass("signals");
            for (SideSignals side : s.signals()) {
                Element col = columns.appendElement("div").addClass("side");
                col.appendElement("h4").text(side.side() + " (" + String.join(", ", side.outlets()) + ")");
                Element ul = col.appendElement("ul");
                grounded(ul, b, "Leads with: ", side.emphasis());
                if (!side.framing().isEmpty()) {
                    Element li = ul.appendElement("li").appendText("Framing: ");
                    for (FramingView f : side.framing()) {
                        li.appendElement("q").text(f.term());
                        li.appendText(" ×" + f.count() + " ");
                        mention(li, b, f.evidence());
                    }
                    for (FramingView f : side.framing()) {
                        if (f.counterpart() != null) {
                            Element pair = ul.appendElement("li").addClass("framing-pair")
                                    .appendText("Names it differently: " + side.side() + " ");
                            pair.appendElement("q").text(f.term());
                            pair.appendText(" ");
                            mention(pair, b, f.evidence());
                            pair.appendText(" ↔ " + f.counterpart().side() + " ");
                            pair.appendElement("q").text(f.counterpart().term());
                            pair.appendText(" ");
                            mention(pair, b, f.counterpart().evidence());
                        }
                    }
                }
                grounded(ul, b, "Only " + side.side() + " reports: ", side.onlyThisSide());
                for (VoiceView.Quoted q : VoiceView.bySpeaker(side.voices())) {
                    mention(ul.appendElement("li").appendText("Quotes " + q.speaker() + " "), b, q.sources());
                }
            }
        }
        claims(section, b, "Reported by more than one side", s.shared());
        claims(section, b, "Where they differ", s.differences());
        if (!s.voices().isEmpty()) {
            section.appendElement("h3").text("Voices");
            Element ul = section.appendElement("ul");
            for (VoiceView.Quoted q : VoiceView.bySpeaker(s.voices())) {
                mention(ul.appendElement("li").appendText(q.speaker() + " (quoted by " + q.side() + ") "), b, q.sources());
            }
        }
    }

    private static void claims(Element section, Briefing b, String heading, List<ClaimView> claims) {
        if (claims.isEmpty()) {
            return;
        }
        section.appendElement("h3").text(heading);
        Element ul = section.appendElement("ul");
        for (ClaimView c : claims) {
            Element li = ul.appendElement("li");
            li.appendElement("strong").text(c.label());
            li.appendText(" (" + String.join(", ", c.sides()) + ")" + (c.reason().isEmpty() ? "" : " · " + c.reason()));
            grounded(li.appendElement("ul"), b, "", c.statements());
        }
    }

    private static void grounded(Element ul, Briefing b, String prefix, List<Grounded> items) {
        for (Grounded g : items) {
            Element li = ul.appendElement("li").appendText(prefix + g.text());
            cite(li, b, g.sources());
        }
    }

    /** A citation of a span inside a sentence: named, not linked, since only whole cited sentences are marked. */
    private static void mention(Element parent, Briefing b, List<SourceRef> refs) {
        for (SourceRef r : refs) {
            parent.appendElement("span").addClass("cite").text("[" + Citations.label(b, r) + "]");
        }
    }

    private static void timeline(Element ul, Briefing b, List<TimelineEntry> entries) {
        for (TimelineEntry t : entries) {
            Element li = ul.appendElement("li");
            boolean inferred = !t.dates().isEmpty() && t.dates().getFirst().anchor().equals("inferred");
            li.appendElement("span").addClass("date").text(t.date());
            li.appendElement("span").addClass("meta").text(" (" + t.granularity() + ", “" + t.expression() + "”"
                    + (inferred ? ", from an inferred publication date" : "") + ") ");
            li.appendText(t.text());
            cite(li, b, t.sources());
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

    private static void cite(Element parent, Briefing b, List<SourceRef> refs) {
        for (SourceRef r : refs) {
            parent.appendElement("a").addClass("cite").attr("href", "#" + Citations.anchor(r))
                    .text("[" + Citations.label(b, r) + "]");
        }
    }

    private static void article(Element el, ArticleView a, List<SourceRef> spans) {
        el.appendElement("h3").text(a.title() == null ? "(untitled)" : a.title());
        el.appendElement("p").addClass("meta").text(String.join(" · ", Stream.of(
                a.outlet() == null ? "outlet unknown" : a.outlet(), a.side(), MarkdownRenderer.published(a),
                a.type() == null ? "type unknown" : a.type(), a.origin(), a.id()).toList()));
        Element text = el.appendElement("p");
        List<SourceRef> inBounds = spans.stream().filter(r -> r.end() <= a.text().length()).toList();
        marked(text, a.text(), 0, a.text().length(), inBounds);
    }

    /**
     * The text from {@code from} to {@code to} with each cited span in it marked; a span inside another (a clause of
     * a cited sentence) is marked inside its mark. A span that crosses another's edge stays unmarked.
     */
    private static void marked(Element parent, String text, int from, int to, List<SourceRef> spans) {
        int at = from;
        for (int i = 0; i < spans.size(); i++) {
            SourceRef r = spans.get(i);
            if (r.start() < at || r.end() > to) {
                continue;
            }
            parent.appendText(text.substring(at, r.start()));
            Element mark = parent.appendElement("mark").id(Citations.anchor(r));
            marked(mark, text, r.start(), r.end(), spans.subList(i + 1, spans.size()));
            at = r.end();
        }
        parent.appendText(text.substring(at, to));
    }

    /** The distinct cited spans of each article, in text order. */
    private static Map<String, List<SourceRef>> citedSpans(Briefing b) {
        Map<String, List<SourceRef>> out = new TreeMap<>();
        for (StoryBrief s : b.stories()) {
            Stream.concat(Stream.of(s.news().stream(),
                                    s.signals().stream().flatMap(x -> Stream.concat(x.emphasis().stream(), x.onlyThisSide().stream())),
                                    s.shared().stream().flatMap(c -> c.statements().stream()),
                                    s.differences().stream().flatMap(c -> c.statements().stream()))
                            .flatMap(g -> g).flatMap(g -> g.sources().stream()),
                            Stream.concat(s.timeline().stream(), b.timeline().stream()).flatMap(t -> t.sources().stream()))
                    .forEach(r -> {
                        List<SourceRef> list = out.computeIfAbsent(r.article(), k -> new ArrayList<>());
                        if (list.stream().noneMatch(x -> x.start() == r.start() && x.end() == r.end())) {
                            list.add(r);
                        }
                    });
        }
        // Outer spans first, so that a clause is marked inside its sentence.
        out.values().forEach(l -> l.sort(Comparator.comparingInt(SourceRef::start)
                .thenComparing(Comparator.comparingInt(SourceRef::end).reversed())));
        return out;
    }
}
