package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The words that report a statement as the text has them: its cue with the auxiliaries and the negation right before
 * it ("did not expect", "has called for", "won't say"), at most three words before the cue. A reader shown a
 * statement with its cue alone ("expect") would take a denied view for the view itself.
 *
 * @param span     from the first of those words to the end of the cue; the cue alone when it starts no token
 * @param cueLemma the lemma of the cue's first token, lower case ("" when it starts no token)
 * @param negated  whether a negation stands among them ("not", "n't", "never")
 */
public record ReportingWords(Span span, String cueLemma, boolean negated) {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");
    /** The auxiliaries that may stand between a negation and its verb. */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "have", "has", "had", "is", "are",
            "was", "were", "be", "been", "will", "would", "can", "could", "may", "might", "should", "must", "yet",
            "ca", "wo"); // "can't" and "won't" are tokenized "ca n't" and "wo n't"
    private static final int REACH = 3;

    public ReportingWords {
        requireNonNull(span, "span");
        requireNonNull(cueLemma, "cueLemma");
    }

    /** The reporting words of the attribution whose cue is {@code cue} in {@code article}. */
    public static ReportingWords of(AnnotatedArticle article, Span cue) {
        for (Sentence sentence : article.sentences()) {
            if (cue.start() < sentence.span().start() || cue.start() >= sentence.span().end()) {
                continue;
            }
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().start() != cue.start()) {
                    continue;
                }
                int first = i;
                boolean negated = false;
                for (int j = i - 1; j >= 0 && j >= i - REACH; j--) {
                    String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
                    if (!NEGATIONS.contains(w) && !AUXILIARIES.contains(w)) {
                        break;
                    }
                    negated |= NEGATIONS.contains(w);
                    first = j;
                }
                return new ReportingWords(new Span(tokens.get(first).span().start(), cue.end()),
                        tokens.get(i).lemma().toLowerCase(Locale.ROOT), negated);
            }
        }
        return new ReportingWords(cue, "", false);
    }
}
