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
 * Reads: one story's articles, their sides and outlets, its {@link Comparison} and the voices of its articles.
 * Adds: the Signals sections — per side its emphasis, framing with evidence, facts only it reports and voices; the
 * claims every side reports; where the sides differ — and passes on The News as {@link NewsPicker} chose it. Every
 * sentence is an article's own, cited by its span.
 */
final class SignalsWriter {

    private static final int ONLY_PER_SIDE = 3;
    private static final int LEAD_POSITIONS = 8;

    record Sections(List<Grounded> news, List<SideSignals> signals, List<ClaimView> shared,
                    List<ClaimView> differences, List<VoiceView> voices) {
    }

    /**
     * @param own     the story's own articles
     * @param members the articles compared: the story's own
     * @param picked  The News, as {@link NewsPicker} chose it from the story's own articles
     */
    Sections write(List<AnnotatedArticle> own, List<AnnotatedArticle> members, Map<String, String> sideOf, Comparison c,
                   List<Grounded> picked, Map<String, List<Voice>> voicesByArticle) {
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        members.forEach(a -> byId.put(a.id(), a));
        List<ClaimView> shared = new ArrayList<>();
        List<ClaimView> differences = new ArrayList<>();
        Map<String, List<Grounded>> only = new LinkedHashMap<>();
        for (ClaimGroup g : c.groups()) {
            ClaimView view = view(g, byId);
            switch (g.label()) {
                case SHARED, SEVERAL_SIDES -> shared.add(view);
                case CONTRADICTED -> differences.add(view);
                case ONE_SIDE -> {
                    String side = g.sides().iterator().next();
                    if (!side.equals("unknown") && c.sides().size() >= 2) {
                        List<Grounded> list = only.computeIfAbsent(side, k -> new ArrayList<>());
                        if (list.size() < ONLY_PER_SIDE && informative(g.claims().getFirst())) {
                            list.add(view.statements().getFirst());
                        }
                    }
                }
            }
        }
        only.forEach((side, facts) -> facts.forEach(f -> differences.add(new ClaimView("one-side", List.of(side), "",
                List.of(f)))));

        List<Grounded> news = List.copyOf(picked);

        List<VoiceView> voices = new ArrayList<>();
        for (AnnotatedArticle a : members) {
            for (Voice v : voicesByArticle.getOrDefault(a.id(), List.of())) {
                voices.add(new VoiceView(v.speaker(), sideOf.getOrDefault(a.id(), "unknown"), Briefer.ref(a, v.span())));
            }
        }
        List<SideSignals> signals = new ArrayList<>();
        for (String side : c.sides()) {
            List<AnnotatedArticle> ofSide = members.stream().filter(a -> side.equals(sideOf.get(a.id()))).toList();
            List<Grounded> emphasis = new ArrayList<>();
            for (AnnotatedArticle a : ofSide) {
                c.groups().stream().flatMap(g -> g.claims().stream()).filter(cl -> cl.article().equals(a.id()))
                        .filter(SignalsWriter::informative).min(Comparator.comparingInt(Claim::position))
                        .ifPresent(cl -> emphasis.add(grounded(cl, byId)));
            }
            List<FramingView> framing = c.framing().stream().filter(t -> t.side().equals(side))
                    .map(t -> new FramingView(t.term(), t.zScore(), t.count(), t.aligned(), refs(t.evidence(), byId),
                            t.counterpart().map(o -> new FramingView.Counterpart(o.side(), o.term(), o.cosine(),
                                    refs(o.evidence(), byId))).orElse(null)))
                    .toList();
            signals.add(new SideSignals(side, ofSide.stream().map(a -> a.article().outlet()).distinct().toList(),
                    emphasis, framing, only.getOrDefault(side, List.of()),
                    voices.stream().filter(v -> v.side().equals(side)).toList()));
        }
        return new Sections(news, signals, shared, differences, voices);
    }

    private static List<SourceRef> refs(List<FramingTerm.Use> uses, Map<String, AnnotatedArticle> byId) {
        return uses.stream().map(u -> Briefer.ref(byId.get(u.article()), u.span())).toList();
    }

    /** A claim worth a reader's line: early in its article, or with a name, number or date in it. */
    private static boolean informative(Claim c) {
        return c.position() < LEAD_POSITIONS || !c.numbers().isEmpty() || !c.dates().isEmpty() || c.entities().size() >= 2;
    }

    private static ClaimView view(ClaimGroup g, Map<String, AnnotatedArticle> byId) {
        return new ClaimView(g.label().name().toLowerCase(Locale.ROOT).replace('_', '-'), List.copyOf(g.sides()),
                g.reason(), g.claims().stream().map(cl -> grounded(cl, byId)).toList());
    }

    private static Grounded grounded(Claim c, Map<String, AnnotatedArticle> byId) {
        return new Grounded(c.text(), List.of(Briefer.ref(byId.get(c.article()), c.span())));
    }
}
