package dev.parallax.resolve;

import java.time.LocalDate;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A publication date Parallax inferred for an article that states none — never to be shown as if the page stated
 * it — or the record that it could not.
 *
 * @param value      the earliest date the evidence allows; empty when unknown
 * @param earliest   the first possible day, when the evidence bounds it
 * @param latest     the last possible day, when the evidence bounds it
 * @param confidence the chance that {@code value} is the very day, 0 when unknown: a uniform guess over the window,
 *                   discounted for the match between articles being a heuristic
 * @param evidence   in words: which expressions matched which dated events of which articles, or why none did
 */
public record DateInference(Optional<LocalDate> value, Optional<LocalDate> earliest, Optional<LocalDate> latest,
                            double confidence, String evidence) {

    public DateInference {
        requireNonNull(value, "value");
        requireNonNull(earliest, "earliest");
        requireNonNull(latest, "latest");
        requireNonNull(evidence, "evidence");
        if (confidence < 0 || confidence > 1 || value.isEmpty() && confidence > 0) {
            throw new IllegalArgumentException("confidence " + confidence + " does not fit inferred date " + value);
        }
    }

    public static DateInference unknown(Optional<LocalDate> earliest, String evidence) {
        return new DateInference(Optional.empty(), earliest, Optional.empty(), 0, evidence);
    }

    public boolean known() {
        return value.isPresent();
    }
}
