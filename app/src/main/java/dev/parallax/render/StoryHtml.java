package dev.parallax.render;

import dev.parallax.brief.ActorEntry;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.ClaimView;
import dev.parallax.brief.FramingView;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.OutletCoverage;
import dev.parallax.brief.SideCoverage;
import dev.parallax.brief.SideSignals;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.brief.VoiceView;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: a story of a briefing. Adds: the story as HTML elements that read top to bottom like a Signals page —
 * headline, dates and outlets, The News, each side side by side (what it leads with, its framing phrases, what only
 * it reports, who it quotes and their words), where the sides differ, the timeline, actors and sources. One
 * renderer for the self-contained HTML briefing and the served story page; they differ only in their {@link Links}.
 * Citations are compact: the outlet's name, one link per article, opening every cited span of it. All text enters
 * through jsoup text nodes, so corpus content is escaped by construction. Scores and enum names stay in the JSON.
 */
public final class StoryHtml {

    /** Where citations and article links point: anchors in one file, or pages of the web server. */
    public interface Links {
        /** A link opening these spans, all of one article, in order of the text. */
        String spans(List<SourceRef> refs);

        String article(String id);

        /** A link to another story of the briefing. */
        String story(String id);
    }

    /** The ids of the section elements, in page order; each occurs at most once. */
    public static final List<String> SECTIONS = List.of("the-news", "signals", "voices", "where-they-differ",
            "who-quotes-whom", "timeline", "actors", "sources");

    /** Quoted words inside a span: straight or curly double quotes. */
    private static final Pattern QUOTED = Pattern.compile("“([^”]{2,})”|\"([^\"]{2,})\"");
    /** The "that" a reported clause opens with. */
    private static final Pattern COMPLEMENTIZER = Pattern.compile("^that\\s+(?=\\S)");
    /** What may stand between reporting words and the paraphrase that follows them: "said that", "warned:". */
    private static final Pattern BETWEEN = Pattern.compile("[\\s,:]*(that\\s+)?");
    private static final int QUOTE_CHARS = 240;
    private static final int QUOTES_SHOWN = 2;

    private final Briefing briefing;
    private final Links links;

    public StoryHtml(Briefing briefing, Links links) {
        this.briefing = briefing;
        this.links = links;
    }

    /** Appends the whole story to {@code into}; {@code chart} adds the placeholder the web page draws its chart in. */
    public void render(Element into, StoryBrief s, int headingLevel, String idPrefix, boolean chart) {
        String h = "h" + headingLevel;
        String sub = "h" + (headingLevel + 1);
        into.appendElement(h).addClass("story-headline").text(s.headline());
        header(into.appendElement("p").addClass("story-meta"), s);

        Element news = section(into, idPrefix + "the-news", sub, "The News");
        Element ul = news.appendElement("ul").addClass("news");
        for (Grounded g : s.news()) {
            grounded(ul.appendElement("li"), g);
        }

        if (!s.signals().isEmpty()) {
            Element signals = section(into, idPrefix + "signals", sub, "Signals");
            Element columns = signals.appendElement("div").addClass("sides");
            for (SideSignals side : s.signals()) {
                side(columns.appendElement("div").addClass("side").addClass(colour("side-c", side.side()))
                        .attr("data-side", side.side()), side, headingLevel + 2);
            }
        }
        List<VoiceView.Quoted> voices = VoiceView.bySpeaker(s.voices());
        if (!voices.isEmpty()) { // the voices of no side's column
            Element sec = section(into, idPrefix + "voices", sub, "Who it quotes");
            Element list = sec.appendElement("ul").addClass("voices");
            voices.forEach(v -> voice(list.appendElement("li").addClass("voice"), v));
        }
        differences(into, s, sub, idPrefix);
        WhoQuotesWhom quoted = WhoQuotesWhom.of(briefing, List.of(s));
        if (!quoted.rows().isEmpty()) {
            Element sec = section(into, idPrefix + "who-quotes-whom", sub, "Who quotes whom");
            whoQuotesWhom(sec, quoted, CHART_VOICES);
        }
        timeline(into, s, sub, idPrefix, chart);
        actors(into, s, sub, idPrefix);
        sources(into, s, sub, idPrefix);
    }

