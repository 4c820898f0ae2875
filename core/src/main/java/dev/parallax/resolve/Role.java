package dev.parallax.resolve;

import dev.parallax.core.Span;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What an actor is, as the text states it: "spokesperson" of the "Chinese Foreign Ministry", from
 * "Chinese Foreign Ministry spokesperson Wang Wenbin"; "research fellow" at the "Chinese Academy of Social Sciences".
 *
 * @param title       the role without its affiliation ("director", "tech pioneer"); empty when the text gives only
 *                    an affiliation ("Jeffrey Ding from George Washington University")
 * @param affiliation the body the role belongs to, as written
 * @param article     the article stating it
 * @param span        the whole role phrase in that article
 */
public record Role(String title, Optional<String> affiliation, String article, Span span) {

    public Role {
        requireNonNull(title, "title");
        requireNonNull(affiliation, "affiliation");
        requireNonNull(article, "article");
        requireNonNull(span, "span");
        if (title.isBlank() && affiliation.isEmpty()) {
            throw new IllegalArgumentException("role at " + span + " in " + article + " has neither title nor affiliation");
        }
    }

    /** "spokesperson, Chinese Foreign Ministry" — title and affiliation as one line. */
    public String describe() {
        return affiliation.map(a -> title.isBlank() ? a : title + ", " + a).orElse(title);
    }
}
