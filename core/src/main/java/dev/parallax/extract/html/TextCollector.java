package dev.parallax.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads: the cleaned content containers. Adds: their text as paragraphs — one per block element, a line break
 * per {@code <br>}, whitespace collapsed — each with the share of its characters that sit in links.
 * Bad input: none; iterative, so any nesting depth is fine.
 */
final class TextCollector {

    /** One paragraph of text and how much of it is link text. */
    record Paragraph(String text, int chars, int linkChars, String tag) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Set<String> CELLS = Set.of("td", "th");

    private TextCollector() {
    }

    static List<Paragraph> collect(List<Element> containers) {
        Visitor visitor = new Visitor();
        for (Element container : containers) {
            NodeTraversor.traverse(visitor, container);
            visitor.flush();
        }
        return visitor.paragraphs;
    }

    private static final class Visitor implements NodeVisitor {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int chars;
        private int linkChars;
        private int linkDepth;
        private String blockTag = "";

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    trimTrailingSpace();
                    current.append('\n');
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (CELLS.contains(tag)) {
                    space();
                } else if (BlockStats.BLOCK_TAGS.contains(tag)) {
                    flush();
                    blockTag = tag;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (CELLS.contains(tag)) {
                    space();
                } else if (BlockStats.BLOCK_TAGS.contains(tag)) {
                    flush();
                }
            }
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                    space();
                } else {
                    current.append(c);
                    chars++;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        private void space() {
            int n = current.length();
            if (n > 0 && current.charAt(n - 1) != ' ' && current.charAt(n - 1) != '\n') {
                current.append(' ');
            }
        }

        private void trimTrailingSpace() {
            int n = current.length();
            while (n > 0 && current.charAt(n - 1) == ' ') {
                n--;
            }
            current.setLength(n);
        }

        void flush() {
            String text = current.toString().strip().replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n");
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, chars, linkChars, blockTag));
            }
            current.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
