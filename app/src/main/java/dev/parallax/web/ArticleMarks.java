package dev.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.brief.ActorEntry;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: an article's text and the briefing. Adds: the spans the article page marks — quotations (straight or
 * curly double quotes), actors of its stories (names and aliases as whole words), the date expressions the
 * timeline cites in it, and speakers wherever the briefing names one with a span in this article.
 */
final class ArticleMarks {

    /** A marked span and its kind: {@code quote}, {@code actor}, {@code date} or {@code speaker}. */
    record Mark(Span span, String kind, String label) {
    }

    private static final Pattern QUOTE = Pattern.compile("“[^”\\n]{2,}”|\"[^\"\\n]{2,}\"");
    private static final ObjectMapper JSON = new ObjectMapper();

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
            speakers(JSON.valueToTree(story), articleId, text, out);
        }
        return out;
    }

    /** Any object naming a {@code speaker} whose name occurs inside one of its spans in this article. */
    private static void speakers(JsonNode node, String articleId, String text, List<Mark> out) {
        if (node.isObject()) {
            JsonNode speaker = node.get("speaker");
            String name = speaker == null ? null : speaker.isTextual() ? speaker.asText() : speaker.path("name").asText(null);
            if (name != null && !name.isBlank()) {
                for (JsonNode ref : node.findParents("start")) {
                    if (articleId.equals(ref.path("article").asText()) && ref.path("end").asInt(-1) <= text.length()) {
                        int start = ref.path("start").asInt();
                        int at = text.substring(start, ref.path("end").asInt()).indexOf(name);
                        if (at >= 0) {
                            out.add(new Mark(new Span(start + at, start + at + name.length()), "speaker", name));
                        }
                    }
                }
            }
        }
        node.elements().forEachRemaining(child -> speakers(child, articleId, text, out));
    }

    private ArticleMarks() {
    }
}
