package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.cluster.Story;
import dev.parallax.cluster.TermVectors;
import dev.parallax.compare.Comparison;
import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.resolve.Actor;
import dev.parallax.resolve.ActorMention;
import dev.parallax.resolve.ActorType;
import dev.parallax.resolve.DateInference;
import dev.parallax.resolve.DatedEvent;
import dev.parallax.resolve.DatedExpression;
import dev.parallax.resolve.EventFinder;
import dev.parallax.resolve.Outlet;
import dev.parallax.resolve.Perspective;
import dev.parallax.resolve.Resolution;
import dev.parallax.resolve.ResolvedOutlet;
import dev.parallax.resolve.UnknownOutlet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads: the outputs of the stages before it — analysed articles, the stories grouping them, the articles'
 * {@link Resolution} (outlets, sides, actors, dates, dated events), each story's {@link Comparison} — and the batch's
 * problems. Adds nothing of its own analysis: it assembles the {@link Briefing} — article views, actors, a timeline
 * across all stories (referring to their entries); per story The News, Sources, coverage per side, Actors,
 * Timeline, and the Signals format (per side: emphasis, framing, facts only it reports, voices; claims every side
 * reports; where they differ), every sentence with the article span it was cut from, each item shown once
 * ({@link SignalsWriter} decides where). The News prefers what every side reports. Writes no text of its own.
 */
public final class Briefer {

    private static final int MAX_STORY_ACTORS = 12;

    private final Clock clock;
    private final NewsPicker news = new NewsPicker();
    private final TimelineBuilder timeline = new TimelineBuilder(new EventFinder());
    private final SignalsWriter signals = new SignalsWriter();

    /** Briefings stamped with the system clock. */
    public Briefer() {
        this(Clock.systemUTC());
    }

