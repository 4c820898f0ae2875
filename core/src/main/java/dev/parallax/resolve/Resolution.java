package dev.parallax.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What resolving a set of articles against each other and against the outlet registry gives, by article id: each
 * article's outlet and side, the actors named across the articles, publication dates inferred where missing, every
 * date expression anchored to a calendar date, and the dated events.
 *
 * @param perspective the side axis the sides come from
 */
public record Resolution(Perspective perspective, Map<String, ResolvedOutlet> outlets, Map<String, String> sides,
                         List<Actor> actors, Map<String, DateInference> inferred,
                         Map<String, List<DatedExpression>> dates, Map<String, List<DatedEvent>> dated) {

    public Resolution {
        requireNonNull(perspective, "perspective");
        // Insertion order is the articles' order: maps are copied in order, never by Map.copyOf.
        outlets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outlets));
        sides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sides));
        actors = List.copyOf(actors);
        inferred = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inferred));
        dates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dates));
        dated = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dated));
    }
}