    /** "14 May 2024 · Semafor, Global Times · 2 articles · storyline: …" */
    private void header(Element p, StoryBrief s) {
        List<String> dates = s.articles().stream().map(id -> article(id).flatMap(StoryHtml::dateOf))
                .flatMap(Optional::stream).sorted().toList();
        if (!dates.isEmpty()) {
            String first = Dates.day(dates.getFirst());
            String last = Dates.day(dates.getLast());
            p.appendElement("span").addClass("dates").text(first.equals(last) ? first : first + " – " + last);
            p.appendText(" · ");
        }
        List<String> outlets = s.sources().stream().map(OutletCoverage::outlet).toList();
        p.appendElement("span").addClass("outlets").text(String.join(", ", outlets));
        p.appendText(" · " + count(s.articles().size(), "article"));
        List<StoryBrief> siblings = briefing.stories().stream()
                .filter(o -> o.storyline().equals(s.storyline()) && !o.id().equals(s.id())).toList();
        if (!siblings.isEmpty()) {
            p.appendText(" · same storyline: ");
            for (int i = 0; i < siblings.size(); i++) {
                if (i > 0) {
                    p.appendText("; ");
                }
                p.appendElement("a").addClass("storyline").attr("href", links.story(siblings.get(i).id()))
                        .text(siblings.get(i).headline());
            }
        }
    }

    private void side(Element col, SideSignals side, int level) {
        Element heading = col.appendElement("h" + level);
        heading.appendElement("span").addClass("side-name").text(side.side());
        heading.appendElement("span").addClass("side-outlets").text(String.join(", ", side.outlets()));
        if (!side.emphasis().isEmpty()) {
            Element leads = col.appendElement("div").addClass("leads");
            leads.appendElement("h" + (level + 1)).text("Leads with");
            Element ul = leads.appendElement("ul");
            side.emphasis().forEach(g -> grounded(ul.appendElement("li"), g));
        }
        if (!side.framing().isEmpty()) {
            Element framing = col.appendElement("div").addClass("framing");
            framing.appendElement("h" + (level + 1)).text("Framing");
            Element ul = framing.appendElement("ul").addClass("phrases");
            for (FramingView f : side.framing()) {
                Element li = ul.appendElement("li").addClass("phrase");
                li.appendElement("q").text(f.term());
                li.appendElement("span").addClass("count").attr("title", "times " + side.side() + " uses it")
                        .text("×" + f.count());
                cite(li, f.evidence());
            }
        }
        if (!side.onlyThisSide().isEmpty()) {
            Element only = col.appendElement("div").addClass("only");
            only.appendElement("h" + (level + 1)).text("Only " + side.side() + " reports");
            Element ul = only.appendElement("ul");
            side.onlyThisSide().forEach(g -> grounded(ul.appendElement("li"), g));
        }
        List<VoiceView.Quoted> voices = VoiceView.bySpeaker(side.voices());
        if (!voices.isEmpty()) {
            Element quotes = col.appendElement("div").addClass("voices");
            quotes.appendElement("h" + (level + 1)).text("Who it quotes");
            Element ul = quotes.appendElement("ul");
            voices.forEach(v -> voice(ul.appendElement("li").addClass("voice"), v));
        }
    }

