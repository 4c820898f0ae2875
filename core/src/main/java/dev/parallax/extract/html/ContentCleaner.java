package dev.parallax.extract.html;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Set;

/**
 * Reads: the containers {@link ContentScorer} chose, with their {@link BlockStats}. Does: removes, in place, the
 * blocks inside them that are not article text — link lists (related stories, tags, share bars), blocks with more
 * list items or images than paragraphs, tiny blocks, blocks named like furniture, and {@code h1} headlines.
 * Innermost blocks are judged first, so a good paragraph is not lost with a bad neighbour in a shared wrapper.
 * Bad input: none; an element it cannot judge is kept.
 */
final class ContentCleaner {

    private static final Set<String> JUDGED = Set.of("form", "fieldset", "table", "ul", "ol", "dl", "div", "section",
            "header", "aside", "footer", "nav", "figure");
    private static final int MAX_ANCESTOR_UPDATES = 64;

    private ContentCleaner() {
    }

    static void clean(List<Element> containers, BlockStats stats, boolean weighClasses) {
        for (Element container : containers) {
            List<Element> all = container.getAllElements();
            for (int i = all.size() - 1; i >= 0; i--) {
                Element e = all.get(i);
                if (e == container || e.parent() == null) {
                    continue;
                }
                String tag = e.normalName();
                boolean remove = tag.equals("h1")
                        || (weighClasses && isHeading(tag) && ClassHints.weight(e) < 0)
                        || (JUDGED.contains(tag) && isBoilerplate(e, stats, weighClasses));
                if (remove) {
                    subtract(e, container, stats);
                    e.remove();
                }
            }
        }
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean isBoilerplate(Element e, BlockStats stats, boolean weighClasses) {
        BlockStats.Counts c = stats.of(e);
        int weight = weighClasses ? ClassHints.weight(e) : 0;
        if (weight < 0) {
            return true;
        }
        if (c.chars == 0) {
            return true;
        }
        String tag = e.normalName();
        boolean isList = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double linkDensity = c.linkDensity();
        if (isList) {
            return linkDensity > 0.5;
        }
        if (c.commas >= 10) {
            return false;
        }
        int paragraphs = c.paragraphs;
        if (c.images > 1 && (double) paragraphs / c.images < 0.5) {
            return true;
        }
        if (c.listItems > paragraphs && c.listItems > 3 && linkDensity > 0.3) {
            return true;
        }
        if (c.chars < 25 && !e.text().matches("(?s).*[.!?。！？]\\s*$")) {
            return true;
        }
        if (weight < 25 && linkDensity > 0.33) {
            return true;
        }
        return weight >= 25 && linkDensity > 0.5;
    }

    /** Keeps the ancestors' counts right after a removal, so outer blocks are judged on what is left. */
    private static void subtract(Element removed, Element container, BlockStats stats) {
        BlockStats.Counts r = stats.of(removed);
        int n = 0;
        for (Element p = removed.parent(); p != null && n < MAX_ANCESTOR_UPDATES; p = p.parent(), n++) {
            BlockStats.Counts c = stats.of(p);
            c.chars -= r.chars;
            c.linkChars -= r.linkChars;
            c.commas -= r.commas;
            c.paragraphs -= r.paragraphs;
            c.listItems -= r.listItems;
            c.images -= r.images;
            if (p == container) {
                break;
            }
        }
    }
}
