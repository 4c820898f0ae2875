package dev.parallax.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads: a parsed page's body. Does: removes what is never article text — scripts, styles, forms controls,
 * embedded media, hidden elements, captions — and, when {@code strict}, the page furniture named by tag
 * ({@code nav}, {@code aside}, {@code footer}) or by {@link ClassHints}. Works in place on a page the caller owns.
 * Bad input: none; any DOM is pruned, in time linear in its size.
 */
final class PagePruner {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "source", "track", "button", "select",
            "option", "input", "textarea", "link", "meta", "figcaption", "dialog", "map", "area");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer");
    private static final Set<String> KEEP = Set.of("html", "body", "article", "main", "a");

    private PagePruner() {
    }

    static void prune(Element body, boolean strict) {
        List<Element> doomed = new ArrayList<>();
        Elements all = body.getAllElements();
        for (Element e : all) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (NEVER_TEXT.contains(tag) || isHidden(e)) {
                doomed.add(e);
            } else if (strict && !KEEP.contains(tag) && (FURNITURE_TAGS.contains(tag) || ClassHints.isFurniture(e))
                    && !insideTableOrCode(e)) {
                doomed.add(e);
            }
        }
        // Removing an ancestor first detaches its descendants too; removing them again is harmless.
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean insideTableOrCode(Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 12; p = p.parent(), depth++) {
            String tag = p.normalName();
            if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
