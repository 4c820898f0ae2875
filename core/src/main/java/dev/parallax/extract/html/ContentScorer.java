package dev.parallax.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads: a pruned page body and its {@link BlockStats}. Adds: the elements that hold the article's main text, in
 * page order — the best-scoring container and those of its siblings that read like more of the same.
 *
 * <p>Every paragraph-like block (a {@code p}, {@code pre}, {@code td}, {@code blockquote}, or a {@code div} with
 * text of its own and no block children) with at least 25 characters gives its ancestors points for its length and
 * commas, less the further up they are. A container's points start from its tag and its {@link ClassHints} weight
 * and are scaled by how little of its text is link text, so navigation and link lists lose to prose.
 * Bad input: a page without prose yields no elements; the caller records that.
 */
final class ContentScorer {

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "center");
    private static final int MIN_PARAGRAPH = 25;
    private static final int LEVELS = 5;
    private static final double WIDEN_RATIO = 1.3;
    private static final int WIDEN_LEVELS = 8;

    private final BlockStats stats;
    private final boolean weighClasses;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentScorer(BlockStats stats, boolean weighClasses) {
        this.stats = stats;
        this.weighClasses = weighClasses;
    }

    /** The containers of the main text, in page order; empty when the page has no prose. */
    static List<Element> select(Element body, BlockStats stats, boolean weighClasses) {
        return new ContentScorer(stats, weighClasses).select(body);
    }

    private List<Element> select(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            BlockStats.Counts c = stats.of(e);
            Element ancestor;
            double points;
            if (isParagraph(e)) {
                if (c.chars < MIN_PARAGRAPH) {
                    continue;
                }
                points = 1 + c.commas + Math.min(c.chars / 100.0, 3);
                ancestor = e.parent();
            } else if (DIV_LIKE.contains(e.normalName()) && c.inlineChars >= MIN_PARAGRAPH) {
                // Text written straight into a container beside its blocks is a paragraph of that container.
                points = 1 + c.inlineCommas + Math.min(c.inlineChars / 100.0, 3);
                ancestor = e;
            } else {
                continue;
            }
            for (int level = 0; level < LEVELS && ancestor != null && ancestor != body.parent(); level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, points / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Element candidate : candidates) {
            double score = scores.get(candidate) * (1 - stats.of(candidate).linkDensity());
            scores.put(candidate, score);
            if (score > topScore) {
                top = candidate;
                topScore = score;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, body);
        top = widen(top, body);
        return withSiblings(top);
    }

    /** Moves up to a parent that scores better, as when the text is split across several sibling blocks. */
    private Element climb(Element top, Element body) {
        double last = scores.get(top);
        double threshold = last / 3;
        Element parent = top.parent();
        while (parent != null && parent != body && parent != body.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                parent = parent.parent();
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
            parent = parent.parent();
        }
        return top;
    }

    /**
     * Moves up while an ancestor holds much more prose than the current choice: an article split into several
     * sibling chunks (between ads or embeds) is one article, though each chunk alone scores best.
     */
    private Element widen(Element top, Element body) {
        int prose = stats.of(top).proseChars;
        Element current = top;
        Element parent = top.parent();
        for (int level = 0; level < WIDEN_LEVELS && parent != null && parent != body && parent != body.parent(); level++) {
            BlockStats.Counts c = stats.of(parent);
            if (c.proseChars >= prose * WIDEN_RATIO && c.linkDensity() < 0.3) {
                current = parent;
                prose = c.proseChars;
            }
            parent = parent.parent();
        }
        if (current != top && !scores.containsKey(current)) {
            scores.put(current, scores.get(top));
        }
        return current;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.get(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                kept.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            BlockStats.Counts c = stats.of(sibling);
            if (score != null && score + bonus >= threshold) {
                kept.add(sibling);
            } else if (sibling.normalName().equals("p") || isParagraph(sibling)) {
                double density = c.linkDensity();
                String text = sibling.text();
                if (c.chars > 80 && density < 0.25) {
                    kept.add(sibling);
                } else if (c.chars <= 80 && c.chars > 0 && density == 0 && text.matches("(?s).*[.!?。！？]\\s*$")) {
                    kept.add(sibling);
                }
            }
        }
        return kept;
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            score += 10;
        }
        return weighClasses ? score + ClassHints.weight(e) : score;
    }

    private boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPHS.contains(tag)) {
            return true;
        }
        return DIV_LIKE.contains(tag) && !stats.of(e).blockChild && stats.of(e).inlineChars >= MIN_PARAGRAPH;
    }
}