    public Briefer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Assembles the briefing of the stories from the stage outputs: the articles' analyses (annotations and
     * attributions), their resolution against each other and the outlet registry, and each story's comparison of
     * the sides (by story id; a story without one has nothing to compare).
     */
    public Briefing brief(List<AnalysedArticle> analysed, List<Story> stories, Resolution resolution,
                          Map<String, Comparison> comparisons, List<Problem> batchProblems) {
        List<AnnotatedArticle> articles = analysed.stream().map(AnalysedArticle::annotated).toList();
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, ResolvedOutlet> outlets = resolution.outlets();
        List<Actor> actors = resolution.actors();
        Map<String, List<DatedEvent>> dated = resolution.dated();
        Set<String> governments = actors.stream().filter(x -> x.type() == ActorType.GOVERNMENT).map(Actor::id)
                .collect(Collectors.toSet());
        TermVectors tfidf = TermVectors.of(articles);
        Map<String, String> sideOf = resolution.sides();
        Map<String, List<Voice>> voices = new LinkedHashMap<>();
        for (AnalysedArticle a : analysed) {
            voices.put(a.id(), AttributionVoices.voices(a.annotated(), a.attributions(), actors));
        }
        Perspective perspective = resolution.perspective();
        List<StoryBrief> briefs = new ArrayList<>();
        for (Story story : stories) {
            List<AnnotatedArticle> members = story.articles().stream().map(byId::get).toList();
            Comparison comparison = comparisons.getOrDefault(story.id(), Comparison.EMPTY);
            SignalsWriter.Sections sections = signals.write(members, members, sideOf, comparison,
                    news.pick(members, tfidf, comparison, sideOf), voices, timeline.build(members, dated, governments));
            briefs.add(new StoryBrief(story.id(), story.headline(), story.articles(), sections.news(),
                    sources(members, outlets), sides(members, outlets, perspective),
                    storyActors(actors, story.articles()), sections.timeline(),
                    story.storyline(), sections.signals(), sections.shared(), sections.differences(),
                    sections.voices()));
        }
        List<Problem> problems = new ArrayList<>(batchProblems);
        analysed.forEach(a -> problems.addAll(a.allProblems()));
        return new Briefing(Briefing.SCHEMA, Instant.now(clock).toString(), perspective.name(),
                analysed.stream().map(a -> view(a, outlets.get(a.id()), perspective, resolution.inferred().get(a.id()),
                        resolution.dates().get(a.id()))).toList(),
                actors.stream().map(Briefer::view).toList(), BriefingAssembler.timeline(briefs), briefs, problems);
    }

    /** The actors a story's articles mention, most mentioned first. */
    private static List<ActorEntry> storyActors(List<Actor> actors, List<String> articles) {
        List<ActorEntry> out = new ArrayList<>();
        for (Actor a : actors) {
            List<ActorMention> inStory = a.mentions().stream().filter(m -> articles.contains(m.article())).toList();
            if (!inStory.isEmpty()) {
                out.add(new ActorEntry(a.id(), a.name(), a.type().label(), inStory.size(),
                        inStory.stream().map(m -> m.text().replaceAll("\\s+", " ").strip())
                                .filter(t -> !t.equals(a.name())).distinct().toList(),
                        inStory.stream().map(ActorMention::article).distinct().toList()));
            }
        }
        out.sort(Comparator.comparingInt((ActorEntry e) -> -e.articles().size()).thenComparingInt(e -> -e.mentions())
                .thenComparing(ActorEntry::id));
        return out.stream().limit(MAX_STORY_ACTORS).toList();
    }

    private static ActorView view(Actor a) {
        return new ActorView(a.id(), a.name(), a.type().label(), a.aliases(),
                a.roles().stream().map(r -> new ActorView.RoleView(r.title(), r.affiliation().orElse(null), r.article(),
                        r.span().start(), r.span().end())).toList(),
                a.side().orElse(null),
                a.mentions().stream().map(m -> new ActorView.MentionView(m.article(), m.span().start(), m.span().end(),
                        m.text())).toList());
    }

    private static InferredDate view(DateInference d) {
        return new InferredDate(d.value().map(LocalDate::toString).orElse(null),
                d.earliest().map(LocalDate::toString).orElse(null), d.latest().map(LocalDate::toString).orElse(null),
                d.confidence(), d.evidence());
    }

    static SourceRef ref(AnnotatedArticle a, Span span) {
        return new SourceRef(a.id(), a.article().outlet(), span.start(), span.end());
    }

    private static List<OutletCoverage> sources(List<AnnotatedArticle> members, Map<String, ResolvedOutlet> outlets) {
        Map<String, List<OutletCoverage.ArticleRef>> byOutlet = new LinkedHashMap<>();
        members.stream().map(AnnotatedArticle::article)
                .sorted(Comparator.comparing((Article a) -> Metadata.valueOf(a.meta().published())))
                .forEach(a -> byOutlet.computeIfAbsent(outletName(outlets.get(a.id())),
                        k -> new ArrayList<>()).add(new OutletCoverage.ArticleRef(a.id(), a.title(),
                        value(a.meta().published()), value(a.meta().type()))));
        return byOutlet.entrySet().stream().map(e -> new OutletCoverage(e.getKey(), e.getValue())).toList();
    }

    private static List<SideCoverage> sides(List<AnnotatedArticle> members, Map<String, ResolvedOutlet> outlets,
                                            Perspective perspective) {
        Map<String, List<ResolvedOutlet>> bySide = perspective.coverage(
                members.stream().map(a -> outlets.get(a.id())).distinct().toList());
        List<SideCoverage> out = new ArrayList<>();
        bySide.forEach((side, sideOutlets) -> out.add(new SideCoverage(side,
                sideOutlets.stream().map(Briefer::outletName).distinct().toList(),
                members.stream().filter(a -> sideOutlets.contains(outlets.get(a.id()))).map(AnnotatedArticle::id).toList())));
        return out;
    }

    private static String outletName(ResolvedOutlet outlet) {
        String name = outlet.displayName();
        return name == null || name.isBlank() ? "unknown outlet" : name;
    }

    private static ArticleView view(AnalysedArticle analysed, ResolvedOutlet outlet, Perspective perspective,
                                    DateInference inferred, List<DatedExpression> dates) {
        Article a = analysed.article();
        Metadata m = a.meta();
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, Function<Metadata, Optional<Attested>>> fields = new LinkedHashMap<>();
        fields.put("title", Metadata::title);
        fields.put("url", Metadata::url);
        fields.put("outlet", Metadata::outlet);
        fields.put("published", Metadata::published);
        fields.put("modified", Metadata::modified);
        fields.put("language", Metadata::language);
        fields.put("section", Metadata::section);
        fields.put("type", Metadata::type);
        fields.put("description", Metadata::description);
        fields.forEach((name, field) -> field.apply(m).ifPresent(v -> evidence.put(name, v.evidence())));
        if (!m.authors().isEmpty()) {
            evidence.put("authors", m.authors().getFirst().evidence());
        }
        List<Problem> problems = analysed.allProblems();
        OutletView outletView = switch (outlet) {
            case Outlet o -> new OutletView(o.id(), o.name(), true, o.country(), o.ownership().code(), o.groups(), o.source());
            case UnknownOutlet u -> new OutletView(null, u.seenName().or(u::seenDomain).orElse(null), false, null, null,
                    List.of(), null);
        };
        return new ArticleView(a.id(), a.origin(), a.origins(), value(m.url()), value(m.title()),
                outlet instanceof Outlet o ? o.name() : value(m.outlet()), outletView, perspective.sideOf(outlet),
                value(m.published()), inferred == null ? null : view(inferred), value(m.type()), value(m.language()),
                m.authors().stream().map(Attested::value).toList(), value(m.section()), a.text(), evidence,
                dates.stream().map(TimelineBuilder::dateRef).toList(), problems);
    }

    private static String value(Optional<Attested> field) {
        return field.map(Attested::value).orElse(null);
    }
}
