package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NounCueTest {

    @Test
    void readsACueNounWithTheSubjectOfItsLightVerbAsSource() {
        AttributedArticle a = Texts.attribute("Several lawmakers raised questions about how the program would be "
                + "funded.");
        Attribution x = Texts.about(a, "how the program would be funded");
        assertThat(x.cue().of(a.text())).isEqualTo("questions");
        assertThat(x.content().of(a.text())).isEqualTo("how the program would be funded");
        assertThat(Texts.source(a, x)).isEqualTo("Several lawmakers");
        assertThat(Attributor.rulesOnly().attribute(a.annotated()).attributions()).isEmpty();
    }

    @Test
    void readsACueNounWithItsPossessorAsSource() {
        AttributedArticle a = Texts.attribute("Clinton's criticism of the coal industry went unheeded.");
        Attribution x = Texts.about(a, "the coal industry");
        assertThat(x.cue().of(a.text())).isEqualTo("criticism");
        assertThat(x.content().of(a.text())).isEqualTo("the coal industry");
        assertThat(x.speaker().name()).contains("Clinton");
    }

    @Test
    void aComplementThatOnlyRefersBackSaysNothing() {
        AttributedArticle a = Texts.attribute("Beijing announced new export rules on Monday. The US has expressed "
                + "concerns about this development.");
        assertThat(a.attributions())
                .noneSatisfy(x -> assertThat(x.content().of(a.text())).isEqualTo("this development"));
    }

    @Test
    void resolvesAPossessivePronounAsItsPersonalPronoun() {
        AttributedArticle a = Texts.attribute("""
                Elizabeth Warren spoke in Boston on Monday.

                Her warning that the economy would slow went unheeded.
                """);
        Attribution x = Texts.about(a, "the economy would slow");
        assertThat(x.cue().of(a.text())).isEqualTo("warning");
        assertThat(Texts.source(a, x)).isEqualTo("Her");
        assertThat(x.speaker().name()).contains("Elizabeth Warren");
    }

    @Test
    void offersNounsWithAComplementWithFeaturesApartFromTheVerbs() {
        AnnotatedArticle annotated = Texts.annotate("The senator expressed support for the trade deal at noon.");
        CueDetector.Candidate support = CueDetector.candidates(annotated).stream()
                .filter(c -> c.span().of(annotated.text()).equals("support")).findFirst().orElseThrow();
        assertThat(support.features()).contains("noun.bias", "noun.comp=nmod:for", "noun.source=other")
                .doesNotContain("bias");
        assertThat(CueDetector.candidates(annotated)).extracting(c -> c.span().of(annotated.text()))
                .doesNotContain("noon", "deal", "senator");
    }
}
