package dev.parallax.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads: the paragraphs {@link TextCollector} found in the content containers. Adds: the article text, paragraphs
 * separated by blank lines, without the headline repeated, without repeated paragraphs, without short
 * paragraphs that are mostly link text and not sentences ("Read more: ...", lists of related headlines), and
 * without datelines and bylines (the page's metadata, which {@link MetadataReader} reads).
 * Bad input: none; no paragraphs give an empty text.
 */
final class ParagraphFilter {

    private static final double LINK_LINE = 0.5;
    private static final int SHORT = 200;
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)(published|updated|last updated|first published|posted|originally published|original)\\b\\s*(on|at)?\\s*:?\\s*\\S");
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by)\\s+\\p{Lu}\\p{L}*\\.?\\s+\\p{Lu}");

    private ParagraphFilter() {
    }

    static String join(List<TextCollector.Paragraph> paragraphs, String title) {
        String normalisedTitle = normalise(title);
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (TextCollector.Paragraph p : paragraphs) {
            String key = normalise(p.text());
            if (key.isEmpty() || key.equals(normalisedTitle) && kept.isEmpty()) {
                continue;
            }
            if (p.linkDensity() > LINK_LINE && p.chars() < SHORT && !isSentence(p.text())) {
                continue;
            }
            if (key.length() > 20 && !seen.add(key)) {
                continue;
            }
            if (isDateline(p.text()) || isByline(p.text())) {
                continue;
            }
            kept.add(p.text());
        }
        return String.join("\n\n", kept);
    }

    /** "Published: 10:48, Tue, Nov 19, 2019 | Updated: ...": metadata, read by {@link MetadataReader}. */
    private static boolean isDateline(String text) {
        return text.length() <= 150 && DATELINE.matcher(text).lookingAt() && DateValues.parse(text).isPresent();
    }

    /** "By Ana Lopez and Ben Okoro on Monday, November 18th": metadata, not prose ("By most accounts, ..." is). */
    private static boolean isByline(String text) {
        if (text.length() > 150 || !BYLINE.matcher(text).lookingAt()) {
            return false;
        }
        return DateValues.parse(text).isPresent() || text.split("\\s+").length <= 8 && !text.matches("(?s).*[.!?]$");
    }

    /** Ends like a sentence: a link inside prose is still prose. */
    private static boolean isSentence(String text) {
        return text.matches("(?s).*\\p{L}.*[.!?。！？]['\"’”»)]?$") && text.strip().split("\\s+").length >= 6;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
