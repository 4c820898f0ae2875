package dev.parallax.brief;

import dev.parallax.core.Problem;

import java.util.List;

/**
 * The briefing of a corpus: the contract every renderer and the web UI read. Versioned by {@link #schema()};
 * documented in docs/briefing-json.md.
 */
public record Briefing(String schema, String generated, String perspective, List<ArticleView> articles,
                       List<StoryBrief> stories, List<Problem> problems) {

    public static final String SCHEMA = "parallax.briefing/2";

    public Briefing {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }

    public ArticleView article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article " + id + " in this briefing"));
    }
}
