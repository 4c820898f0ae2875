package dev.parallax.resolve;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks up a parse stay finite: CoreNLP's graphs can hold cycles. */
class ParsedSentenceTest {

    /** "officials expected hold talks Tuesday", with the given arcs (governor, dependent, relation). */
    private static ParsedSentence parse(Dependency... arcs) {
        String[][] words = {{"officials", "NNS"}, {"expected", "VBD"}, {"hold", "VB"}, {"talks", "NNS"}, {"Tuesday", "NNP"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] w : words) {
            tokens.add(new Token(new Span(at, at + w[0].length()), w[0], w[1], w[0].toLowerCase(), "O"));
            at += w[0].length() + 1;
        }
        return new ParsedSentence(new Sentence(0, new Span(0, at - 1), tokens, List.of(arcs)));
    }

    @Test
    void aWellFormedTreeClimbsToTheVerbAbove() {
        ParsedSentence s = parse(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "xcomp"), new Dependency(2, 3, "obj"), new Dependency(2, 4, "obl:tmod"));
        assertThat(s.clauseVerb(4)).as("a subjectless infinitive gives way to its verb").isEqualTo(1);
        assertThat(s.complemented(2)).isEqualTo(1);
    }

    @Test
    @Timeout(10) // before the bound, a cycle made these calls loop for ever
    void cyclesEndTheClimb() {
        ParsedSentence nouns = parse(new Dependency(4, 3, "compound"), new Dependency(3, 4, "nmod"),
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "xcomp"));
        assertThat(nouns.clauseVerb(4)).isBetween(-1, 4);
        ParsedSentence verbs = parse(new Dependency(2, 1, "xcomp"), new Dependency(1, 2, "xcomp"),
                new Dependency(1, 0, "nsubj"), new Dependency(2, 3, "obj"), new Dependency(2, 4, "obl:tmod"));
        assertThat(verbs.complemented(2)).isIn(1, 2);
        assertThat(verbs.clauseVerb(4)).isIn(1, 2);
    }
}
