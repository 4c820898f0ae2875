package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.cluster.Story;
import dev.parallax.cluster.TermVectors;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.StoryComparer;
import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.embed.Embedder;
import dev.parallax.extract.Article;
import dev.parallax.resolve.Actor;
import dev.parallax.resolve.ActorMention;
import dev.parallax.resolve.ActorResolver;
import dev.parallax.resolve.ActorType;
import dev.parallax.resolve.DateInference;
import dev.parallax.resolve.DatedEvent;
import dev.parallax.resolve.DatedExpression;
import dev.parallax.resolve.EventFinder;
import dev.parallax.resolve.Outlet;
import dev.parallax.resolve.OutletRegistry;
import dev.parallax.resolve.Perspective;
import dev.parallax.resolve.PublicationDateInferrer;
import dev.parallax.resolve.ResolvedOutlet;
import dev.parallax.resolve.TimeAnchorer;
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
 * Reads: annotated articles, the stories grouping them, and the batch's problems. Adds: the {@link Briefing} —
 * the batch's actors (resolved across articles), publication dates inferred where missing, every date expression
 * normalised, a timeline across all articles; per story The News, Sources (outlets, resolved against the outlet
 * registry, and their articles), coverage per side of the chosen perspective, Actors, Timeline, and the Signals
 * format (per side: emphasis, framing, facts only it reports, voices; claims every side reports; where they
 * differ), every sentence with the article span it was cut from. The News prefers what every side reports.
 * Writes no text of its own.
 */
public final class Briefer {

    private static final int MAX_STORY_ACTORS = 12;

    private final OutletRegistry registry;
    private final Perspective perspective;
    private final Clock clock;
    private final NewsPicker news = new NewsPicker();
    private final ActorResolver actorResolver;
    private final PublicationDateInferrer dateInferrer = new PublicationDateInferrer();
    private final TimeAnchorer anchorer = new TimeAnchorer();
    private final EventFinder events = new EventFinder();
    private final TimelineBuilder timeline = new TimelineBuilder(events);
    private final StoryComparer comparer;
    private final SignalsWriter signals = new SignalsWriter();

    /** Outlets resolved against the bundled registry, sides by country. */
    public Briefer() {
        this(OutletRegistry.bundled(), Perspective.country(), Clock.systemUTC());
    }

    public Briefer(OutletRegistry registry, Perspective perspective, Clock clock) {
        this(registry, perspective, clock, new StoryComparer(Embedder::shared));
    }

    public Briefer(OutletRegistry registry, Perspective perspective, Clock clock, StoryComparer comparer) {
        this.comparer = comparer;
        this.registry = registry;
        this.perspective = perspective;
        this.clock = clock;
        this.actorResolver = new ActorResolver(registry);
    }

    /** The name of the side axis: {@code country}, {@code ownership} or a groups file's name. */
    public String perspective() {
        return perspective.name();
    }

    /**
     * The briefing of the stories, reading the articles' stored analyses (annotations and attributions); actors,
     * dates and framing are resolved over all {@code analysed} articles.
     */
    public Briefing brief(List<AnalysedArticle> analysed, List<Story> stories, List<Problem> batchProblems) {
        List<AnnotatedArticle> articles = analysed.stream().map(AnalysedArticle::annotated).toList();
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        Map<String, ResolvedOutlet> outlets = new LinkedHashMap<>();
        articles.forEach(a -> {
            byId.put(a.id(), a);
            outlets.put(a.id(), registry.resolve(a.article().meta()));
        });
        // Resolve: actors across all articles; publication dates where missing; dates; dated events.
        List<Actor> actors = actorResolver.resolve(articles);
        Map<String, DateInference> inferred = dateInferrer.infer(articles);
        Map<String, List<DatedExpression>> dates = new LinkedHashMap<>();
        Map<String, List<DatedEvent>> dated = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            Optional<LocalDate> stated = PublicationDateInferrer.published(a.article());
            Optional<LocalDate> guess = Optional.ofNullable(inferred.get(a.id())).flatMap(DateInference::value);
            List<DatedExpression> d = stated.isPresent()
                    ? anchorer.anchor(a, stated, DatedExpression.Anchor.PUBLISHED)
                    : anchorer.anchor(a, guess, DatedExpression.Anchor.INFERRED);
            dates.put(a.id(), d);
            dated.put(a.id(), events.find(a, d, actors));
        }
        Set<String> governments = actors.stream().filter(x -> x.type() == ActorType.GOVERNMENT).map(Actor::id)
                .collect(Collectors.toSet());
        TermVectors tfidf = TermVectors.of(articles);
        Map<String, String> sideOf = new LinkedHashMap<>();
        outlets.forEach((id, outlet) -> sideOf.put(id, perspective.sideOf(outlet)));
        // Each article's voices and the comparison of its story both read the attributions of its analysis.
        Map<String, List<Attribution>> attributions = new LinkedHashMap<>();
        Map<String, List<Voice>> voices = new LinkedHashMap<>();
        for (AnalysedArticle a : analysed) {
            attributions.put(a.id(), a.attributions());
            voices.put(a.id(), AttributionVoices.voices(a.annotated(), a.attributions()));
        }
        List<StoryBrief> briefs = new ArrayList<>();
        for (Story story : stories) {
            List<AnnotatedArticle> members = story.articles().stream().map(byId::get).toList();
            // Signals compare the event's own articles: another event of the storyline reports something else.
            Comparison comparison = comparer.compare(members, sideOf, articles, attributions);
            SignalsWriter.Sections sections = signals.write(members, members, sideOf, comparison,
                    news.pick(members, tfidf), voices);
            briefs.add(new StoryBrief(story.id(), story.headline(), story.articles(), sections.news(),
                    sources(members, outlets), sides(members, outlets), storyActors(actors, story.articles()),
                    timeline.build(members, dated, governments), story.storyline(), sections.signals(),
                    sections.shared(), sections.differences(), sections.voices()));
        }
        List<Problem> problems = new ArrayList<>(batchProblems);
        analysed.forEach(a -> problems.addAll(a.allProblems()));
        return new Briefing(Briefing.SCHEMA, Instant.now(clock).toString(), perspective.name(),
                analysed.stream().map(a -> view(a, outlets.get(a.id()), inferred.get(a.id()), dates.get(a.id()))).toList(),
                actors.stream().map(Briefer::view).toList(), timeline.build(articles, dated, governments), briefs,
                problems);
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

    private List<SideCoverage> sides(List<AnnotatedArticle> members, Map<String, ResolvedOutlet> outlets) {
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

    private ArticleView view(AnalysedArticle analysed, ResolvedOutlet outlet, DateInference inferred,
                             List<DatedExpression> dates) {
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
