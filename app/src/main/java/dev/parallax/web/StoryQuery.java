package dev.parallax.web;

import dev.parallax.brief.Briefing;
import dev.parallax.brief.SideCoverage;
import dev.parallax.brief.StoryBrief;
import dev.parallax.index.SearchFilter;
import dev.parallax.render.StoryHtml;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which stories the home page and {@code /api/stories} list, and in which order: {@code sort=latest} (newest last
 * article first; undated stories last), {@code size} (most articles first) or {@code one-sided} (the largest share
 * of articles from one side first, then the larger story); {@code side}, {@code from} and {@code to} keep the stories
 * with at least one article from that side dated in that range (stated or inferred date, as search counts it).
 * A value that is not one of these, or names nothing in the corpus, is an {@link IllegalArgumentException}.
 */
record StoryQuery(Sort sort, Optional<String> side, Optional<String> from, Optional<String> to) {

    static final StoryQuery DEFAULT = new StoryQuery(Sort.LATEST, Optional.empty(), Optional.empty(), Optional.empty());
    static final Set<String> PARAMETERS = Set.of("sort", "side", "from", "to");

    enum Sort {
        LATEST("latest", "latest"), SIZE("size", "most articles"), ONE_SIDED("one-sided", "most one-sided");

        final String value;
        final String label;

        Sort(String value, String label) {
            this.value = value;
            this.label = label;
        }

        static Sort of(String value) {
            for (Sort s : values()) {
                if (s.value.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new IllegalArgumentException("sort must be latest, size or one-sided; got '" + value + "'");
        }
    }

    StoryQuery {
        side = side.map(String::strip).filter(s -> !s.isEmpty());
        from = from.map(String::strip).filter(s -> !s.isEmpty());
        to = to.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The query the parameters ask for; absent or blank parameters take their defaults. */
    static StoryQuery of(Map<String, List<String>> params) {
        java.util.function.Function<String, Optional<String>> p = name -> Optional.ofNullable(params.get(name))
                .filter(l -> !l.isEmpty()).map(List::getFirst).map(String::strip).filter(s -> !s.isEmpty());
        return new StoryQuery(p.apply("sort").map(Sort::of).orElse(Sort.LATEST), p.apply("side"), p.apply("from"),
                p.apply("to"));
    }

    boolean filters() {
        return side.isPresent() || from.isPresent() || to.isPresent();
    }

    /** The stories of {@code b} this query keeps, in its order. */
    List<StoryBrief> apply(Briefing b) {
        side.ifPresent(s -> {
            if (StoryHtml.sides(b).stream().noneMatch(x -> x.equalsIgnoreCase(s))) {
                throw new IllegalArgumentException("no side '" + s + "' in the corpus; its sides are "
                        + String.join(", ", StoryHtml.sides(b)));
            }
        });
        Optional<Set<String>> articles = new SearchFilter(Optional.empty(), side, from, to, Optional.empty(),
                Optional.empty(), Optional.empty()).articles(b);
        List<StoryBrief> kept = b.stories().stream()
                .filter(s -> articles.map(ids -> s.articles().stream().anyMatch(ids::contains)).orElse(true)).toList();
        Comparator<StoryBrief> latest = Comparator.comparing((StoryBrief s) -> latestDate(b, s).orElse(""))
                .reversed();
        Comparator<StoryBrief> size = Comparator.comparingInt((StoryBrief s) -> s.articles().size()).reversed();
        Comparator<StoryBrief> order = switch (sort) {
            case LATEST -> latest.thenComparing(size);
            case SIZE -> size.thenComparing(latest);
            case ONE_SIDED -> Comparator.comparingDouble((StoryBrief s) -> -oneSidedness(s)).thenComparing(size)
                    .thenComparing(latest);
        };
        return kept.stream().sorted(order.thenComparing(StoryBrief::id)).toList();
    }

    /** The day of the story's newest article (stated date, else inferred), if any is dated. */
    static Optional<String> latestDate(Briefing b, StoryBrief s) {
        return s.articles().stream().map(id -> b.articles().stream().filter(a -> a.id().equals(id)).findFirst()
                        .flatMap(StoryHtml::dateOf)).flatMap(Optional::stream)
                .map(d -> d.substring(0, Math.min(10, d.length()))).max(Comparator.naturalOrder());
    }

    /** The share of the story's articles that come from its largest side: 1 when one side alone covers it. */
    static double oneSidedness(StoryBrief s) {
        int total = s.coverage().stream().mapToInt(c -> c.articles().size()).sum();
        int largest = s.coverage().stream().mapToInt(c -> c.articles().size()).max().orElse(0);
        return total == 0 ? 0 : (double) largest / total;
    }

    /** The side with the most articles of the story. */
    static Optional<SideCoverage> largestSide(StoryBrief s) {
        return s.coverage().stream().max(Comparator.comparingInt(c -> c.articles().size()));
    }

    /** The query string of this query with another sort (for the sort links), without defaults. */
    String withSort(Sort other) {
        StringBuilder q = new StringBuilder();
        if (other != Sort.LATEST) {
            q.append("sort=").append(other.value);
        }
        side.ifPresent(s -> q.append(q.isEmpty() ? "" : "&").append("side=").append(Pages.enc(s)));
        from.ifPresent(s -> q.append(q.isEmpty() ? "" : "&").append("from=").append(Pages.enc(s)));
        to.ifPresent(s -> q.append(q.isEmpty() ? "" : "&").append("to=").append(Pages.enc(s)));
        return q.isEmpty() ? "/" : "/?" + q;
    }
}
