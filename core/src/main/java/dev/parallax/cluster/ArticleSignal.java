package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What story clustering knows of one article: its id, publication day (empty when unknown), title, unit vectors of
 * its content and of its title (the zero vector when there is no title), and its main named entities (normalised
 * names, most mentioned first).
 */
public record ArticleSignal(String id, Optional<LocalDate> published, String title, float[] vector, float[] titleVector,
                            List<String> entities) {

    public ArticleSignal {
        requireNonNull(id, "id");
        requireNonNull(published, "published");
        requireNonNull(title, "title");
        requireNonNull(vector, "vector");
        requireNonNull(titleVector, "titleVector");
        entities = List.copyOf(entities);
        if (vector.length != titleVector.length) {
            throw new IllegalArgumentException("article " + id + ": content vector has " + vector.length
                    + " dimensions but title vector " + titleVector.length);
        }
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
