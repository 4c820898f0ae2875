package dev.parallax.brief;

import dev.parallax.core.Problem;
import dev.parallax.resolve.CalendarDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads: the briefings of single stories, each made from its own articles (what a corpus stores per story, so that
 * an update briefs only the stories that changed). Adds: the corpus {@link Briefing} — every story, every article
 * view, actors merged by id across stories (aliases, roles and mentions joined), the corpus timeline (references to
 * the entries of the stories' timelines, in date order: each event is shown once, in its story), and every problem
 * once. Writes nothing of its own; the order is fixed (stories largest first, then by
 * id; articles by origin; actors by articles and mentions), so the same parts give the same briefing.
 */
public final class BriefingAssembler {

    public Briefing assemble(List<Briefing> parts, String perspective, String generated, List<Problem> batchProblems) {
        Map<String, ArticleView> articles = new LinkedHashMap<>();
        Map<String, ActorView> actors = new LinkedHashMap<>();
        List<StoryBrief> stories = new ArrayList<>();
        LinkedHashSet<Problem> problems = new LinkedHashSet<>(batchProblems);
        for (Briefing part : parts) {
            part.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
            part.actors().forEach(a -> actors.merge(a.id(), a, BriefingAssembler::merge));
            stories.addAll(part.stories());
            problems.addAll(part.problems());
        }
        stories.sort(Comparator.comparingInt((StoryBrief s) -> -s.articles().size()).thenComparing(StoryBrief::id));
        List<ActorView> actorList = new ArrayList<>(actors.values());
        actorList.sort(Comparator.comparingInt((ActorView a) -> -a.mentions().stream().map(ActorView.MentionView::article)
                        .distinct().toList().size())
                .thenComparingInt(a -> -a.mentions().size()).thenComparing(ActorView::id));
        List<ArticleView> articleList = new ArrayList<>(articles.values());
        articleList.sort(Comparator.comparing(ArticleView::origin).thenComparing(ArticleView::id));
        return new Briefing(Briefing.SCHEMA, generated, perspective, articleList, actorList, timeline(stories),
                stories, List.copyOf(problems));
    }

    /**
     * The corpus timeline: every entry of the stories' timelines, by date (then in the order of the stories and of
     * their timelines), each a reference to the story that shows it.
     */
    static List<TimelineRef> timeline(List<StoryBrief> stories) {
        List<TimelineRef> out = new ArrayList<>();
        for (StoryBrief s : stories) {
            for (int i = 0; i < s.timeline().size(); i++) {
                TimelineEntry t = s.timeline().get(i);
                out.add(new TimelineRef(t.date(), t.granularity(), s.id(), i));
            }
        }
        // stable: entries of one date keep the order of the stories and of their timelines
        out.sort(Comparator.comparing(BriefingAssembler::first));
        return out;
    }

    private static java.time.LocalDate first(TimelineRef t) {
        return CalendarDate.parse(t.date()).map(CalendarDate::first).orElse(java.time.LocalDate.MAX);
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
