package dev.parallax.brief;

import dev.parallax.core.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads: the briefings of single stories, each made from its own articles (what a corpus stores per story, so that
 * an update briefs only the stories that changed). Adds: the corpus {@link Briefing} — every story, every article
 * view, actors merged by id across stories (aliases, roles and mentions joined), the timelines of all stories in
 * date order, and every problem once. Writes nothing of its own; the order is fixed (stories largest first, then by
 * id; articles by origin; actors by articles and mentions), so the same parts give the same briefing.
 */
public final class BriefingAssembler {

    public Briefing assemble(List<Briefing> parts, String perspective, String generated, List<Problem> batchProblems) {
        Map<String, ArticleView> articles = new LinkedHashMap<>();
        Map<String, ActorView> actors = new LinkedHashMap<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<StoryBrief> stories = new ArrayList<>();
        LinkedHashSet<Problem> problems = new LinkedHashSet<>(batchProblems);
        for (Briefing part : parts) {
            part.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
            part.actors().forEach(a -> actors.merge(a.id(), a, BriefingAssembler::merge));
            timeline.addAll(part.timeline());
            stories.addAll(part.stories());
            problems.addAll(part.problems());
        }
        stories.sort(Comparator.comparingInt((StoryBrief s) -> -s.articles().size()).thenComparing(StoryBrief::id));
        List<ActorView> actorList = new ArrayList<>(actors.values());
        actorList.sort(Comparator.comparingInt((ActorView a) -> -a.mentions().stream().map(ActorView.MentionView::article)
                        .distinct().toList().size())
                .thenComparingInt(a -> -a.mentions().size()).thenComparing(ActorView::id));
        timeline.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::text));
        List<ArticleView> articleList = new ArrayList<>(articles.values());
        articleList.sort(Comparator.comparing(ArticleView::origin).thenComparing(ArticleView::id));
        return new Briefing(Briefing.SCHEMA, generated, perspective, articleList, actorList, timeline, stories,
                List.copyOf(problems));
    }

    private static ActorView merge(ActorView a, ActorView b) {
        return new ActorView(a.id(), a.name(), a.type(), union(a.aliases(), b.aliases()), union(a.roles(), b.roles()),
                a.side() != null ? a.side() : b.side(), union(a.mentions(), b.mentions()));
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        LinkedHashSet<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
