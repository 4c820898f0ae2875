package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ContentEndsTest {

    private static final Attributor RULES_ENDS = new Attributor(Optional.of(CueDetector.bundled()), Optional.empty(),
            Optional.empty());

    /** The texts of the ends offered for the reported statement whose rules' content contains {@code words}. */
    private static List<String> ends(AnnotatedArticle annotated, String words) {
        List<Attribution> found = RULES_ENDS.attribute(annotated).attributions();
        ContentEnds.Choice choice = ContentEnds.choices(annotated, found).stream()
                .filter(c -> c.attribution().content().of(annotated.text()).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice about '" + words + "'"));
        return choice.ends().stream().map(e -> e.lastPart().of(annotated.text())).toList();
    }

    @Test
    void offersTheRulesEndFirstThenEndsBeforeAndAfterConstituents() {
        AnnotatedArticle annotated = Texts.annotate("""
                Clinton said that she has released 30 years of tax returns and called on Sanders to do the same.

                The senator compared abortion to the Holocaust on Tuesday.
                """);
        List<String> released = ends(annotated, "30 years");
        assertThat(released.getFirst()).isEqualTo(RULES_ENDS.attribute(annotated).attributions().stream()
                .filter(a -> a.content().of(annotated.text()).contains("30 years")).findFirst().orElseThrow()
                .parts().getLast().of(annotated.text()));
        assertThat(released).contains("that she has released 30 years of tax returns");
        assertThat(released).doesNotHaveDuplicates().allSatisfy(e -> assertThat(e).startsWith("that she has"));
        List<String> compared = ends(annotated, "abortion");
        assertThat(compared).contains("abortion to the Holocaust");
    }

    @Test
    void quotationsHaveNoChoice() {
        AnnotatedArticle annotated = Texts.annotate("""
                “We will win this state and then the next one,” the governor said on Monday.
                """);
        List<Attribution> found = RULES_ENDS.attribute(annotated).attributions();
        assertThat(found).isNotEmpty();
        assertThat(ContentEnds.choices(annotated, found)).isEmpty();
    }

    @Test
    void theBundledModelLeavesOutTheSpeakersNextStatementAndTakesInAnObjectsComplement() {
        AttributedArticle a = Texts.attribute("""
                Pence called for a special prosecutor to investigate the emails, saying the department is biased.

                He accused Russia of being behind the hack of party computers.
                """);
        assertThat(Texts.about(a, "special prosecutor").content().of(a.text()))
                .isEqualTo("a special prosecutor to investigate the emails");
        assertThat(Texts.about(a, "Russia").content().of(a.text()))
                .isEqualTo("Russia of being behind the hack of party computers");
        AttributedArticle rules = RULES_ENDS.attribute(Texts.annotate(a.text()));
        assertThat(Texts.about(rules, "Russia").content().of(a.text())).isEqualTo("Russia");
    }

    @Test
    void aModelThatNeverMovesLeavesTheRulesEnds() {
        AnnotatedArticle annotated = Texts.annotate("""
                Clinton said that she has released 30 years of tax returns and called on Sanders to do the same.
                """);
        ContentEnds never = new ContentEnds(ContentEnds.bundled().model().withThreshold(1.0));
        Attributor attributor = new Attributor(Optional.of(CueDetector.bundled()), Optional.of(never),
                Optional.empty());
        assertThat(attributor.attribute(annotated).attributions())
                .isEqualTo(RULES_ENDS.attribute(annotated).attributions());
    }
}
