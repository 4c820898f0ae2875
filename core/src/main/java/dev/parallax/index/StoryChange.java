package dev.parallax.index;

import dev.parallax.brief.StoryBrief;

import java.util.List;

/**
 * What changed in a story between two versions of the corpus briefing.
 *
 * @param since        the earlier version number (0 when the story is new)
 * @param addedNews    The News sentences the story has now and did not have
 * @param removedNews  The News sentences it had and no longer has
 * @param newArticles  article ids that joined the story
 * @param goneArticles article ids that left it (regrouped into another story)
 */
public record StoryChange(int since, List<String> addedNews, List<String> removedNews, List<String> newArticles,
                          List<String> goneArticles) {

    public StoryChange {
        addedNews = List.copyOf(addedNews);
        removedNews = List.copyOf(removedNews);
        newArticles = List.copyOf(newArticles);
        goneArticles = List.copyOf(goneArticles);
    }

    public boolean isEmpty() {
        return addedNews.isEmpty() && removedNews.isEmpty() && newArticles.isEmpty() && goneArticles.isEmpty();
    }

    /** The change from {@code before} (absent when the story is new) to {@code now}. */
    public static StoryChange between(int since, java.util.Optional<StoryBrief> before, StoryBrief now) {
        List<String> oldNews = before.map(b -> b.news().stream().map(g -> g.text()).toList()).orElse(List.of());
        List<String> newNews = now.news().stream().map(g -> g.text()).toList();
        List<String> oldArticles = before.map(StoryBrief::articles).orElse(List.of());
        return new StoryChange(since,
                newNews.stream().filter(t -> !oldNews.contains(t)).toList(),
                oldNews.stream().filter(t -> !newNews.contains(t)).toList(),
                now.articles().stream().filter(a -> !oldArticles.contains(a)).toList(),
                oldArticles.stream().filter(a -> !now.articles().contains(a)).toList());
    }
}
