package dev.parallax.resolve;

import dev.parallax.core.Span;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * A dated clause of one article: what its date expression dates, and who takes part.
 *
 * @param date     the date expression, anchored
 * @param sentence the span of the sentence it is in
 * @param clause   the span of the clause the date belongs to (the subtree of its verb)
 * @param verb     the lemma of that verb ("reach", "launch")
 * @param actors   ids of the actors named in the clause
 * @param terms    what the sentence is about ({@link EventTerms})
 * @param names    the names in the clause other than countries', for finding the event restated elsewhere
 */
public record DatedEvent(String article, DatedExpression date, Span sentence, Span clause, String verb,
                         List<String> actors, Set<String> terms, Set<String> names) {

    public DatedEvent {
        requireNonNull(article, "article");
        requireNonNull(date, "date");
        requireNonNull(sentence, "sentence");
        requireNonNull(clause, "clause");
        requireNonNull(verb, "verb");
        actors = List.copyOf(actors);
        terms = Collections.unmodifiableSortedSet(new TreeSet<>(terms)); // the same order every run
        names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
        if (date.date().isEmpty()) {
            throw new IllegalArgumentException("event at " + sentence + " in " + article + " has an unanchored date '"
                    + date.text() + "'");
        }
        if (!sentence.contains(clause)) {
            throw new IllegalArgumentException("clause " + clause + " lies outside its sentence " + sentence);
        }
    }

    public CalendarDate calendarDate() {
        return date.date().orElseThrow();
    }
}
