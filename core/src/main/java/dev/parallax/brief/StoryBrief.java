package dev.parallax.brief;

import java.util.List;

/**
 * The briefing of one story: The News, its sources and coverage per side, main actors (by id of the briefing's
 * {@code actors}) and the timeline of its articles.
 */
public record StoryBrief(String id, String headline, List<String> articles, List<Grounded> news,
                         List<OutletCoverage> sources, List<SideCoverage> coverage, List<ActorEntry> actors,
                         List<TimelineEntry> timeline) {

    public StoryBrief {
        articles = List.copyOf(articles);
        news = List.copyOf(news);
        sources = List.copyOf(sources);
        coverage = List.copyOf(coverage);
        actors = List.copyOf(actors);
        timeline = List.copyOf(timeline);
    }
}
