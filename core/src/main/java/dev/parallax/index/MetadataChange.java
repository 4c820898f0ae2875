package dev.parallax.index;

import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * An article's metadata changed by an input that brought the article's text again: a value given with that input
 * replaced one only found in the page, or filled a gap (see {@link Metadata#mergedWith}).
 *
 * @param article the article id
 * @param origin  the input that brought the change
 * @param before  the article's metadata before
 * @param after   its metadata now
 */
public record MetadataChange(String article, String origin, Metadata before, Metadata after) {

    public MetadataChange {
        requireNonNull(article, "article");
        requireNonNull(origin, "origin");
        requireNonNull(before, "before");
        requireNonNull(after, "after");
    }

    /** The changed fields a reader cares about, each as {@code field 'before' -> 'after'}. */
    public List<String> fields() {
        List<String> out = new ArrayList<>();
        field("outlet", Metadata::outlet, out);
        field("url", Metadata::url, out);
        field("published", Metadata::published, out);
        field("title", Metadata::title, out);
        String authorsBefore = String.join("; ", before.authors().stream().map(Attested::value).toList());
        String authorsAfter = String.join("; ", after.authors().stream().map(Attested::value).toList());
        if (!authorsBefore.equals(authorsAfter)) {
            out.add("author '" + authorsBefore + "' -> '" + authorsAfter + "'");
        }
        return out;
    }

    private void field(String name, Function<Metadata, Optional<Attested>> get, List<String> out) {
        String b = Metadata.valueOf(get.apply(before));
        String a = Metadata.valueOf(get.apply(after));
        if (!a.equals(b)) {
            out.add(name + " '" + b + "' -> '" + a + "'");
        }
    }

    @Override
    public String toString() {
        return "article " + article + " (" + origin + "): " + String.join(", ", fields());
    }
}
