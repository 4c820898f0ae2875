package dev.parallax.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads: a DOM subtree. Adds: for every element, counts over its whole subtree — visible characters, characters
 * inside links, commas, paragraphs, list items, images, and whether it holds block-level children — in one
 * iterative pass, so deep nesting costs no stack and the counts cost time linear in the page.
 */
final class BlockStats {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption");

    private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "blockquote", "li", "dd", "h2", "h3", "h4");

    /** Counts for one element's subtree. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        int listItems;
        int images;
        /** Characters of text not inside any block-level descendant: the element's own paragraph text. */
        int inlineChars;
        int inlineCommas;
        /** Characters in paragraphs of prose: {@code p}-like blocks of 25+ characters, mostly not link text. */
        int proseChars;
        boolean blockChild;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private BlockStats() {
    }

    static BlockStats count(Element root) {
        BlockStats stats = new BlockStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? new Counts() : c;
    }

    private final class Counter implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                counts.put(e, new Counts());
                if (e.normalName().equals("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                Counts c = counts.get(parent);
                if (c == null) {
                    return;
                }
                String text = t.getWholeText();
                int visible = 0;
                int commas = 0;
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    if (!Character.isWhitespace(ch) && ch != '\u00a0') {
                        visible++;
                        if (ch == ',' || ch == '，' || ch == '、') {
                            commas++;
                        }
                    }
                }
                c.chars += visible;
                c.inlineChars += visible;
                c.commas += commas;
                c.inlineCommas += commas;
                if (linkDepth > 0) {
                    c.linkChars += visible;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            Counts c = counts.get(e);
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("p")) {
                c.paragraphs++;
            }
            if (PROSE_TAGS.contains(tag) && c.chars >= 25 && c.linkDensity() < 0.25 && c.proseChars == 0) {
                c.proseChars = c.chars;
            } else if (tag.equals("li")) {
                c.listItems++;
            } else if (tag.equals("img")) {
                c.images++;
            }
            Element parent = e.parent();
            Counts p = parent == null ? null : counts.get(parent);
            if (p != null) {
                p.chars += c.chars;
                p.linkChars += c.linkChars;
                p.commas += c.commas;
                p.paragraphs += c.paragraphs;
                p.listItems += c.listItems;
                p.images += c.images;
                p.proseChars += c.proseChars;
                if (BLOCK_TAGS.contains(tag)) {
                    p.blockChild = true;
                } else {
                    p.inlineChars += c.inlineChars;
                    p.inlineCommas += c.inlineCommas;
                }
            }
        }
    }
}
