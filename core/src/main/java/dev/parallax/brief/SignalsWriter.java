package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.compare.Claim;
import dev.parallax.compare.ClaimGroup;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.FramingTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Stream;
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
            switch (g.label()) {
                case SHARED, SEVERAL_SIDES -> shared.add(view(g, byId));
                case CONTRADICTED -> differences.add(view(g, byId));
                case ONE_SIDE -> { }
            }
        }

        // Each cited span is shown once in a story: The News first (NewsPicker never picks a contradicted sentence,
        // which is left to where the sides differ), then the claims as the comparison groups them, then what only
        // one side reports, then each side's lead; a later section leaves out what an earlier shows.
        List<SourceRef> cited = new ArrayList<>();
        picked.forEach(g -> cited.addAll(g.sources()));
        shared = withoutCited(shared, cited);
        differences = withoutCited(differences, cited);
        Stream.concat(shared.stream(), differences.stream()).flatMap(v -> v.statements().stream())
                .forEach(g -> cited.addAll(g.sources()));
        for (ClaimGroup g : c.groups()) {
            if (g.label() != ClaimGroup.Label.ONE_SIDE) {
                continue;
            }
            String side = g.sides().iterator().next();
            Grounded fact = grounded(g.claims().getFirst(), byId);
            if (!side.equals("unknown") && c.sides().size() >= 2 && informative(g.claims().getFirst())
                    && !isCited(fact, cited)) {
                List<Grounded> list = only.computeIfAbsent(side, k -> new ArrayList<>());
                if (list.size() < ONLY_PER_SIDE) {
                    list.add(fact);
                    cited.addAll(fact.sources());
                }
            }
        }

        List<VoiceView> voices = new ArrayList<>();
        for (AnnotatedArticle a : members) {
            for (Voice v : voicesByArticle.getOrDefault(a.id(), List.of())) {
                voices.add(new VoiceView(v.speaker(), v.actor().orElse(null), sideOf.getOrDefault(a.id(), "unknown"),
                        Briefer.ref(a, v.span())));
            }
        }
        List<SideSignals> signals = new ArrayList<>();
        for (String side : c.sides()) {
            List<AnnotatedArticle> ofSide = members.stream().filter(a -> side.equals(sideOf.get(a.id()))).toList();
            List<Grounded> emphasis = new ArrayList<>();
            for (AnnotatedArticle a : ofSide) {
                c.groups().stream().flatMap(g -> g.claims().stream()).filter(cl -> cl.article().equals(a.id()))
                        .filter(SignalsWriter::informative).min(Comparator.comparingInt(Claim::position))
                        .map(cl -> grounded(cl, byId)).filter(g -> !isCited(g, cited))
                        .ifPresent(g -> {
                            emphasis.add(g);
                            cited.addAll(g.sources());
                        });
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
        // a voice is listed once: in its side's Signals, or here when its article has no side the story compares
        return new Sections(picked, signals, shared, differences,
                voices.stream().filter(v -> !c.sides().contains(v.side())).toList());
    }

    /** The claim views without the statements already cited; a view left without any is dropped. */
    private static List<ClaimView> withoutCited(List<ClaimView> views, List<SourceRef> cited) {
        List<ClaimView> out = new ArrayList<>();
        for (ClaimView v : views) {
            List<Grounded> rest = v.statements().stream().filter(g -> !isCited(g, cited))
                    .toList();
            if (!rest.isEmpty()) {
                out.add(new ClaimView(v.label(), v.sides(), v.reason(), rest));
            }
        }
        return out;
    }

    /** True when one of the sentence's spans overlaps a span already cited. */
    static boolean isCited(Grounded g, List<SourceRef> cited) {
        return g.sources().stream().anyMatch(s -> cited.stream().anyMatch(c -> c.article().equals(s.article())
                && c.start() < s.end() && s.start() < c.end()));
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
