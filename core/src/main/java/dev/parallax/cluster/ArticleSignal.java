package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * What story clustering knows of one article: its id, publication day (empty when unknown), title, unit vectors of
 * its content and of its title (the zero vector when there is no title), its main named entities (normalised names,
 * most mentioned first), the counts of its content terms (as {@link TermVectors#counts} gives them) and the
 * distinctive numbers it states ("60", "1.9"; no years, no numbers below ten). Terms and numbers missing from a
 * signal stored by an earlier version read as none.
 */
public record ArticleSignal(String id, Optional<LocalDate> published, String title, float[] vector, float[] titleVector,
                            List<String> entities, Map<String, Integer> terms, List<String> numbers) {

    public ArticleSignal {
        requireNonNull(id, "id");
        requireNonNull(published, "published");
        requireNonNull(title, "title");
        requireNonNull(vector, "vector");
        requireNonNull(titleVector, "titleVector");
        entities = List.copyOf(entities);
        terms = terms == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(terms));
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        if (vector.length != titleVector.length) {
            throw new IllegalArgumentException("article " + id + ": content vector has " + vector.length
                    + " dimensions but title vector " + titleVector.length);
        }
    }

    /** A signal without terms or numbers. */
    public ArticleSignal(String id, Optional<LocalDate> published, String title, float[] vector, float[] titleVector,
                         List<String> entities) {
        this(id, published, title, vector, titleVector, entities, Map.of(), List.of());
    }

    boolean hasTitle() {
        for (float x : titleVector) {
            if (x != 0) {
                return true;
            }
        }
        return false;
    }
}
