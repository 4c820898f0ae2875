package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An actor of the batch as the briefing shows it; story actor lists refer to it by {@code id}.
 *
 * @param type     person, organisation, government, place, media or product
 * @param side     the country the texts tie it to, or {@code null}
 * @param mentions every mention, with its article span
 */
public record ActorView(String id, String name, String type, List<String> aliases, List<RoleView> roles,
                        String side, List<MentionView> mentions) {

    /** A role the texts state: title, affiliation ({@code null} when none), and the span stating it. */
    public record RoleView(String title, String affiliation, String article, int start, int end) {
        public RoleView {
            requireNonNull(title, "title");
            requireNonNull(article, "article");
        }
    }

    /** One mention: the article and the span of the name there. */
    public record MentionView(String article, int start, int end, String text) {
        public MentionView {
            requireNonNull(article, "article");
            requireNonNull(text, "text");
        }
    }

    public ActorView {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
