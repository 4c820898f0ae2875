package dev.parallax.compare;

import dev.parallax.core.Span;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * One statement of an article: a sentence, or one of the independent clauses a sentence joins ("X, but Y"), as a
 * span whose text is cut from the article, with what matching needs — its side, the quantities and dates it states,
 * whether it is negated, its named entities, its content lemmas and noun phrases, and its embedding.
 *
 * @param position index of the claim among the article's claims (news puts the event first)
 * @param numbers  quantities, each a normalised number and the lemma of the noun it counts ({@code 60 country},
 *                 {@code 29}); a number that counts nothing stands alone
 * @param dates    TIMEX3 values of the date expressions in the claim
 * @param negated  whether a negation word ({@code not}, {@code never}, {@code no}, ...) is in the claim
 * @param terms    lemmas of its content words (nouns, names, verbs, adjectives, numbers), lower case
 * @param phrases  lemma pairs of its noun phrases: an adjective or noun before a noun ({@code joint statement})
 * @param voice    who the article attributes the claim to, normalised ({@code us official} for "US officials" and
 *                 "one US official"), or empty when it is the article's own statement
 */
public record Claim(String article, String side, int position, Span span, String text, Set<String> numbers,
                    Set<String> dates, boolean negated, Set<String> entities, Set<String> terms, Set<String> phrases,
                    float[] vector, String voice) {

    /** A claim whose voice is not known yet. */
    public Claim(String article, String side, int position, Span span, String text, Set<String> numbers,
                 Set<String> dates, boolean negated, Set<String> entities, Set<String> terms, Set<String> phrases,
                 float[] vector) {
        this(article, side, position, span, text, numbers, dates, negated, entities, terms, phrases, vector, "");
    }

    public Claim {
        requireNonNull(article, "article");
        requireNonNull(side, "side");
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("claim text of " + text.length() + " chars does not fit span " + span);
        }
        // Sorted, not Set.copyOf (whose order changes from run to run): sums over them are the same every run.
        numbers = Collections.unmodifiableSortedSet(new TreeSet<>(numbers));
        dates = Collections.unmodifiableSortedSet(new TreeSet<>(dates));
        entities = Collections.unmodifiableSortedSet(new TreeSet<>(entities));
        terms = Collections.unmodifiableSortedSet(new TreeSet<>(terms));
        phrases = Collections.unmodifiableSortedSet(new TreeSet<>(phrases));
        requireNonNull(vector, "vector");
        requireNonNull(voice, "voice");
    }

    Claim withVector(float[] v) {
        return new Claim(article, side, position, span, text, numbers, dates, negated, entities, terms, phrases, v,
                voice);
    }

    Claim withVoice(String v) {
        return new Claim(article, side, position, span, text, numbers, dates, negated, entities, terms, phrases,
                vector, v);
    }

    static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
