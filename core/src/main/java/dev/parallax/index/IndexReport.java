package dev.parallax.index;

import dev.parallax.core.Problem;

import java.util.List;

/**
 * What one indexing run did.
 *
 * @param inputs     raw documents offered
 * @param unchanged  inputs already in the corpus with the same bytes (skipped)
 * @param added      new articles written
 * @param sameText   inputs whose text was already an article: recorded as one more origin of it
 * @param analysed   articles analysed (annotated, attributed, embedded) in this run: the costly part
 * @param commits    durable commits made
 * @param problems   inputs that could not be read, and articles extraction could not handle
 * @param changes    metadata of articles already in the corpus changed by an input that brought their text again
 */
public record IndexReport(int inputs, int unchanged, int added, int sameText, int analysed, int commits,
                          List<Problem> problems, List<MetadataChange> changes) {

    public IndexReport {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** A run that changed no article's metadata. */
    public IndexReport(int inputs, int unchanged, int added, int sameText, int analysed, int commits,
                       List<Problem> problems) {
        this(inputs, unchanged, added, sameText, analysed, commits, problems, List.of());
    }

    /** True when something new reached the corpus, so stories may have changed. */
    public boolean changed() {
        return added > 0 || sameText > 0;
    }
}
