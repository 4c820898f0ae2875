package dev.parallax.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads: a parsed page's body. Does: removes what is never article text — scripts, styles, forms controls,
 * embedded media, hidden elements, captions — and, when {@code strict}, the page furniture named by tag
 * ({@code nav}, {@code aside}, {@code footer}, {@code header}) or by {@link ClassHints}, except where the names mislead: the
 * ancestors of the headline, blocks holding most of the page's prose, and blocks with weak furniture names
 * ("paywall", "header") that hold long prose. Works in place on a page the caller owns.
 * Bad input: none; any DOM is pruned, in time linear in its size.
 */
final class PagePruner {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "source", "track", "button", "select",
            "option", "input", "textarea", "link", "meta", "figcaption", "dialog", "map", "area");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer");
    private static final double MOST_PROSE = 0.6;
    /** A block named like weak furniture ("paywall", "header") but holding this much prose is content. */
    private static final int LONG_PROSE = 500;
    private static final Set<String> KEEP = Set.of("html", "body", "article", "main", "a");

    private PagePruner() {
    }

    static void prune(Element body, boolean strict) {
        List<Element> doomed = new ArrayList<>();
        Elements all = body.getAllElements();
        BlockStats stats = strict ? BlockStats.count(body) : null;
        Set<Element> protectedElements = strict ? protectedElements(body, stats) : Set.of();
        // Templates repeat the same class names many times over; judge each distinct name once.
        Map<String, ClassHints.Furniture> judged = new HashMap<>();
        for (Element e : all) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (NEVER_TEXT.contains(tag) || isHidden(e)) {
                doomed.add(e);
            } else if (strict && tag.equals("header") && stats.of(e).proseChars <= stats.of(body).proseChars * MOST_PROSE) {
                // A header holds the headline, standfirst, byline and date: metadata, never body text.
                doomed.add(e);
            } else if (strict && !KEEP.contains(tag) && !protectedElements.contains(e) && !insideTableOrCode(e)) {
                ClassHints.Furniture furniture = FURNITURE_TAGS.contains(tag) ? ClassHints.Furniture.STRONG
                        : judged.computeIfAbsent(e.attr("role") + "\u0000" + ClassHints.hintsOf(e), k -> ClassHints.furniture(e));
                boolean prose = stats.of(e).proseChars >= LONG_PROSE && stats.of(e).linkDensity() < 0.2;
                if (furniture == ClassHints.Furniture.STRONG || furniture == ClassHints.Furniture.WEAK && !prose) {
                    doomed.add(e);
                }
            }
        }
        // Removing an ancestor first detaches its descendants too; removing them again is harmless.
        for (Element e : doomed) {
            e.remove();
        }
    }

    /**
     * Elements that cannot be furniture whatever their names say ("container penci_sidebar" wrapping the whole
     * page): the ancestors of the page's headline and those holding most of its prose.
     */
    private static Set<Element> protectedElements(Element body, BlockStats stats) {
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        Element h1 = body.selectFirst("h1");
        for (Element p = h1; p != null && p != body; p = p.parent()) {
            kept.add(p);
        }
        int prose = stats.of(body).proseChars;
        for (Element e : body.getAllElements()) {
            if (stats.of(e).proseChars > prose * MOST_PROSE) {
                kept.add(e);
            }
        }
        return kept;
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
