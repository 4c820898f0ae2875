package dev.parallax.compare;

import dev.parallax.core.Span;

import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * One statement of an article: a sentence span with what matching needs — its side, the numbers and dates it
 * states, whether its main verb is negated, its named entities and its embedding.
 *
 * @param position index of the claim among the article's claims (news puts the event first)
 * @param numbers  numbers as written in digits or words, normalised ({@code 60}, {@code 29})
 * @param dates    TIMEX3 values of the date expressions in the sentence
 * @param terms    lemmas of its content words (nouns, names, verbs, adjectives, numbers), lower case
 */
public record Claim(String article, String side, int position, Span span, String text, Set<String> numbers,
                    Set<String> dates, boolean negated, Set<String> entities, Set<String> terms, float[] vector) {

    public Claim {
        requireNonNull(article, "article");
        requireNonNull(side, "side");
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        numbers = Set.copyOf(numbers);
        dates = Set.copyOf(dates);
        entities = Set.copyOf(entities);
        terms = Set.copyOf(terms);
        requireNonNull(vector, "vector");
    }

    Claim withVector(float[] v) {
        return new Claim(article, side, position, span, text, numbers, dates, negated, entities, terms, v);
    }

    static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
