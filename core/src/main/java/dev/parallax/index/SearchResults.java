package dev.parallax.index;

import java.util.List;

/**
 * One page of a search: the hits from {@code offset} on, best first, and how many sentences passed the cut-off in
 * all ({@code total}), so a caller can page on.
 */
public record SearchResults(int total, int offset, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
        if (total < 0 || offset < 0) {
            throw new IllegalArgumentException("negative total or offset: " + total + ", " + offset);
        }
    }
}
