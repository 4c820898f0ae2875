package dev.parallax.brief;

import java.util.List;

/**
 * An article's outlet as resolved against the outlet registry. An outlet the registry does not know has
 * {@code known = false}, no id and no classification — never a guess.
 *
 * @param ownership private, public-broadcaster, state, wire or other
 * @param source    the public source of the registry's classification
 */
public record OutletView(String id, String name, boolean known, String country, String ownership,
                         List<String> groups, String source) {

    public OutletView {
        groups = List.copyOf(groups);
    }
}
