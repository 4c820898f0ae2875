package dev.parallax.embed;

import static java.util.Objects.requireNonNull;

/**
 * The unit vectors of one article: of its lead (title and first statements) and of its title alone (the zero vector
 * when it has no title). Both have {@link Embedder#DIMENSIONS} dimensions.
 */
public record ArticleVectors(float[] lead, float[] title) {

    public ArticleVectors {
        requireNonNull(lead, "lead");
        requireNonNull(title, "title");
        if (lead.length != title.length) {
            throw new IllegalArgumentException("lead vector has " + lead.length + " dimensions but title vector "
                    + title.length);
        }
    }

    /** Zero vectors: an article that could not be embedded is similar to nothing. */
    public static ArticleVectors none() {
        return new ArticleVectors(new float[Embedder.DIMENSIONS], new float[Embedder.DIMENSIONS]);
    }
}
