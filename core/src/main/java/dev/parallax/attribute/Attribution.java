package dev.parallax.attribute;

import dev.parallax.core.Span;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One statement attributed to a source: who said (wrote, believes, reported) what, with which cue word, and through
 * which intermediary. All spans are over the article's clean text.
 *
 * @param kind     {@link Kind#DIRECT} for a quotation, {@link Kind#INDIRECT} for reported speech, {@link Kind#MIXED}
 *                 for reported speech that quotes part of the words
 * @param content  the extent of what is attributed, from its first to its last character
 * @param parts    the pieces of {@code content} that are the statement itself (a quote interrupted by its tag
 *                 has two parts); always inside {@code content}, in text order, at least one
 * @param cue      the word or words that mark the attribution: {@code said}, {@code according to}, a colon ...
 * @param source   the speaker's mention as written ({@code he}, {@code Lee}, {@code one US official}); empty when
 *                 the text does not name one
 * @param speaker  who the source refers to, with role and affiliation when the text gives them; {@link
 *                 Speaker#UNKNOWN} when there is no source, or when the source is a pronoun no one named in the
 *                 text can be found for
 * @param via      the medium that carries the statement: {@code told the Global Times}, {@code Reuters quoted}
 * @param sentence index of the sentence holding the cue
 */
public record Attribution(Kind kind, Span content, List<Span> parts, Span cue, Optional<Span> source, Speaker speaker,
                          Optional<Intermediary> via, int sentence) {

    /** How the statement is given. */
    public enum Kind { DIRECT, INDIRECT, MIXED }

    public Attribution {
        requireNonNull(kind, "kind");
        requireNonNull(content, "content");
        parts = List.copyOf(parts);
        requireNonNull(cue, "cue");
        requireNonNull(source, "source");
        requireNonNull(speaker, "speaker");
        requireNonNull(via, "via");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("attribution at " + content + " has no content parts");
        }
        for (Span part : parts) {
            if (!content.contains(part)) {
                throw new IllegalArgumentException("content part " + part + " lies outside content " + content);
            }
        }
    }

    public boolean isDirect() {
        return kind == Kind.DIRECT;
    }
}
