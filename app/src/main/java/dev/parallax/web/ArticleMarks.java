package dev.parallax.web;

import dev.parallax.brief.ActorEntry;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.brief.VoiceView;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: an article's text and the briefing. Adds: the spans the article page marks — quotations (straight or
 * curly double quotes), actors of its stories (names and aliases as whole words), the date expressions the
 * timeline cites in it, and for each voice the briefing gives in this article its words and its speaker's name.
 */
final class ArticleMarks {

    /** A marked span and its kind: {@code quote}, {@code actor}, {@code date} or {@code speaker}. */
    record Mark(Span span, String kind, String label) {
    }

    private static final Pattern QUOTE = Pattern.compile("“[^”\\n]{2,}”|\"[^\"\\n]{2,}\"");

    static List<Mark> of(String articleId, String text, Briefing briefing) {
        List<Mark> out = new ArrayList<>();
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            out.add(new Mark(new Span(q.start(), q.end()), "quote", "quotation"));
        }
        for (StoryBrief story : briefing.stories()) {
            if (!story.articles().contains(articleId)) {
                continue;
            }
            for (ActorEntry actor : story.actors()) {
                Set<String> names = new LinkedHashSet<>();
                names.add(actor.name());
                names.addAll(actor.aliases());
                for (String name : names) {
                    if (name == null || name.isBlank()) {
                        continue;
                    }
                    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                            .matcher(text);
                    while (m.find()) {
                        out.add(new Mark(new Span(m.start(), m.end()), "actor", actor.name() + " (" + actor.type() + ")"));
                    }
                }
            }
            for (TimelineEntry t : story.timeline()) {
                for (SourceRef ref : t.sources()) {
                    if (!ref.article().equals(articleId) || ref.end() > text.length()) {
                        continue;
                    }
                    int at = text.substring(ref.start(), ref.end()).indexOf(t.expression());
                    if (at >= 0) {
                        out.add(new Mark(new Span(ref.start() + at, ref.start() + at + t.expression().length()),
                                "date", t.date()));
                    }
                }
            }
            java.util.stream.Stream.concat(story.voices().stream(), story.signals().stream().flatMap(x -> x.voices().stream()))
                    .filter(v -> v.source().article().equals(articleId) && v.source().end() <= text.length())
                    .distinct().forEach(v -> speaker(v, text, briefing, out));
        }
        return out;
    }

    /**
     * The voice's words as a quotation, and its speaker's name where the article writes it nearest to them: the
     * mention of the voice's actor nearest to the words, else the label without its role ("Liu Wei (director …)" →
     * "Liu Wei"), else the surname.
     */
    private static void speaker(VoiceView v, String text, Briefing briefing, List<Mark> out) {
        Span words = v.source().span();
        String label = v.speaker();
        int open = label.indexOf(" (");
        String name = open > 0 && label.endsWith(")") ? label.substring(0, open) : label;
        out.add(new Mark(words, "quote", name + " (quoted)"));
        int from = Math.max(0, words.start() - 300);
        int to = Math.min(text.length(), words.end() + 150);
        if (v.actor() != null) {
            Optional<Span> mention = briefing.actors().stream().filter(x -> x.id().equals(v.actor()))
                    .flatMap(x -> x.mentions().stream())
                    .filter(m -> m.article().equals(v.source().article()) && m.start() >= from && m.end() <= to)
                    .map(m -> new Span(m.start(), m.end()))
                    .min(Comparator.comparingInt(m -> distance(m, words)));
            if (mention.isPresent()) {
                out.add(new Mark(mention.get(), "speaker", label));
                return;
            }
        }
        List<String> tries = new ArrayList<>(List.of(name));
        String[] parts = name.split("\\s+");
        if (parts.length > 1 && Character.isUpperCase(parts[parts.length - 1].charAt(0))) {
            tries.add(parts[parts.length - 1]);
        }
        for (String n : tries) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")
                    .matcher(text).region(from, to);
            Span best = null;
            while (m.find()) {
                Span found = new Span(m.start(), m.end());
                if (best == null || distance(found, words) < distance(best, words)) {
                    best = found;
                }
            }
            if (best != null) {
                out.add(new Mark(best, "speaker", label));
                return;
            }
        }
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : a.start() >= b.end() ? a.start() - b.end() : 0;
    }

    private ArticleMarks() {
    }
}
