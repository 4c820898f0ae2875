package dev.parallax.render;

import dev.parallax.brief.ActorEntry;
import dev.parallax.brief.ActorView;
import dev.parallax.brief.InferredDate;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.ClaimView;
import dev.parallax.brief.SideSignals;
import dev.parallax.brief.VoiceView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.FramingView;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.OutletCoverage;
import dev.parallax.brief.SideCoverage;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.brief.TimelineRef;
import dev.parallax.core.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The briefing as Markdown that also reads well in a terminal; each sentence ends with short references to its spans. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Briefing b) {
        StringBuilder out = new StringBuilder();
        out.append("# Parallax briefing\n\n");
        out.append(b.articles().size()).append(" articles, ").append(b.stories().size()).append(" stories")
                .append(" · ").append(b.generated()).append("\n");
        int n = 0;
        for (StoryBrief s : b.stories()) {
            n++;
            Refs refs = new Refs(b);
            out.append("\n## ").append(n).append(". ").append(s.headline()).append("\n");
            out.append("\n### The News\n\n");
            for (Grounded g : s.news()) {
                out.append("- ").append(oneLine(g.text())).append(" ").append(refs.cite(g.sources())).append("\n");
            }
            signals(out, b, s, refs);
            out.append("\n### Sources\n\n");
            for (OutletCoverage c : s.sources()) {
                out.append("- **").append(c.outlet()).append("**: ");
                out.append(c.articles().stream().map(a -> "“" + (a.title() == null || a.title().isBlank() ? a.id() : a.title()) + "”"
                        + " (" + orUnknown(a.published(), "date unknown") + ", " + orUnknown(a.type(), "type unknown") + ")")
                        .collect(Collectors.joining("; "))).append("\n");
            }
            out.append("\n### Coverage by ").append(b.perspective()).append("\n\n");
            for (SideCoverage c : s.coverage()) {
                out.append("- **").append(c.side()).append("**: ").append(c.articles().size())
                        .append(c.articles().size() == 1 ? " article" : " articles").append(" (")
                        .append(String.join(", ", c.outlets())).append(")\n");
            }
            if (!s.actors().isEmpty()) {
                out.append("\n### Actors\n\n");
                for (ActorEntry a : s.actors()) {
                    out.append("- ").append(a.name()).append(" (").append(a.type()).append(")")
                            .append(roles(b.actor(a.id()))).append(" · ")
                            .append(a.mentions()).append(a.mentions() == 1 ? " mention" : " mentions")
                            .append(" in ").append(a.articles().size()).append(a.articles().size() == 1 ? " article" : " articles")
                            .append(a.aliases().isEmpty() ? "" : " · also " + String.join(", ", a.aliases()))
                            .append("\n");
                }
            }
            if (!s.timeline().isEmpty()) {
                out.append("\n### Timeline\n\n");
                for (TimelineEntry t : s.timeline()) {
                    timelineItem(out, t, refs);
                }
            }
            refs.list(out);
        }
        if (!b.timeline().isEmpty()) {
            // each event is shown in its story; here, in date order, the story and item that show it
            out.append("\n## Timeline across all stories\n\n");
            for (TimelineRef t : b.timeline()) {
                StoryBrief s = b.story(t.story());
                out.append("- **").append(t.date()).append("** (").append(t.granularity()).append(") story ")
                        .append(b.stories().indexOf(s) + 1).append(", timeline item ").append(t.entry() + 1)
                        .append(": ").append(s.headline()).append("\n");
            }
        }
        if (!b.actors().isEmpty()) {
            out.append("\n## Actors\n\n");
            for (ActorView a : b.actors()) {
                out.append("- **").append(a.name()).append("** (").append(a.type()).append(")").append(roles(a))
                        .append(a.side() == null ? "" : " · side: " + a.side())
                        .append(a.aliases().isEmpty() ? "" : " · also " + String.join(", ", a.aliases()))
                        .append(" · ").append(a.mentions().size()).append(a.mentions().size() == 1 ? " mention" : " mentions")
                        .append(" in ").append(a.mentions().stream().map(m -> m.article()).distinct().count())
                        .append(" article(s) · `").append(a.id()).append("`\n");
            }
        }
        out.append("\n## Articles\n\n");
        for (ArticleView a : b.articles()) {
            out.append("- `").append(a.id()).append("` ").append(orUnknown(a.title(), "(untitled)"))
                    .append(" · ").append(orUnknown(a.outlet(), "outlet unknown"))
                    .append(a.outletInfo().known() ? "" : " (not in the outlet registry)")
                    .append(" · ").append(a.side())
                    .append(" · ").append(published(a))
                    .append(" · ").append(orUnknown(a.type(), "type unknown"))
                    .append(" · ").append(a.origin()).append("\n");
        }
        if (!b.problems().isEmpty()) {
            out.append("\n## Problems\n\n");
            for (Problem p : b.problems()) {
                out.append("- ").append(p.stage()).append(" · ").append(p.location()).append(": ").append(p.message()).append("\n");
            }
        }
        return out.toString();
    }

    private static void timelineItem(StringBuilder out, TimelineEntry t, Refs refs) {
        boolean inferred = !t.dates().isEmpty() && t.dates().getFirst().anchor().equals("inferred");
        out.append("- **").append(t.date()).append("** (").append(t.granularity()).append(", “")
                .append(t.expression()).append("”").append(inferred ? ", from an inferred publication date" : "")
                .append(") ").append(t.shownIn().isEmpty() ? oneLine(t.text()) : "in " + section(t.shownIn()))
                .append(" ").append(refs.cite(t.sources()));
        if (t.sources().size() > 1) {
            out.append(" · ").append(t.sources().size()).append(" sources");
        }
        out.append("\n");
    }

    /** The title of a story section by its JSON key, for a reference to what it shows. */
    static String section(String key) {
        return switch (key) {
            case "news" -> "The News";
            case "shared" -> "what more than one side reports";
            case "differences" -> "where they differ";
            case "onlyThisSide" -> "what only one side reports";
            case "emphasis" -> "what a side leads with";
            case "timeline" -> "the timeline";
            case "voices" -> "another voice's words";
            default -> key;
        };
    }

    /** " · spokesperson, Chinese Foreign Ministry; …" or nothing. */
    static String roles(ActorView a) {
        return a.roles().isEmpty() ? "" : " · " + a.roles().stream()
                .map(r -> r.affiliation() == null ? r.title() : r.title().isBlank() ? r.affiliation() : r.title() + ", " + r.affiliation())
                .collect(Collectors.joining("; "));
    }

    /** The stated date, or "date unknown" with Parallax's inference and its evidence. */
    static String published(ArticleView a) {
        if (a.published() != null && !a.published().isBlank()) {
            return a.published();
        }
        InferredDate d = a.publishedInferred();
        if (d == null || d.value() == null) {
            return "date unknown" + (d == null ? "" : " (not inferred: " + d.evidence() + ")");
        }
        String window = d.earliest() != null && d.latest() != null && !d.earliest().equals(d.latest())
                ? ", between " + d.earliest() + " and " + d.latest() : "";
        return "date not stated; inferred " + d.value() + window + String.format(java.util.Locale.ROOT,
                " (confidence %.2f): ", d.confidence()) + d.evidence();
    }

    /** Signals, Where they differ and Voices: extractive sentences and fixed templates filled from spans. */
    private static void signals(StringBuilder out, Briefing b, StoryBrief s, Refs refs) {
        List<String> siblings = b.stories().stream().filter(o -> o.storyline().equals(s.storyline()) && o != s)
                .map(StoryBrief::headline).toList();
        if (!siblings.isEmpty()) {
            out.append("\nSame storyline: ").append(String.join("; ", siblings)).append("\n");
        }
        StoryHtml words = new StoryHtml(b, null);
        if (!s.signals().isEmpty()) {
            out.append("\n### Signals\n");
            for (SideSignals side : s.signals()) {
                out.append("\n#### ").append(side.side()).append(" (").append(String.join(", ", side.outlets())).append(")\n\n");
                for (Grounded g : side.emphasis()) {
                    out.append("- Leads with: ").append(oneLine(g.text())).append(" ").append(refs.cite(g.sources())).append("\n");
                }
                if (!side.framing().isEmpty()) {
                    out.append("- Framing: ").append(side.framing().stream().map(f -> "“" + f.term() + "” ×" + f.count()
                            + " " + refs.cite(f.evidence())).collect(Collectors.joining(", "))).append("\n");
                    for (FramingView f : side.framing()) {
                        if (f.counterpart() != null) {
                            out.append("- Names it differently: ").append(side.side()).append(" “").append(f.term())
                                    .append("” ").append(refs.cite(f.evidence())).append(" ↔ ").append(f.counterpart().side())
                                    .append(" “").append(f.counterpart().term()).append("” ")
                                    .append(refs.cite(f.counterpart().evidence())).append("\n");
                        }
                    }
                }
                for (Grounded g : side.onlyThisSide()) {
                    out.append("- Only ").append(side.side()).append(" reports: ").append(oneLine(g.text())).append(" ")
                            .append(refs.cite(g.sources())).append("\n");
                }
                // One line a speaker, with every span the side quotes them on.
                for (VoiceView.Quoted q : VoiceView.bySpeaker(side.voices())) {
                    out.append(paraphrased(q, words) ? "- Paraphrases " : "- Quotes ").append(q.speaker()).append(": ")
                            .append(quoted(q, words)).append(" ")
                            .append(refs.cite(q.sources())).append("\n");
                }
            }
        }
        if (!s.shared().isEmpty()) {
            out.append("\n### Reported by more than one side\n\n");
            for (ClaimView c : s.shared()) {
                out.append("- Reported by ").append(String.join(" and ", c.sides()));
                statements(out, c, refs);
            }
        }
        if (!s.differences().isEmpty()) {
            out.append("\n### Where they differ\n\n");
            for (ClaimView c : s.differences()) {
                out.append("- ").append(c.label().equals("contradicted") ? "Contradicted" : "Only")
                        .append(" ").append(String.join(" and ", c.sides()))
                        .append(c.reason().isEmpty() ? "" : " · " + c.reason());
                statements(out, c, refs);
            }
        }
        if (!s.voices().isEmpty()) { // the voices of no side's Signals
            out.append("\n### Voices\n\n");
            for (VoiceView.Quoted q : VoiceView.bySpeaker(s.voices())) {
                out.append("- ").append(q.speaker()).append(paraphrased(q, words) ? " (paraphrased by " : " (quoted by ")
                        .append(q.side()).append("): ")
                        .append(quoted(q, words)).append(" ").append(refs.cite(q.sources())).append("\n");
            }
        }
    }

    /** A claim's statements, one a line; or, when another section shows the claim, a reference to it. */
    private static void statements(StringBuilder out, ClaimView c, Refs refs) {
        if (!c.shownIn().isEmpty()) {
            out.append(" · in ").append(section(c.shownIn())).append(" ")
                    .append(refs.cite(c.statements().stream().flatMap(g -> g.sources().stream()).toList())).append("\n");
            return;
        }
        out.append("\n");
        for (Grounded g : c.statements()) {
            out.append("  - ").append(oneLine(g.text())).append(" ").append(refs.cite(g.sources())).append("\n");
        }
    }

    /** The words of a voice's first span no other section shows; else where they are shown. */
    private static String quoted(VoiceView.Quoted q, StoryHtml words) {
        return q.own().isEmpty() ? "words in " + String.join(", ", q.shownIn().stream().map(MarkdownRenderer::section).toList())
                : oneLine(words.words(q, q.own().getFirst()).shown());
    }

    /**
     * Whether the line of a voice stands for the writer's paraphrase of them rather than their quoted words: the
     * words it shows, or, when another section shows them, the words it refers to.
     */
    private static boolean paraphrased(VoiceView.Quoted q, StoryHtml words) {
        SourceRef first = q.own().isEmpty() ? q.sources().getFirst() : q.own().getFirst();
        return !words.words(q, first).verbatim();
    }

    /**
     * Short references of one story: a citation is the outlet and a number, {@code [Semafor 3]}; the story ends with
     * the numbered list saying which article and which characters each number is.
     */
    static final class Refs {
        private final Briefing briefing;
        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private final List<String> lines = new ArrayList<>();

        Refs(Briefing briefing) {
            this.briefing = briefing;
        }

        /** One reference per article cited, covering all its spans here. */
        String cite(List<SourceRef> refs) {
            Map<String, List<SourceRef>> byArticle = new LinkedHashMap<>();
            refs.forEach(r -> byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r));
            List<String> out = new ArrayList<>();
            byArticle.forEach((id, spans) -> {
                ArticleView a = briefing.article(id);
                String outlet = a.outlet() != null ? a.outlet() : Citations.fileName(a.origin());
                String where = spans.stream().sorted(java.util.Comparator.comparingInt(SourceRef::start))
                        .map(r -> r.start() + "–" + r.end()).collect(Collectors.joining(", "));
                String line = outlet + ", “" + orUnknown(a.title(), "(untitled)") + "” (" + a.origin() + "), characters "
                        + where;
                int n = numbers.computeIfAbsent(line, k -> {
                    lines.add(k);
                    return lines.size();
                });
                out.add("[" + outlet + " " + n + "]");
            });
            return String.join(" ", out);
        }

        void list(StringBuilder out) {
            if (lines.isEmpty()) {
                return;
            }
            out.append("\nReferences:\n\n");
            for (int i = 0; i < lines.size(); i++) {
                out.append(i + 1).append(". ").append(lines.get(i)).append("\n");
            }
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String orUnknown(String value, String unknown) {
        return value == null || value.isBlank() ? unknown : value;
    }
}
