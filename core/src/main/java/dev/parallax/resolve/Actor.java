package dev.parallax.resolve;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Someone or something that acts in the news, resolved across the articles of a batch: every name variant
 * ("Kai-Fu Lee", "Lee") of one person, or every way a country's government is named ("the US", "Washington" as a
 * subject, "the White House").
 *
 * @param id       stable within a batch: type and name, e.g. {@code person:kai-fu-lee}, {@code media:global-times}
 * @param name     the fullest name seen (a government is named by its country)
 * @param aliases  the other names it goes by in the text
 * @param roles    what the texts say it is, first stated first
 * @param side     the country the text ties it to ("Chinese leader", "US President"), when the text states one
 * @param mentions every mention, by article then offset
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, List<Role> roles,
                    Optional<String> side, List<ActorMention> mentions) {

    public Actor {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        requireNonNull(side, "side");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " has no mention");
        }
    }

    /** The ids of the articles that mention it, in first-mention order. */
    public List<String> articles() {
        return mentions.stream().map(ActorMention::article).distinct().toList();
    }
}
