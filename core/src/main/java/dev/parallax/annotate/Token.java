package dev.parallax.annotate;

import dev.parallax.core.Span;

import static java.util.Objects.requireNonNull;

/**
 * One token of the clean text.
 *
 * @param word  the token as written in the text (quotes keep their original characters)
 * @param pos   Penn Treebank part of speech
 * @param ner   named-entity tag, or {@code O}
 */
public record Token(Span span, String word, String pos, String lemma, String ner) {

    public Token {
        requireNonNull(span, "span");
        requireNonNull(word, "word");
        requireNonNull(pos, "pos");
        requireNonNull(lemma, "lemma");
        requireNonNull(ner, "ner");
    }
}
