package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.embed.Embedder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads: the annotated articles of one story, each article's side, and the whole batch as background.
 * Adds: the story's {@link Comparison} — its claims split from statement sentences, embedded in one batch and
 * matched across articles, and each side's framing terms, read from the claims aligned across sides. Bad input: a story of one article has nothing to compare
 * and gets {@link Comparison#EMPTY}; articles of an unknown side take part in matching but not in framing.
 */
public final class StoryComparer {

    private final Supplier<Embedder> embedder;
    private final ClaimSplitter splitter = new ClaimSplitter();
    private final ClaimMatcher matcher = new ClaimMatcher();
    private final FramingContrast framing = new FramingContrast();

    public StoryComparer() {
        this.embedder = Embedder::shared;
    }

    public Comparison compare(List<AnnotatedArticle> story, Map<String, String> sideOf, List<AnnotatedArticle> background) {
        if (story.size() < 2) {
            return Comparison.EMPTY;
        }
        List<Claim> raw = new ArrayList<>();
        Set<String> sides = new LinkedHashSet<>();
        for (AnnotatedArticle a : story) {
            String side = sideOf.getOrDefault(a.id(), "unknown");
            if (!side.equals("unknown")) {
                sides.add(side);
            }
            raw.addAll(splitter.split(a, side));
        }
        List<float[]> vectors = embedder.get().embed(raw.stream().map(Claim::text).toList());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            claims.add(raw.get(i).withVector(vectors.get(i)));
        }
        List<ClaimGroup> groups = matcher.match(claims, sides);
        return new Comparison(List.copyOf(sides), groups,
                framing.contrast(story, sideOf, background, claims, groups, embedder.get()::embed));
    }
}
