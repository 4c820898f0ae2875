package dev.parallax.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How far a briefing departs from its two rules (see {@link StoryBrief}): a cited span labelled both one-side and
 * shared (or several sides) in one story, and an item shown twice in one story — two items whose shown sentences or
 * words overlap in an article. References ({@code shownIn}) show nothing and do not count. Both are 0 in a briefing
 * Parallax writes; the counts are measured, not assumed, so that an evaluation can report them.
 *
 * @param stories     stories checked
 * @param mixedLabels spans labelled both one-side and shared or several sides, over all stories
 * @param repeats     items shown again after an item they overlap, over all stories
 * @param examples    a few of them, as "story: what" lines
 */
public record Consistency(int stories, int mixedLabels, int repeats, List<String> examples) {

    private static final int EXAMPLES = 5;

    public Consistency {
        examples = List.copyOf(examples);
    }

    public boolean holds() {
        return mixedLabels == 0 && repeats == 0;
    }

    public static Consistency of(Briefing b) {
        return of(b.stories());
    }

    public static Consistency of(List<StoryBrief> stories) {
        int mixed = 0;
        int repeats = 0;
        List<String> examples = new ArrayList<>();
        for (StoryBrief s : stories) {
            List<SourceRef> oneSide = new ArrayList<>();
            List<SourceRef> shared = new ArrayList<>();
            s.signals().forEach(x -> x.onlyThisSide().forEach(g -> oneSide.addAll(g.sources())));
            Stream.concat(s.shared().stream(), s.differences().stream()).forEach(c -> c.statements().forEach(g -> {
                switch (c.label()) {
                    case "one-side" -> oneSide.addAll(g.sources());
                    case "shared", "several-sides" -> shared.addAll(g.sources());
                    default -> { }
                }
            }));
            for (SourceRef r : oneSide) {
                if (shared.stream().anyMatch(x -> overlap(x, r))) {
                    mixed++;
                    note(examples, s.id() + ": " + r + " is labelled one-side and shared");
                }
            }
            List<List<SourceRef>> items = shownItems(s);
            for (int i = 0; i < items.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (overlap(items.get(j), items.get(i))) {
                        repeats++;
                        note(examples, s.id() + ": " + items.get(i) + " shows again " + items.get(j));
                        break;
                    }
                }
            }
        }
        return new Consistency(stories.size(), mixed, repeats, examples);
    }

    /** The spans each shown item of a story shows, item by item, in reading order. */
    static List<List<SourceRef>> shownItems(StoryBrief s) {
        List<List<SourceRef>> items = new ArrayList<>();
        s.news().forEach(g -> items.add(g.sources()));
        for (SideSignals x : s.signals()) {
            x.emphasis().forEach(g -> items.add(g.sources()));
            x.onlyThisSide().forEach(g -> items.add(g.sources()));
        }
        Stream.concat(s.shared().stream(), s.differences().stream()).filter(c -> c.shownIn().isEmpty())
                .forEach(c -> items.add(c.statements().stream().flatMap(g -> g.sources().stream()).toList()));
        s.allVoices().stream().filter(v -> v.shownIn().isEmpty()).forEach(v -> items.add(List.of(v.source())));
        s.timeline().stream().filter(t -> t.shownIn().isEmpty()).forEach(t -> items.add(t.sources().subList(0, 1)));
        return items;
    }

    private static boolean overlap(List<SourceRef> a, List<SourceRef> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> overlap(x, y)));
    }

    private static boolean overlap(SourceRef x, SourceRef y) {
        return x.article().equals(y.article()) && x.start() < y.end() && y.start() < x.end();
    }

    private static void note(List<String> examples, String line) {
        if (examples.size() < EXAMPLES) {
            examples.add(line);
        }
    }
}
