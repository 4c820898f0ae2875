package dev.parallax.attribute;

import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A source the article relies on that is not a person speaking: a news outlet, agency, document or a listed source.
 * {@link #of} finds them behind an article's attributions and on its "Sources:" lines.
 *
 * @param name     the source as written, without a leading article
 * @param kind     what it is
 * @param mentions where the article names it
 * @param supports the spans it supports: the statements attributed to or through it, or the section a
 *                 {@code Sources:} line heads
 */
public record CitedSource(String name, Kind kind, List<Span> mentions, List<Span> supports) {

    /** What is cited. */
    public enum Kind {
        /** A news outlet, agency or broadcaster. */
        MEDIA,
        /** A report, statement, study, poll or other document. */
        DOCUMENT,
        /** A name in a list of sources heading a section, whatever it is. */
        LISTED
    }

    public CitedSource {
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        mentions = List.copyOf(mentions);
        supports = List.copyOf(supports);
        if (name.isBlank()) {
            throw new IllegalArgumentException("cited source with a blank name");
        }
    }

    private static final Pattern SOURCES_LINE = Pattern.compile("(?m)^[ \\t]*Sources?:[ \\t]*(.+)$");

    /**
     * Outlets and documents behind {@code attributions}, and the names on "Sources:" lines with the section they
     * head.
     */
    static List<CitedSource> of(Discourse d, List<Attribution> attributions) {
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, List<Span>> supports = new LinkedHashMap<>();
        Map<String, CitedSource.Kind> kinds = new LinkedHashMap<>();
        for (Attribution a : attributions) {
            if (a.via().isPresent()) {
                add(a.via().get().name(), CitedSource.Kind.MEDIA, a.via().get().span(), a.content(), mentions,
                        supports, kinds);
            } else if (a.speaker().kind() == Speaker.Kind.DOCUMENT && a.source().isPresent()) {
                add(a.speaker().name(), CitedSource.Kind.DOCUMENT, a.source().get(), a.content(), mentions, supports,
                        kinds);
            }
        }
        List<int[]> lines = new ArrayList<>();
        // The pattern is tried at every character of the text, and most texts have no such line: a search for the
        // word it needs tells them far sooner.
        if (d.text.contains("Source")) {
            Matcher m = SOURCES_LINE.matcher(d.text);
            while (m.find()) {
                lines.add(new int[] {m.start(1), m.end(1)});
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            int sectionEnd = k + 1 < lines.size() ? lineStart(d.text, lines.get(k + 1)[0]) : d.text.length();
            Span section = new Span(Math.min(line[1] + 1, sectionEnd), sectionEnd);
            int start = line[0];
            for (String piece : d.text.substring(line[0], line[1]).split(",", -1)) {
                // Pages copied from the web pad with no-break spaces, which String.strip keeps.
                String leading = piece.replaceFirst("^[\\s\\u00A0]+", "");
                int lead = piece.length() - leading.length();
                String name = leading.replaceFirst("[\\s\\u00A0]+$", "");
                if (!name.isEmpty()) {
                    Span span = new Span(start + lead, start + lead + name.length());
                    add(name, CitedSource.Kind.LISTED, span, section, mentions, supports, kinds);
                }
                start += piece.length() + 1;
            }
        }
        List<CitedSource> out = new ArrayList<>();
        for (String name : mentions.keySet()) {
            out.add(new CitedSource(name, kinds.get(name), mentions.get(name), supports.get(name)));
        }
        return out;
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static void add(String name, CitedSource.Kind kind, Span mention, Span support,
                            Map<String, List<Span>> mentions, Map<String, List<Span>> supports,
                            Map<String, CitedSource.Kind> kinds) {
        mentions.computeIfAbsent(name, n -> new ArrayList<>()).add(mention);
        supports.computeIfAbsent(name, n -> new ArrayList<>()).add(support);
        kinds.putIfAbsent(name, kind);
    }
}
