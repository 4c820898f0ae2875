package dev.parallax.brief;

import java.util.List;

/** A main entity of a story: its fullest name, its type, how often and in which articles it is mentioned. */
public record ActorEntry(String name, String type, int mentions, List<String> aliases, List<String> articles) {

    public ActorEntry {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}
