package dev.parallax.attribute;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingWordsTest {

    private static ReportingWords of(String text, String content) {
        AttributedArticle a = Texts.attribute(text);
        return ReportingWords.of(a.annotated(), Texts.about(a, content).cue());
    }

    @Test
    void takesInTheAuxiliariesAndTheNegationBeforeTheCue() {
        String text = "The harbour master has not said whether the pier will reopen in spring.";
        ReportingWords w = of(text, "the pier will reopen");
        assertThat(w.span().of(text)).isEqualTo("has not said");
        assertThat(w.negated()).isTrue();
        assertThat(w.cueLemma()).isEqualTo("say");
    }

    @Test
    void readsContractedNegationsAsTheTextWritesThem() {
        String text = "The two bakers won't say whether the shop will close. Their landlord can't confirm that the rent went up last year.";
        assertThat(of(text, "the shop will close").span().of(text)).isEqualTo("won't say");
        assertThat(of(text, "rent").span().of(text)).isEqualTo("can't confirm");
    }

    @Test
    void aPlainCueIsItsOwnReportingWords() {
        String text = "The mayor said the bridge would stay closed.";
        ReportingWords w = of(text, "the bridge would stay closed");
        assertThat(w.span().of(text)).isEqualTo("said");
        assertThat(w.negated()).isFalse();
    }
}
