package dev.parallax.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.StoryBrief;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Restrictions on a search, answered from the corpus briefing: outlet, side of the perspective, publication date
 * range (ISO prefixes compared as text: {@code 2024}, {@code 2024-05}, {@code 2024-05-14}), a story, an actor of
 * the story, or a speaker. Each given value narrows the set of articles searched; none given means no restriction.
 * Speakers are read generically: any object of the briefing with a {@code speaker} (a name, or an object with a
 * {@code name}) and spans naming articles.
 */
public record SearchFilter(Optional<String> outlet, Optional<String> side, Optional<String> from,
                           Optional<String> to, Optional<String> actor, Optional<String> speaker,
                           Optional<String> story) {

    public static final SearchFilter NONE = new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final ObjectMapper JSON = new ObjectMapper();

    public SearchFilter {
        outlet = blankless(outlet);
        side = blankless(side);
        from = blankless(from);
        to = blankless(to);
        actor = blankless(actor);
        speaker = blankless(speaker);
        story = blankless(story);
    }

    private static Optional<String> blankless(Optional<String> v) {
        return v.map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The articles that pass every given restriction, or empty when nothing is restricted. */
    public Optional<Set<String>> articles(Briefing briefing) {
        if (isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        for (ArticleView a : briefing.articles()) {
            if (outlet.isPresent() && !equalsIgnoreCase(a.outlet(), outlet.get())) {
                continue;
            }
            if (side.isPresent() && !equalsIgnoreCase(a.side(), side.get())) {
                continue;
            }
            String published = a.published() == null ? "" : a.published();
            if (from.isPresent() && (published.isEmpty() || published.compareTo(from.get()) < 0)) {
                continue;
            }
            // "to 2024-05" includes the whole of May: compare only as many characters as the bound has.
            if (to.isPresent() && (published.isEmpty()
                    || published.substring(0, Math.min(published.length(), to.get().length())).compareTo(to.get()) > 0)) {
                continue;
            }
            ids.add(a.id());
        }
        story.ifPresent(id -> ids.retainAll(briefing.stories().stream().filter(s -> s.id().equals(id))
                .flatMap(s -> s.articles().stream()).collect(Collectors.toSet())));
        actor.ifPresent(name -> ids.retainAll(briefing.stories().stream()
                .flatMap(s -> s.actors().stream())
                .filter(e -> equalsIgnoreCase(e.name(), name)
                        || e.aliases().stream().anyMatch(al -> equalsIgnoreCase(al, name)))
                .flatMap(e -> e.articles().stream()).collect(Collectors.toSet())));
        speaker.ifPresent(name -> ids.retainAll(speakerArticles(briefing, name)));
        return Optional.of(ids);
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a != null && a.strip().toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    static Set<String> speakerArticles(Briefing briefing, String name) {
        Set<String> out = new HashSet<>();
        for (StoryBrief s : briefing.stories()) {
            collect(JSON.valueToTree(s), name, out);
        }
        return out;
    }

    private static void collect(JsonNode node, String name, Set<String> out) {
        if (node.isObject()) {
            JsonNode speaker = node.get("speaker");
            String said = speaker == null ? null
                    : speaker.isTextual() ? speaker.asText() : speaker.path("name").asText(null);
            if (said != null && equalsIgnoreCase(said, name)) {
                node.findValues("article").forEach(a -> {
                    if (a.isTextual()) {
                        out.add(a.asText());
                    }
                });
            }
            node.elements().forEachRemaining(child -> collect(child, name, out));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, name, out));
        }
    }
}
