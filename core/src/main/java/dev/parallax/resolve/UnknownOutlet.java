package dev.parallax.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An outlet the registry does not know, kept as it was seen: the raw outlet name and/or the host of the article's
 * URL. Shown as unknown rather than guessed; add a registry row to make it known.
 */
public record UnknownOutlet(Optional<String> seenName, Optional<String> seenDomain) implements ResolvedOutlet {

    /** An outlet about which nothing at all is known. */
    public static final UnknownOutlet NOTHING_SEEN = new UnknownOutlet(Optional.empty(), Optional.empty());

    public UnknownOutlet {
        requireNonNull(seenName, "seenName");
        requireNonNull(seenDomain, "seenDomain");
        seenName = seenName.map(String::strip).filter(s -> !s.isEmpty());
        seenDomain = seenDomain.map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public String displayName() {
        return seenName.or(() -> seenDomain).map(s -> s + " (unknown outlet)").orElse("unknown outlet");
    }
}
