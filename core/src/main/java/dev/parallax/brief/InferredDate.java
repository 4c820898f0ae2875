package dev.parallax.brief;

import static java.util.Objects.requireNonNull;

/**
 * A publication date Parallax inferred for an article that states none. Kept apart from {@code published}, which
 * only ever holds what the page or the user gave.
 *
 * @param value      the inferred date (the earliest the evidence allows), or {@code null} when it stays unknown
 * @param earliest   first possible day, or {@code null}
 * @param latest     last possible day, or {@code null}
 * @param confidence chance that {@code value} is the very day; 0 when unknown
 * @param evidence   which expressions matched which dated events of which articles, or why nothing did
 */
public record InferredDate(String value, String earliest, String latest, double confidence, String evidence) {

    public InferredDate {
        requireNonNull(evidence, "evidence");
    }
}
