package dev.parallax.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads: the paragraphs {@link TextCollector} found in the content containers. Adds: the article text, paragraphs
 * separated by blank lines, without the headline repeated, without repeated paragraphs, and without short
 * paragraphs that are mostly link text ("Read more: ...", lists of related headlines).
 * Bad input: none; no paragraphs give an empty text.
 */
final class ParagraphFilter {

    private static final double LINK_LINE = 0.5;
    private static final int SHORT = 200;

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
            if (p.linkDensity() > LINK_LINE && p.chars() < SHORT) {
                continue;
            }
            if (key.length() > 20 && !seen.add(key)) {
                continue;
            }
            kept.add(p.text());
        }
        return String.join("\n\n", kept);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
