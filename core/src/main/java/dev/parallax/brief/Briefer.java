package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.cluster.Story;
import dev.parallax.cluster.TermVectors;
import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.extract.Article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads: annotated articles, the stories grouping them, and the batch's problems. Adds: the {@link Briefing} —
 * per story The News, Sources (outlets and their articles), Actors and Timeline, every sentence with the article
 * span it was cut from. Writes no text of its own.
 */
public final class Briefer {

    private final Clock clock;
    private final NewsPicker news = new NewsPicker();
    private final TimelineBuilder timeline = new TimelineBuilder();
    private final ActorCounter actors = new ActorCounter();

    public Briefer() {
        this(Clock.systemUTC());
    }

    public Briefer(Clock clock) {
        this.clock = clock;
    }

    public Briefing brief(List<AnnotatedArticle> articles, List<Story> stories, List<Problem> batchProblems) {
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        TermVectors tfidf = TermVectors.of(articles);
        List<StoryBrief> briefs = new ArrayList<>();
        for (Story story : stories) {
            List<AnnotatedArticle> members = story.articles().stream().map(byId::get).toList();
            briefs.add(new StoryBrief(story.id(), story.headline(), story.articles(), news.pick(members, tfidf),
                    coverage(members), actors.count(members), timeline.build(members, tfidf)));
        }
        List<Problem> problems = new ArrayList<>(batchProblems);
        articles.forEach(a -> {
            problems.addAll(a.article().problems());
            problems.addAll(a.problems());
        });
        return new Briefing(Briefing.SCHEMA, Instant.now(clock).toString(),
                articles.stream().map(Briefer::view).toList(), briefs, problems);
    }

    static SourceRef ref(AnnotatedArticle a, Span span) {
        return new SourceRef(a.id(), a.article().outlet(), span.start(), span.end());
    }

    private static List<OutletCoverage> coverage(List<AnnotatedArticle> members) {
        Map<String, List<OutletCoverage.ArticleRef>> byOutlet = new LinkedHashMap<>();
        members.stream().map(AnnotatedArticle::article)
                .sorted(Comparator.comparing((Article a) -> Metadata.valueOf(a.meta().published())))
                .forEach(a -> byOutlet.computeIfAbsent(a.outlet().isEmpty() ? "unknown outlet" : a.outlet(),
                        k -> new ArrayList<>()).add(new OutletCoverage.ArticleRef(a.id(), a.title(),
                        value(a.meta().published()), value(a.meta().type()))));
        return byOutlet.entrySet().stream().map(e -> new OutletCoverage(e.getKey(), e.getValue())).toList();
    }

    private static ArticleView view(AnnotatedArticle annotated) {
        Article a = annotated.article();
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
        List<Problem> problems = new ArrayList<>(a.problems());
        problems.addAll(annotated.problems());
        return new ArticleView(a.id(), a.origin(), a.origins(), value(m.url()), value(m.title()), value(m.outlet()),
                value(m.published()), value(m.type()), value(m.language()),
                m.authors().stream().map(Attested::value).toList(), value(m.section()), a.text(), evidence, problems);
    }

    private static String value(Optional<Attested> field) {
        return field.map(Attested::value).orElse(null);
    }
}
