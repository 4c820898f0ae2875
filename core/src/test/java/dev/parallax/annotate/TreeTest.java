package dev.parallax.annotate;

import dev.parallax.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The one tree read from an enhanced++ graph: one head per token, enhanced-only arcs ignored, walks stay finite. */
class TreeTest {

    /** "officials expected hold talks Tuesday", with the given arcs (governor, dependent, relation). */
    private static Tree parse(Dependency... arcs) {
        String[][] words = {{"officials", "NNS"}, {"expected", "VBD"}, {"hold", "VB"}, {"talks", "NNS"}, {"Tuesday", "NNP"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] w : words) {
            tokens.add(new Token(new Span(at, at + w[0].length()), w[0], w[1], w[0].toLowerCase(), "O"));
            at += w[0].length() + 1;
        }
        return new Tree(new Sentence(0, new Span(0, at - 1), tokens, List.of(arcs)));
    }

    @Test
    void aWellFormedTreeClimbsToTheVerbAbove() {
        Tree s = parse(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "xcomp"), new Dependency(2, 3, "obj"), new Dependency(2, 4, "obl:tmod"));
        assertThat(s.root()).isEqualTo(1);
        assertThat(s.clauseVerb(4)).as("a subjectless infinitive gives way to its verb").isEqualTo(1);
        assertThat(s.complemented(2)).isEqualTo(1);
        assertThat(s.children(2)).containsExactly(3, 4);
        assertThat(s.subtreeBounds(2)).containsExactly(2, 4);
        assertThat(s.head(s.tokensIn(new Span(19, 29)))).as("'hold talks' is headed by hold").isEqualTo(2);
    }

    @Test
    void enhancedOnlyArcsAreNotHeads() {
        // The controlled subject: enhanced++ adds nsubj:xsubj from "hold"; the listing order must not matter.
        Tree s = parse(new Dependency(-1, 1, "root"), new Dependency(2, 0, "nsubj:xsubj"),
                new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "xcomp"), new Dependency(3, 2, "ref"),
                new Dependency(2, 3, "obj"), new Dependency(4, 4, "dep"), new Dependency(2, 4, "obl:tmod"));
        assertThat(s.parent(0)).isEqualTo(1);
        assertThat(s.relation(0)).isEqualTo("nsubj");
        assertThat(s.parent(2)).as("a ref arc never makes a head").isEqualTo(1);
        assertThat(s.parent(4)).as("a self-loop is ignored").isEqualTo(2);
        assertThat(s.childrenWithPrefix(2, "nsubj")).isEmpty();
    }

    @Test
    void aTokenWithSeveralHeadsTakesTheNearestThatClosesNoCycle() {
        // "talks" has a head 1 away ("hold") and one 2 away ("expected"): the nearer wins.
        Tree near = parse(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "obj"),
                new Dependency(3, 2, "acl"), new Dependency(2, 3, "obj"), new Dependency(3, 4, "nmod"));
        assertThat(near.parent(2)).as("a single head is kept").isEqualTo(3);
        assertThat(near.parent(3)).as("'hold' is nearer, but it hangs below 'talks': taking it closes a cycle")
                .isEqualTo(1);
        assertThat(near.dominates(1, 4)).isTrue();
        assertThat(near.child(1, Set.of("obj"))).isEqualTo(3);
    }

    @Test
    void aSentenceWithoutAParseHasOnlyRoots() {
        Tree s = parse();
        assertThat(s.parsed()).isFalse();
        assertThat(s.parent(3)).isEqualTo(-1);
        assertThat(s.relation(3)).isEqualTo("root");
        assertThat(s.root()).isZero();
    }

    @Test
    @Timeout(10) // a cycle among single-headed tokens once made these calls loop for ever
    void cyclesEndTheClimb() {
        Tree nouns = parse(new Dependency(4, 3, "compound"), new Dependency(3, 4, "nmod"),
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "xcomp"));
        assertThat(nouns.clauseVerb(4)).isBetween(-1, 4);
        assertThat(nouns.dominates(1, 4)).isFalse();
        Tree verbs = parse(new Dependency(2, 1, "xcomp"), new Dependency(1, 2, "xcomp"),
                new Dependency(1, 0, "nsubj"), new Dependency(2, 3, "obj"), new Dependency(2, 4, "obl:tmod"));
        assertThat(verbs.complemented(2)).isIn(1, 2);
        assertThat(verbs.clauseVerb(4)).isIn(1, 2);
        assertThat(verbs.subtreeBounds(2)).containsExactly(0, 4);
    }

    @Test
    void aRelativeClauseIsNeverItsAntecedentsHead() {
        // "Lee who was doctor and retired said no": enhanced++ makes "Lee" the subject of "doctor", of the conjoined
        // "retired" and of "said"; only "said" is its head, whichever token the tree attaches first.
        String[][] words = {{"Lee", "NNP"}, {"who", "WP"}, {"was", "VBD"}, {"doctor", "NN"}, {"and", "CC"},
                {"retired", "VBN"}, {"said", "VBD"}, {"no", "UH"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] w : words) {
            tokens.add(new Token(new Span(at, at + w[0].length()), w[0], w[1], w[0].toLowerCase(), "O"));
            at += w[0].length() + 1;
        }
        Tree s = new Tree(new Sentence(0, new Span(0, at - 1), tokens, List.of(new Dependency(-1, 6, "root"),
                new Dependency(3, 0, "nsubj"), new Dependency(5, 0, "nsubj"), new Dependency(6, 0, "nsubj"),
                new Dependency(0, 1, "ref"), new Dependency(3, 2, "cop"), new Dependency(0, 3, "acl:relcl"),
                new Dependency(5, 4, "cc"), new Dependency(0, 5, "acl:relcl"), new Dependency(3, 5, "conj:and"),
                new Dependency(6, 7, "obj"))));
        assertThat(s.parent(0)).isEqualTo(6);
        assertThat(s.relation(0)).isEqualTo("nsubj");
        assertThat(s.parent(3)).isZero();
        assertThat(s.parent(5)).as("the conjunct, nearer than the antecedent").isEqualTo(3);
    }
}
