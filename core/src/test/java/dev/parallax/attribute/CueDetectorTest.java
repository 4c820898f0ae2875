package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CueDetectorTest {

    private static final String TEXT = """
            Clinton professed that she had never sent classified material from her private server.

            The mayor depicted the new stadium as a gift to the city.

            The senator said the bill would pass.
            """;

    @Test
    void findsCueVerbsTheLexiconLacks() {
        AttributedArticle a = Texts.attribute(TEXT);
        Attribution professed = Texts.about(a, "she had never sent classified material");
        assertThat(professed.cue().of(a.text())).isEqualTo("professed");
        assertThat(Texts.source(a, professed)).isEqualTo("Clinton");
        Attribution depicted = Texts.about(a, "the new stadium as a gift");
        assertThat(Texts.source(a, depicted)).isEqualTo("The mayor");
    }

    @Test
    void theLexiconRulesAloneMissThem() {
        AnnotatedArticle annotated = Texts.annotate(TEXT);
        List<String> cues = Attributor.rulesOnly().attribute(annotated).attributions().stream()
                .map(x -> x.cue().of(annotated.text())).toList();
        assertThat(cues).containsExactly("said");
    }

    @Test
    void offersOnlyVerbsOutsideTheLexiconAndOutsideQuotations() {
        AnnotatedArticle annotated = Texts.annotate("""
                Clinton professed that she was innocent. “We rejected the deal,” the senator said.
                """);
        List<String> words = CueDetector.candidates(annotated).stream().map(c -> c.span().of(annotated.text()))
                .toList();
        assertThat(words).contains("professed", "was").doesNotContain("said", "rejected");
        assertThat(CueDetector.candidates(annotated)).allSatisfy(c -> assertThat(c.features()).contains("bias"));
    }

    @Test
    void aDetectorThatAcceptsNothingLeavesTheLexiconRules() {
        AnnotatedArticle annotated = Texts.annotate(TEXT);
        LinearModel never = CueDetector.bundled().model().withThreshold(1.0);
        Attributor attributor = new Attributor(Optional.of(new CueDetector(never)), Optional.empty(), Optional.empty());
        assertThat(attributor.attribute(annotated).attributions())
                .isEqualTo(Attributor.rulesOnly().attribute(annotated).attributions());
    }
}
