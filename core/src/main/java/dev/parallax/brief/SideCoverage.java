package dev.parallax.brief;

import java.util.List;

/** One side of the chosen perspective in a story: its outlets and their articles. */
public record SideCoverage(String side, List<String> outlets, List<String> articles) {

    public SideCoverage {
        outlets = List.copyOf(outlets);
        articles = List.copyOf(articles);
    }
}
