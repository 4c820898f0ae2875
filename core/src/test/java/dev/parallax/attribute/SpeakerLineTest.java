package dev.parallax.attribute;

import org.junit.jupiter.api.Test;

import static dev.parallax.attribute.Texts.about;
import static dev.parallax.attribute.Texts.attribute;
import static dev.parallax.attribute.Texts.source;
import static org.assertj.core.api.Assertions.assertThat;

/** Headlines and transcript lines opened by a speaker and a colon, through the real CoreNLP parser. */
class SpeakerLineTest {

    @Test
    void aHeadlineOpenedByANounPhraseThatNamesAPersonIsItsStatement() {
        AttributedArticle a = attribute("""
                Obama's campaign manager: Romney's tax plan would hurt the middle class.

                The president's campaign said on Monday that the plan would cost families thousands of dollars.
                """);
        Attribution x = about(a, "Romney's tax plan would hurt");
        assertThat(source(a, x)).isEqualTo("Obama's campaign manager");
        assertThat(x.cue().of(a.text())).isEqualTo(":");
    }

    @Test
    void aHeadlineOpenedByARoleOrADocumentNounIsItsStatement() {
        AttributedArticle a = attribute("""
                Economists: The rate cut came too late to help exporters.

                Survey: Most voters want the talks to go on.

                The central bank cut its main rate by half a point in March.
                """);
        assertThat(source(a, about(a, "The rate cut came too late"))).isEqualTo("Economists");
        Attribution survey = about(a, "Most voters want");
        assertThat(source(a, survey)).isEqualTo("Survey");
        assertThat(survey.speaker().kind()).isEqualTo(Speaker.Kind.DOCUMENT);
    }

    @Test
    void aSurnameTheTaggerMissesSpeaksWhenTheArticleNamesThePerson() {
        AttributedArticle a = attribute("""
                Pence: The ticket will not release more medical records.

                Gov. Mike Pence said on Sunday that the campaign had released enough.
                """);
        Attribution x = about(a, "The ticket will not release");
        assertThat(source(a, x)).isEqualTo("Pence");
        assertThat(x.speaker().name()).isEqualTo("Mike Pence");
        assertThat(x.speaker().kind()).isEqualTo(Speaker.Kind.PERSON);
    }

    @Test
    void aDatedSectionLabelOrAPlaceBeforeAColonSaysNothing() {
        AttributedArticle a = attribute("""
                Tuesday's Morning Report: Markets fall as the trade talks stall again.

                Geneva: Delegates from both countries arrived late on Monday night.

                Stocks fell in Asia and Europe after the talks in Geneva ended without a date for the next round.
                """);
        assertThat(a.attributions()).noneSatisfy(x -> assertThat(x.cue().of(a.text())).isEqualTo(":"));
    }
}