    /** The speaker, their role in small print, and their first words, each with its citation; the rest in one marker. */
    private void voice(Element li, VoiceView.Quoted v) {
        Speaker who = Speaker.of(v.speaker());
        Element name = li.appendElement("span").addClass("speaker").text(who.name());
        if (v.actor() != null) {
            name.attr("data-actor", v.actor());
        }
        who.role().ifPresent(r -> li.appendElement("span").addClass("role").text(", " + r));
        // the words of spans no other section shows; the others are cited, with where their words are
        List<SourceRef> own = v.own();
        List<SourceRef> words = own.subList(0, Math.min(QUOTES_SHOWN, own.size()));
        for (SourceRef r : words) {
            Said said = words(v, r);
            Element quote = li.appendElement("blockquote").addClass("words");
            if (said.verbatim()) {
                quote.appendText(said.shown());
            } else {
                quote.addClass("paraphrase").appendElement("span").addClass("kind").text("paraphrase");
                quote.appendText(" ");
                if (!said.says().isEmpty()) {
                    quote.appendElement("span").addClass("says").text(said.says());
                    quote.appendText(" ");
                }
                quote.appendText(said.words());
            }
            cite(quote, List.of(r));
        }
        List<SourceRef> rest = v.sources().stream().filter(r -> !words.contains(r)).toList();
        if (!rest.isEmpty()) {
            Element more = li.appendElement("p").addClass("more");
            more.appendText((words.isEmpty() ? "" : "and ") + count(rest.size(), words.isEmpty() ? "passage" : "more passage")
                    + (v.shownIn().isEmpty() ? "" : ", words in " + String.join(", ",
                    v.shownIn().stream().map(MarkdownRenderer::section).toList())) + " ");
            cite(more, rest);
        }
    }

    /**
     * What a span says: its quoted words when it holds some, verbatim; else its reported content, a paraphrase in the
     * writer's words, which is never put inside quotation marks, after the words that report it when the text has
     * them right before it ("accused the US of …", "don't expect the talks to …"): without them a paraphrase can read
     * as the opposite of what was said.
     *
     * @param says the text from the reporting words to the paraphrase ("accused", "are concerned that"), or empty
     */
    record Said(String says, String words, boolean verbatim) {
        /** Quoted words inside curly quotation marks; a paraphrase as it stands, after its reporting words. */
        String shown() {
            return verbatim ? "“" + words + "”" : says.isEmpty() ? words : says + " " + words;
        }
    }

    /** What span {@code r} of voice {@code v} says (see {@link Said}). */
    Said words(VoiceView.Quoted v, SourceRef r) {
        return words(r, v.says().get(r));
    }

