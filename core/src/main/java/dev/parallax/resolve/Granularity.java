package dev.parallax.resolve;

import java.util.Locale;

/** How precise a calendar date is, finest first. */
public enum Granularity {
    DAY, WEEK, MONTH, SEASON, QUARTER, YEAR;

    /** The lower-case name used in the briefing JSON: {@code day}, {@code month}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
