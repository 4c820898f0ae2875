package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.compare.Claim;
import dev.parallax.compare.ClaimGroup;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.FramingTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads: one story's articles, their sides and outlets, its {@link Comparison}, the voices of its articles and its
 * timeline. Adds: the Signals sections — per side its emphasis, framing with evidence, facts only it reports and
 * voices; the claims more than one side reports; where the sides differ — and passes on The News as
 * {@link NewsPicker} chose it. Every sentence is an article's own, cited by its span.
 *
 * <p>This is the one place that decides where each item of a story is shown. Each claim keeps the one label the
 * comparison gave it. An item is shown in the first section that holds it, in this order: The News, the claims
 * (shared or several sides, then contradicted), the facts only one side reports, each side's lead, the timeline,
 * the voices. A later section that holds it again either passes it over (a one-side fact or a lead, which are picks)
 * or keeps it as a reference — {@code shownIn}, the key of the section showing it — without its sentence: a claim
 * group The News states (its label and every side's span stay), a dated event whose sentence is already shown (its
 * date stays), a voice whose words are already shown, by a section or by another voice's passage (the speaker
 * stays, as who the side quotes). Two items are one
 * when their spans overlap in an article; a claim group is one item, whichever of its statements is shown.
 */
final class SignalsWriter {

    /** Section keys, as the fields of {@link StoryBrief} and {@link SideSignals} are named in JSON. */
    static final String NEWS = "news";
    static final String SHARED = "shared";
    static final String DIFFERENCES = "differences";
    static final String ONLY = "onlyThisSide";
    static final String EMPHASIS = "emphasis";
    static final String TIMELINE = "timeline";
    static final String VOICES = "voices";

    private static final int ONLY_PER_SIDE = 3;
    private static final int LEAD_POSITIONS = 8;

    record Sections(List<Grounded> news, List<SideSignals> signals, List<ClaimView> shared,
                    List<ClaimView> differences, List<VoiceView> voices, List<TimelineEntry> timeline) {
    }

    /** The spans shown so far in a story, each with the key of the section showing it. */
    private static final class Shown {
        private final List<SourceRef> spans = new ArrayList<>();
        private final List<String> sections = new ArrayList<>();

        void add(String section, List<SourceRef> refs) {
            refs.forEach(r -> {
                spans.add(r);
                sections.add(section);
            });
        }

        /** The section showing a span that overlaps one of these, or empty. */
        String where(List<SourceRef> refs) {
            for (SourceRef r : refs) {
                for (int i = 0; i < spans.size(); i++) {
                    SourceRef c = spans.get(i);
                    if (c.article().equals(r.article()) && c.start() < r.end() && r.start() < c.end()) {
                        return sections.get(i);
                    }
                }
            }
            return "";
        }
    }