    /**
     * What the span says (see {@link Said}), on one line and cut at a word near {@value #QUOTE_CHARS} characters;
     * {@code says}, when not {@code null}, is the span of the words that report it.
     */
    Said words(SourceRef r, SourceRef says) {
        String all = article(r.article()).map(ArticleView::text).orElse("");
        String text = r.end() <= all.length() ? all.substring(r.start(), r.end()) : "";
        Matcher m = QUOTED.matcher(text);
        List<String> quoted = new ArrayList<>();
        while (m.find()) {
            quoted.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        boolean verbatim = !quoted.isEmpty();
        String words = (verbatim ? String.join(" … ", quoted) : text).replaceAll("\\s+", " ").strip();
        String reporting = "";
        if (!verbatim) {
            if (says != null && says.article().equals(r.article()) && says.end() <= r.start()
                    && r.start() <= all.length() && BETWEEN.matcher(all.substring(says.end(), r.start())).matches()) {
                // the text as written from the reporting words on: "are concerned that tensions …"
                reporting = all.substring(says.start(), r.start()).replaceAll("\\s+", " ").strip();
            } else { // "said that China has …" shown alone: the reader reads what was said, not the conjunction
                words = COMPLEMENTIZER.matcher(words).replaceFirst("");
            }
        }
        if (words.length() > QUOTE_CHARS) {
            int cut = words.lastIndexOf(' ', QUOTE_CHARS);
            words = words.substring(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS) + " …";
        }
        return new Said(reporting, words, verbatim);
    }

    /**
     * What several sides report, then claims the sides state differently, then the things they name differently: as
     * the briefing places them (a claim shown elsewhere is a reference to it).
     */
    private void differences(Element into, StoryBrief s, String h, String idPrefix) {
        List<ClaimView> contested = s.differences();
        List<FramingView> renamed = s.signals().stream().flatMap(x -> x.framing().stream())
                .filter(f -> f.counterpart() != null).toList();
        if (s.shared().isEmpty() && contested.isEmpty() && renamed.isEmpty()) {
            return;
        }
        Element sec = section(into, idPrefix + "where-they-differ", h, "Where they differ");
        if (!s.shared().isEmpty()) {
            Element block = sec.appendElement("div").addClass("agree");
            block.appendElement(sub(h)).text("Reported by " + (s.coverage().size() > 2 ? "several sides" : "both sides"));
            Element ul = block.appendElement("ul");
            for (ClaimView c : s.shared()) {
                claim(ul.appendElement("li"), c);
            }
        }
        if (!contested.isEmpty()) {
            Element block = sec.appendElement("div").addClass("contested");
            block.appendElement(sub(h)).text("Told differently");
            Element ul = block.appendElement("ul");
            for (ClaimView c : contested) {
                Element li = ul.appendElement("li");
                li.appendElement("span").addClass("claim-sides").text(claimLabel(c) + ": ");
                claim(li, c);
            }
        }
        if (!renamed.isEmpty()) {
            Element block = sec.appendElement("div").addClass("renamed");
            block.appendElement(sub(h)).text("Named differently");
            Element ul = block.appendElement("ul");
            Set<String> pairs = new HashSet<>();
            for (SideSignals side : s.signals()) {
                for (FramingView f : side.framing()) {
                    FramingView.Counterpart c = f.counterpart();
                    if (c == null || !pairs.add(pairKey(side.side(), f.term(), c.side(), c.term()))) {
                        continue;
                    }
                    Element li = ul.appendElement("li");
                    li.appendText(side.side() + " says ");
                    li.appendElement("q").text(f.term());
                    cite(li, f.evidence());
                    li.appendText(" where " + c.side() + " says ");
                    li.appendElement("q").text(c.term());
                    cite(li, c.evidence());
                }
            }
        }
    }

    /** How many voices the chart shows; the table lists them all. */
    public static final int CHART_VOICES = 15;
    private static final int CHART_WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int ROW_HEIGHT = 22;

    /**
     * A chart of the most quoted voices (each a bar split by the sides that quote it, in the sides' colours) and a
     * table of every voice by quoting outlet, grouped by side, with the counts; a count of passages from one article
     * links to them.
     */
    public void whoQuotesWhom(Element into, WhoQuotesWhom w, int chartVoices) {
        List<String> sides = sides(briefing).stream()
                .filter(x -> w.rows().stream().anyMatch(r -> r.side().equals(x))).toList();
        List<String> voices = w.voices();
        List<String> charted = voices.subList(0, Math.min(chartVoices, voices.size()));
        int most = charted.stream().mapToInt(w::total).max().orElse(1);
        Element legend = into.appendElement("p").addClass("legend sides-legend");
        legend.appendText("Passages quoted, by the side of the outlet quoting: ");
        for (String side : sides) {
            legend.appendElement("span").addClass("swatch").addClass(colour("bg-c", side));
            legend.appendElement("span").addClass("side-label").text(side);
            legend.appendText("  ");
        }
        int height = charted.size() * ROW_HEIGHT + 6;
        Element svg = into.appendElement("svg").addClass("chart").addClass("quotes-chart")
                .attr("viewBox", "0 0 " + CHART_WIDTH + " " + height).attr("width", String.valueOf(CHART_WIDTH))
                .attr("height", String.valueOf(height)).attr("role", "img")
                .attr("aria-label", "Most quoted voices, passages per side");
        double scale = (CHART_WIDTH - LABEL_WIDTH - 50) / (double) most;
        for (int i = 0; i < charted.size(); i++) {
            String voice = charted.get(i);
            int y = i * ROW_HEIGHT + 3;
            Element row = svg.appendElement("g").addClass("bar").attr("data-voice", voice);
            String label = voice.length() > 34 ? voice.substring(0, 33) + "…" : voice;
            row.appendElement("text").attr("x", String.valueOf(LABEL_WIDTH - 8)).attr("y", String.valueOf(y + 15))
                    .attr("text-anchor", "end").addClass("voice-label").text(label);
            double x = LABEL_WIDTH;
            for (Map.Entry<String, Integer> e : sorted(w.bySide(voice), sides).entrySet()) {
                double width = e.getValue() * scale;
                Element rect = row.appendElement("rect").addClass(colour("fill-c", e.getKey()))
                        .attr("x", String.format(java.util.Locale.ROOT, "%.1f", x)).attr("y", String.valueOf(y + 2))
                        .attr("width", String.format(java.util.Locale.ROOT, "%.1f", width))
                        .attr("height", String.valueOf(ROW_HEIGHT - 6)).attr("data-side", e.getKey())
                        .attr("data-count", String.valueOf(e.getValue()));
                rect.appendElement("title").text(voice + " — quoted by " + e.getKey() + ": " + e.getValue());
                x += width;
            }
            row.appendElement("text").attr("x", String.format(java.util.Locale.ROOT, "%.1f", x + 6))
                    .attr("y", String.valueOf(y + 15)).addClass("count").text(String.valueOf(w.total(voice)));
        }
        if (charted.size() < voices.size()) {
            into.appendElement("p").addClass("meta").text("The chart shows the " + charted.size()
                    + " most quoted of " + voices.size() + " voices; the table lists them all.");
        }
        List<WhoQuotesWhom.Row> columns = w.outletColumns(sides);
        Element table = into.appendElement("div").addClass("table-scroll").appendElement("table").addClass("who-quotes");
        Element head = table.appendElement("thead");
        Element bySide = head.appendElement("tr");
        bySide.appendElement("th").attr("rowspan", "2").attr("scope", "col").text("Voice");
        bySide.appendElement("th").attr("rowspan", "2").attr("scope", "col").text("Kind");
        for (String side : sides) {
            long n = columns.stream().filter(c -> c.side().equals(side)).count();
            bySide.appendElement("th").attr("colspan", String.valueOf(n)).attr("scope", "colgroup")
                    .addClass("side-head").addClass(colour("side-c", side)).text(side);
        }
        bySide.appendElement("th").attr("rowspan", "2").attr("scope", "col").text("Total");
        Element outlets = head.appendElement("tr");
        columns.forEach(c -> outlets.appendElement("th").attr("scope", "col").addClass("outlet").text(c.outlet()));
        Element body = table.appendElement("tbody");
        for (String voice : voices) {
            Element tr = body.appendElement("tr").attr("data-voice", voice);
            tr.appendElement("th").attr("scope", "row").addClass("voice-name").text(voice);
            tr.appendElement("td").addClass("kind").text(w.rows().stream().filter(r -> r.voice().equals(voice))
                    .findFirst().map(WhoQuotesWhom.Row::kind).orElse(""));
            for (WhoQuotesWhom.Row c : columns) {
                Element td = tr.appendElement("td").addClass("n").attr("data-outlet", c.outlet());
                w.rows().stream().filter(r -> r.voice().equals(voice) && r.outlet().equals(c.outlet())).findFirst()
                        .ifPresent(r -> {
                            if (r.articles() == 1) {
                                td.appendElement("a").attr("href", links.spans(r.sources().stream()
                                                .sorted(java.util.Comparator.comparingInt(SourceRef::start)).toList()))
                                        .attr("title", r.outlet() + " quotes " + voice + " in " + count(r.quotes(), "passage"))
                                        .text(String.valueOf(r.quotes()));
                            } else {
                                td.text(String.valueOf(r.quotes())).attr("title", r.outlet() + " quotes " + voice
                                        + " in " + count(r.quotes(), "passage") + " of " + r.articles() + " articles");
                            }
                        });
            }
            tr.appendElement("td").addClass("n").addClass("total").text(String.valueOf(w.total(voice)));
        }
    }

    /** The entries in the order of {@code sides}. */
    private static Map<String, Integer> sorted(Map<String, Integer> bySide, List<String> sides) {
        Map<String, Integer> out = new LinkedHashMap<>();
        sides.forEach(x -> {
            if (bySide.containsKey(x)) {
                out.put(x, bySide.get(x));
            }
        });
        bySide.forEach(out::putIfAbsent);
        return out;
    }

    private static String sub(String h) {
        return "h" + (Integer.parseInt(h.substring(1)) + 1);
    }

    /** The story styles, shared by the served pages ({@code /static/story.css}) and the self-contained file. */
    public static String css() {
        try (java.io.InputStream in = StoryHtml.class.getResourceAsStream("story.css")) {
            if (in == null) {
                throw new IllegalStateException("story.css is missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read story.css", e);
        }
    }

    private static String pairKey(String sideA, String termA, String sideB, String termB) {
        String a = sideA + "\u0000" + termA;
        String b = sideB + "\u0000" + termB;
        return a.compareTo(b) < 0 ? a + "\u0001" + b : b + "\u0001" + a;
    }

    /** A claim's relation in words, never its enum name. */
    private static String claimLabel(ClaimView c) {
        String sides = String.join(" and ", c.sides());
        return switch (c.label()) {
            case "contradicted" -> "Contradicted" + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")");
            case "one-side" -> "Only " + sides;
            case "several-sides", "shared" -> "Reported by " + sides;
            default -> sides;
        };
    }

    /** The statements of a claim: the first in full, further sides' wordings after it; or where it is shown. */
    private void claim(Element li, ClaimView c) {
        if (!c.shownIn().isEmpty()) {
            li.appendElement("span").addClass("see").text((li.childrenSize() == 0 ? "" : " ") + "In "
                    + MarkdownRenderer.section(c.shownIn()));
            cite(li, c.statements().stream().flatMap(g -> g.sources().stream()).toList());
            return;
        }
        for (int i = 0; i < c.statements().size(); i++) {
            Grounded g = c.statements().get(i);
            if (i == 0) {
                grounded(li, g);
            } else {
                Element other = li.appendElement("div").addClass("also");
                grounded(other, g);
            }
        }
    }

    private void timeline(Element into, StoryBrief s, String h, String idPrefix, boolean chart) {
        if (s.timeline().isEmpty()) {
            return;
        }
        Element sec = section(into, idPrefix + "timeline", h, "Timeline");
        if (chart) {
            sec.appendElement("div").attr("id", "timeline-chart").attr("data-story", s.id())
                    .attr("aria-label", "Dated events per period");
        }
        Element ol = sec.appendElement("ol").addClass("timeline");
        for (TimelineEntry t : s.timeline()) {
            Element li = ol.appendElement("li");
            li.appendElement("span").addClass("date").attr("title", "“" + t.expression() + "”").text(Dates.of(t.date()));
            if (t.shownIn().isEmpty()) {
                grounded(li.appendElement("span").addClass("event"), new Grounded(t.text(), t.sources()));
            } else {
                Element see = li.appendElement("span").addClass("event").addClass("see");
                see.appendText("in " + MarkdownRenderer.section(t.shownIn()));
                cite(see, t.sources());
            }
        }
    }

    private void actors(Element into, StoryBrief s, String h, String idPrefix) {
        if (s.actors().isEmpty()) {
            return;
        }
        Element sec = section(into, idPrefix + "actors", h, "Actors");
        Element ul = sec.appendElement("ul").addClass("actors");
        for (ActorEntry a : s.actors()) {
            Element li = ul.appendElement("li");
            li.appendElement("span").addClass("actor-name").text(a.name());
            String role = briefing.actors().stream().filter(x -> x.id().equals(a.id())).findFirst()
                    .map(MarkdownRenderer::roles).orElse("");
            li.appendElement("span").addClass("meta").text(" " + a.type() + role + " · " + count(a.mentions(), "mention"));
        }
    }

    private void sources(Element into, StoryBrief s, String h, String idPrefix) {
        Element sec = section(into, idPrefix + "sources", h, "Sources");
        Element ul = sec.appendElement("ul").addClass("sources");
        for (OutletCoverage o : s.sources()) {
            Element li = ul.appendElement("li");
            li.appendElement("span").addClass("outlet").text(o.outlet());
            sideOf(s, o).ifPresent(side -> li.appendElement("span").addClass("meta").text(" · " + side));
            Element inner = li.appendElement("ul");
            for (OutletCoverage.ArticleRef a : o.articles()) {
                Element item = inner.appendElement("li");
                item.appendElement("a").attr("href", links.article(a.id()))
                        .text(a.title() == null || a.title().isBlank() ? a.id() : a.title());
                String date = article(a.id()).flatMap(StoryHtml::dateOf).map(Dates::day).orElse("date unknown");
                boolean inferred = article(a.id()).map(x -> x.published() == null).orElse(false) && !date.equals("date unknown");
                item.appendElement("span").addClass("meta").text(" · " + date + (inferred ? " (inferred)" : "")
                        + (a.type() == null ? "" : " · " + a.type()));
            }
        }
    }

    private static Optional<String> sideOf(StoryBrief s, OutletCoverage o) {
        return s.coverage().stream().filter(c -> c.outlets().contains(o.outlet())).map(SideCoverage::side).findFirst();
    }

    private static Element section(Element into, String id, String h, String title) {
        Element sec = into.appendElement("section").attr("id", id).addClass("story-section");
        sec.appendElement(h).text(title);
        return sec;
    }

    /** A briefing sentence and its compact citation. */
    private void grounded(Element into, Grounded g) {
        into.appendElement("span").addClass("said").text(g.text());
        cite(into, g.sources());
    }

    /** One marker per article cited: the outlet's name, linking to every cited span of that article. */
    void cite(Element into, List<SourceRef> refs) {
        Map<String, List<SourceRef>> byArticle = new LinkedHashMap<>();
        refs.forEach(r -> byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r));
        byArticle.forEach((id, spans) -> {
            List<SourceRef> ordered = spans.stream().sorted(java.util.Comparator.comparingInt(SourceRef::start)).toList();
            Optional<ArticleView> a = article(id);
            String outlet = a.map(x -> x.outlet() != null ? x.outlet() : Citations.fileName(x.origin()))
                    .orElse(spans.getFirst().outlet());
            String title = a.map(ArticleView::title).filter(t -> t != null && !t.isBlank()).orElse(outlet)
                    + (ordered.size() > 1 ? " — " + ordered.size() + " passages" : "");
            into.appendText(" ");
            into.appendElement("a").addClass("cite").attr("href", links.spans(ordered)).attr("title", title)
                    .text(outlet);
        });
    }

