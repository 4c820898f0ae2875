package dev.parallax.brief;

import dev.parallax.core.Problem;

import java.util.List;

/**
 * The briefing of a corpus: the contract every renderer and the web UI read. Versioned by {@link #schema()};
 * documented in docs/briefing-json.md. {@code actors} span all articles; stories refer to actors by id. The
 * {@code timeline} orders the dated events of all stories by date and refers to each in its story's timeline.
 */
public record Briefing(String schema, String generated, String perspective, List<ArticleView> articles,
                       List<ActorView> actors, List<TimelineRef> timeline, List<StoryBrief> stories,
                       List<Problem> problems) {

    public static final String SCHEMA = "parallax.briefing/3";

    public Briefing {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        timeline = List.copyOf(timeline);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }

    public ActorView actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no actor " + id + " in this briefing"));
    }

    public StoryBrief story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no story " + id + " in this briefing"));
    }

    /** The story entry a corpus timeline entry refers to. */
    public TimelineEntry entry(TimelineRef ref) {
        return story(ref.story()).timeline().get(ref.entry());
    }

    public ArticleView article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article " + id + " in this briefing"));
    }
}