    /**
     * @param own      the story's own articles
     * @param members  the articles compared: the story's own
     * @param picked   The News, as {@link NewsPicker} chose it from the story's own articles
     * @param timeline the story's timeline
     */
    Sections write(List<AnnotatedArticle> own, List<AnnotatedArticle> members, Map<String, String> sideOf, Comparison c,
                   List<Grounded> picked, Map<String, List<Voice>> voicesByArticle, List<TimelineEntry> timeline) {
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        members.forEach(a -> byId.put(a.id(), a));
        Shown shown = new Shown();
        picked.forEach(g -> shown.add(NEWS, g.sources()));

        // The claims: every group several sides report, and every contradicted one, with its one label. A group
        // The News states is kept as a reference to it.
        List<ClaimView> shared = new ArrayList<>();
        List<ClaimView> differences = new ArrayList<>();
        List<ClaimView> placed = new ArrayList<>();
        for (ClaimGroup g : c.groups()) {
            if (g.label() == ClaimGroup.Label.ONE_SIDE) {
                continue;
            }
            List<Grounded> statements = g.claims().stream().map(cl -> grounded(cl, byId)).toList();
            String where = shown.where(statements.stream().flatMap(x -> x.sources().stream()).toList());
            ClaimView view = new ClaimView(label(g), List.copyOf(g.sides()), g.reason(), statements, where);
            (g.label() == ClaimGroup.Label.CONTRADICTED ? differences : shared).add(view);
            placed.add(view);
        }
        for (ClaimView v : placed) {
            if (v.shownIn().isEmpty()) {
                shown.add(v.label().equals("contradicted") ? DIFFERENCES : SHARED,
                        v.statements().stream().flatMap(x -> x.sources().stream()).toList());
            }
        }

        Map<String, List<Grounded>> only = new LinkedHashMap<>();
        for (ClaimGroup g : c.groups()) {
            if (g.label() != ClaimGroup.Label.ONE_SIDE) {
                continue;
            }
            String side = g.sides().iterator().next();
            Grounded fact = grounded(g.claims().getFirst(), byId);
            if (!side.equals("unknown") && c.sides().size() >= 2 && informative(g.claims().getFirst())
                    && shown.where(fact.sources()).isEmpty()) {
                List<Grounded> list = only.computeIfAbsent(side, k -> new ArrayList<>());
                if (list.size() < ONLY_PER_SIDE) {
                    list.add(fact);
                    shown.add(ONLY, fact.sources());
                }
            }
        }

        Map<String, List<Grounded>> emphasis = new LinkedHashMap<>();
        for (String side : c.sides()) {
            for (AnnotatedArticle a : members) {
                if (!side.equals(sideOf.get(a.id()))) {
                    continue;
                }
                c.groups().stream().flatMap(g -> g.claims().stream()).filter(cl -> cl.article().equals(a.id()))
                        .filter(SignalsWriter::informative).min(Comparator.comparingInt(Claim::position))
                        .map(cl -> grounded(cl, byId)).filter(g -> shown.where(g.sources()).isEmpty())
                        .ifPresent(g -> {
                            emphasis.computeIfAbsent(side, k -> new ArrayList<>()).add(g);
                            shown.add(EMPHASIS, g.sources());
                        });
            }
        }

        // an entry shows its first source's sentence; the others are cited only
        List<TimelineEntry> dated = new ArrayList<>();
        for (TimelineEntry t : timeline) {
            TimelineEntry entry = t.shownIn(shown.where(t.sources().subList(0, 1)));
            if (entry.shownIn().isEmpty()) {
                shown.add(TIMELINE, t.sources().subList(0, 1));
            }
            dated.add(entry);
        }

        List<VoiceView> voices = new ArrayList<>();
        for (AnnotatedArticle a : members) {
            for (Voice v : voicesByArticle.getOrDefault(a.id(), List.of())) {
                SourceRef ref = Briefer.ref(a, v.span());
                String where = shown.where(List.of(ref));
                if (where.isEmpty()) {
                    shown.add(VOICES, List.of(ref)); // a passage within another voice's words is shown with those
                }
                voices.add(new VoiceView(v.speaker(), v.actor().orElse(null), sideOf.getOrDefault(a.id(), "unknown"),
                        ref, where, Briefer.ref(a, v.says())));
            }
        }

        List<SideSignals> signals = new ArrayList<>();
        for (String side : c.sides()) {
            List<AnnotatedArticle> ofSide = members.stream().filter(a -> side.equals(sideOf.get(a.id()))).toList();
            List<FramingView> framing = c.framing().stream().filter(t -> t.side().equals(side))
                    .map(t -> new FramingView(t.term(), t.zScore(), t.count(), t.aligned(), refs(t.evidence(), byId),
                            t.counterpart().map(o -> new FramingView.Counterpart(o.side(), o.term(), o.cosine(),
                                    refs(o.evidence(), byId))).orElse(null)))
                    .toList();
            signals.add(new SideSignals(side, ofSide.stream().map(a -> a.article().outlet()).distinct().toList(),
                    emphasis.getOrDefault(side, List.of()), framing, only.getOrDefault(side, List.of()),
                    voices.stream().filter(v -> v.side().equals(side)).toList()));
        }
        // a voice is listed once: in its side's Signals, or here when its article has no side the story compares
        return new Sections(picked, signals, shared, differences,
                voices.stream().filter(v -> !c.sides().contains(v.side())).toList(), dated);
    }

    private static List<SourceRef> refs(List<FramingTerm.Use> uses, Map<String, AnnotatedArticle> byId) {
        return uses.stream().map(u -> Briefer.ref(byId.get(u.article()), u.span())).toList();
    }

    /** A claim worth a reader's line: early in its article, or with a name, number or date in it. */
    private static boolean informative(Claim c) {
        return c.position() < LEAD_POSITIONS || !c.numbers().isEmpty() || !c.dates().isEmpty() || c.entities().size() >= 2;
    }

    /** The group's label as JSON writes it: {@code shared}, {@code several-sides}, {@code contradicted}, {@code one-side}. */
    static String label(ClaimGroup g) {
        return g.label().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Grounded grounded(Claim c, Map<String, AnnotatedArticle> byId) {
        return new Grounded(c.text(), List.of(Briefer.ref(byId.get(c.article()), c.span())));
    }
}