    private Optional<ArticleView> article(String id) {
        return briefing.articles().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The colour class of a side ({@code prefix} + a number): fixed by the sides of the whole briefing, the largest
     * side first. The unknown side is grey ({@code prefix + "u"}), never a side's colour; beyond the palette the
     * colours repeat.
     */
    public String colour(String prefix, String side) {
        if (side.equals(UNKNOWN)) {
            return prefix + "u";
        }
        List<String> sides = sides(briefing).stream().filter(x -> !x.equals(UNKNOWN)).toList();
        int i = sides.indexOf(side);
        return i < 0 ? prefix + "u" : prefix + (i % PALETTE);
    }

    /** The side of articles whose outlet the registry does not know. */
    public static final String UNKNOWN = "unknown";
    private static final int PALETTE = 8;

    /** The sides of a briefing's articles, largest first (then by name), unknown last. */
    public static List<String> sides(Briefing b) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        b.articles().forEach(a -> counts.merge(a.side() == null ? "unknown" : a.side(), 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<String, Long>, Boolean>comparing(e -> e.getKey().equals("unknown"))
                        .thenComparing(Map.Entry.<String, Long>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** The stated publication date, else the inferred one. */
    public static Optional<String> dateOf(ArticleView a) {
        if (a.published() != null && !a.published().isBlank()) {
            return Optional.of(a.published());
        }
        return Optional.ofNullable(a.publishedInferred()).map(d -> d.value());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A speaker label as the briefing gives it, "Name (role)", split for display. */
    record Speaker(String name, Optional<String> role) {
        static Speaker of(String label) {
            int open = label.indexOf(" (");
            if (open > 0 && label.endsWith(")")) {
                return new Speaker(label.substring(0, open), Optional.of(label.substring(open + 2, label.length() - 1)));
            }
            return new Speaker(label, Optional.empty());
        }
    }
}
