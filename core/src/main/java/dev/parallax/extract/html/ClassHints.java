package dev.parallax.extract.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an element's {@code class}, {@code id} and {@code role} say about it: furniture (share bars, related
 * stories, comments, newsletter and paywall boxes, cookie notices, captions) or content (article, body, story).
 * The words are the vocabulary of page templates in general, not of any one site.
 */
final class ClassHints {

    private static final Pattern FURNITURE = Pattern.compile(
            "-ad-|^ad-|-ad$|^ads?$|adslot|ad-slot|advert|agegate|banner|breadcrumb|byline|caption|combx|comment"
                    + "|community|consent|cookie|cover-wrap|credit|disqus|donate|footer|gdpr|header|hidden-print"
                    + "|jump|legends|masthead|menu|modal|most-?popular|most-?read|newsletter|outbrain|overlay"
                    + "|pager|pagination|paywall|popular|popup|promo|rail|recirc|recommend|related|remark"
                    + "|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscri"
                    + "|supplemental|taboola|toolbar|trending|tweet-?button|widget|wp-caption|yom-remote");
    /** Furniture whatever else the name says: "comment-content" is a comment. */
    private static final Pattern STRONG_FURNITURE = Pattern.compile(
            "comment|share|sharing|related|newsletter|subscri|promo|cookie|consent|social|sidebar|outbrain|taboola"
                    + "|recommend|popular|trending|most-?read|recirc|signup|disqus|author-?bio|about-?the-?author"
                    + "|author-?info|author-?box|bio-?box");
    /** State modifiers ("has-comments", "no-sidebar") describe a container, not what it is. */
    private static final Pattern MODIFIER = Pattern.compile("^(has|with|no|is|show|enable|allow)[-_].*");
    private static final Pattern CONTENT_MAYBE = Pattern.compile("and|article|body|column|content|main|shadow");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|byline|combx|comment|com-|contact|footer|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
                    + "|shopping|tags|tool|widget|newsletter|subscri|recommend|popular|trending");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
    private static final Pattern FURNITURE_ROLE = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search");

    private ClassHints() {
    }

    static String hintsOf(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    /** How surely an element's names mark it as furniture. */
    enum Furniture {
        /** Nothing in its names says furniture. */
        NO,
        /** A furniture word ("header", "paywall", "widget") that a page may also use for a content wrapper. */
        WEAK,
        /** A word only furniture carries ("comment", "share", "related"), or a furniture {@code role}. */
        STRONG
    }

    /** Named like furniture and not like content, or given a furniture role. */
    static Furniture furniture(Element e) {
        String role = e.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches()) {
            return Furniture.STRONG;
        }
        String hints = hintsOf(e);
        if (hints.isBlank()) {
            return Furniture.NO;
        }
        Furniture found = Furniture.NO;
        for (String token : hints.split("\\s+")) {
            if (token.isEmpty() || MODIFIER.matcher(token).matches()) {
                continue;
            }
            if (STRONG_FURNITURE.matcher(token).find()) {
                return Furniture.STRONG;
            }
            if (FURNITURE.matcher(token).find() && !CONTENT_MAYBE.matcher(token).find()) {
                found = Furniture.WEAK;
            }
        }
        return found;
    }

    /** +25 for each of class and id that names content, -25 for each that names furniture. */
    static int weight(Element e) {
        int weight = 0;
        for (String value : new String[] {e.className(), e.id()}) {
            if (value.isEmpty()) {
                continue;
            }
            String v = value.toLowerCase(Locale.ROOT);
            if (NEGATIVE.matcher(v).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(v).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
