package dev.parallax.brief;

import java.util.List;

/**
 * A main actor of a story: its id in the briefing's top-level {@code actors}, its fullest name, its type, how often
 * and in which of the story's articles it is mentioned.
 */
public record ActorEntry(String id, String name, String type, int mentions, List<String> aliases,
                         List<String> articles) {

    public ActorEntry {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}
