package dev.parallax.attribute;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.attribute.Texts.about;
import static dev.parallax.attribute.Texts.attribute;
import static dev.parallax.attribute.Texts.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mention a cue takes as its source where the parse misleads: sentences whose parse (real CoreNLP) puts the
 * speaker where the plain reading of the frames would miss or mistake it.
 */
class CueSourceTest {

    @Test
    void aQuotationsTagKeepsItsSpeakerWhenTheParseMadeTheTagPassive() {
        // The parse joins the quoted words to the tag as one passive clause: "is" inside the quotation becomes the
        // tag verb's passive auxiliary and Martinez its passive subject.
        AttributedArticle a = attribute("“I think part of the reason why we are going to win the state is because "
                + "we have worked harder than anyone,” Martinez said.");
        Attribution x = about(a, "we have worked harder");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(source(a, x)).isEqualTo("Martinez");
    }

    @Test
    void aQuotationsTagTakesTheNameOutsideTheQuotationAsItsSubject() {
        AttributedArticle a = attribute("\"Many of her plans are far from realistic,\" columnist Li Wei wrote in "
                + "the evening paper.");
        Attribution x = about(a, "far from realistic");
        assertThat(source(a, x)).isEqualTo("columnist Li Wei");
    }

    @Test
    void aNameAfterTheTagVerbIsTheSpeakerEvenWhenTaggedAsAnAdjective() {
        // CoreNLP tags "Devine" as an adjective (and a PERSON): the entity type makes it the name after the verb.
        AttributedArticle a = attribute("“We are nowhere near the end of this fight,” said Devine.");
        Attribution x = about(a, "nowhere near the end");
        assertThat(source(a, x)).isEqualTo("Devine");
    }

    @Test
    void whichAfterThingsNamesNoSpeaker() {
        // The parse hangs the relative clause on the nearest noun, the services; "which" never stands for people,
        // and things do not speak, so the statement keeps "which" as its source but names no speaker.
        AttributedArticle a = attribute("The agency last year launched a program, offering a simple and open approach "
                + "for the testing of new drugs and medical devices, which clearly expressed the agency's wish to "
                + "protect patients.");
        Attribution x = about(a, "wish to protect patients");
        assertThat(source(a, x)).isEqualTo("which");
        assertThat(x.speaker().kind()).isEqualTo(Speaker.Kind.UNKNOWN);
    }

    @Test
    void whoeverIsAskedDoesNotAskTheQuestion() {
        AttributedArticle a = attribute("Asked whether she would run again next year, Senator Alvarez said she had "
                + "not decided.");
        Attribution question = about(a, "whether she would run again");
        assertThat(question.cue().of(a.text())).isEqualTo("Asked");
        assertThat(question.source()).isEmpty();
        assertThat(source(a, about(a, "she had not decided"))).isEqualTo("Senator Alvarez");
    }

    @Test
    void aQuestionAskedAfterTheTagHasNoSourceEither() {
        AttributedArticle a = attribute("“You bet I would,” the mayor said when asked whether he would close the "
                + "schools.");
        assertThat(about(a, "whether he would close").source()).isEmpty();
        assertThat(source(a, about(a, "You bet I would"))).isEqualTo("the mayor");
    }

    @Test
    void theAgentOfAskedIsTheOneWhoAsks() {
        AttributedArticle a = attribute("Asked by a reporter whether he would sign the bill, the governor said he "
                + "would veto it.");
        assertThat(source(a, about(a, "whether he would sign"))).isEqualTo("a reporter");
    }

    @Test
    void aParticipleAfterACommaIsSaidByTheSpeakerNotByTheSubjectOfWhatWasSaid() {
        AttributedArticle a = attribute("Senator Ortiz warned that the shutdown could hurt the economy, remarking "
                + "that it would cost thousands of jobs.");
        assertThat(source(a, about(a, "it would cost thousands"))).isEqualTo("Senator Ortiz");
    }

    @Test
    void aParticipleAfterANounsThatClauseIsSaidByTheSpeaker() {
        AttributedArticle a = attribute("Reached by phone, Bennett denied the claim that a staff shakeup is coming, "
                + "explaining that he was on vacation.");
        assertThat(source(a, about(a, "he was on vacation"))).isEqualTo("Bennett");
    }

    @Test
    void aParticipleTheParseHungOnTheQuotationIsSaidByTheSpeakerOfTheTag() {
        AttributedArticle a = attribute("''For the past 40 years, wages have been steadily weakened,'' Ms. Rivera "
                + "added, noting that most workers qualified for overtime in 1975.");
        assertThat(source(a, about(a, "most workers qualified"))).isEqualTo("Ms. Rivera");
    }

    @Test
    void aGerundAfterAPrepositionIsSaidByTheSubjectOfTheVerbItModifies() {
        AttributedArticle a = attribute("“I have known her for years and I believe she is the best person to lead "
                + "the city,” the governor said, before clarifying that he, Morales, was the best candidate but that "
                + "Reyes is the best of the rest.");
        Attribution x = about(a, "was the best candidate");
        assertThat(x.cue().of(a.text())).isEqualTo("clarifying");
        assertThat(source(a, x)).isEqualTo("the governor");
    }

    @Test
    void aQuotedSentenceRightAfterReportedSpeechGoesOnWithItsSpeaker() {
        AttributedArticle a = attribute("Mayor Diaz said the city would appeal the ruling. “We will not give up on "
                + "these families, and we will take this case as far as we have to.”");
        Attribution x = about(a, "We will not give up");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(source(a, x)).isEqualTo("Mayor Diaz");
    }

    @Test
    void aQuotedSentenceInTheNextParagraphDoesNotGoOnWithReportedSpeech() {
        AttributedArticle a = attribute("Mayor Diaz said the city would appeal the ruling.\n\n“We will not give up "
                + "on these families, and we will take this case as far as we have to.”");
        assertThat(about(a, "We will not give up").source()).isEmpty();
    }

    @Test
    void aQuestionOpeningTheSentenceHasNoSourceWhereverTheParseHangsIt() {
        AttributedArticle a = attribute("Asked whether he would counsel Ortega to ask Reyes to join her ticket, Lopez "
                + "said he would not give her advice.");
        assertThat(about(a, "whether he would counsel").source()).isEmpty();
        assertThat(source(a, about(a, "he would not give her advice"))).isEqualTo("Lopez");
    }

    @Test
    void whenAskedHasNoSourceEvenWhenTheParseTakesItForAPastTense() {
        // CoreNLP tags this "asked" VBD: a finite verb after "when" with no subject of its own is a participle.
        AttributedArticle a = attribute("“We are going to put people back to work in every part of this country,” "
                + "Mrs. Ortega said last month when asked what her husband would do in the White House.");
        assertThat(a.attributions()).filteredOn(x -> x.cue().of(a.text()).equals("asked")).singleElement()
                .satisfies(x -> assertThat(x.source()).isEmpty());
        assertThat(source(a, about(a, "put people back to work"))).isEqualTo("Mrs. Ortega");
    }

    @Test
    void aVerbConjoinedInsideWhatWasSaidIsTheSpeakersNextAct() {
        // The parse conjoins "vowed" to "undergoing", inside what was announced, so it would inherit the inner "he".
        AttributedArticle a = attribute("The congressman spoke to reporters on Monday. Mr. Walsh announced that he "
                + "was undergoing treatment and vowed to focus on being a better father.");
        Attribution x = about(a, "to focus on being a better father");
        assertThat(x.cue().of(a.text())).isEqualTo("vowed");
        assertThat(source(a, x)).isEqualTo("Mr. Walsh");
    }

    @Test
    void aVerbConjoinedWithARelativeClauseIsSaidByTheRelativePronoun() {
        AttributedArticle a = attribute("“We never argued about money,” said Dana Whitfield, a nurse with the city's "
                + "largest union who worked with Mr. Ortiz for years and called him a careful and honest negotiator.");
        assertThat(source(a, about(a, "him a careful and honest negotiator"))).isEqualTo("who");
    }

    @Test
    void aRelativeClauseOnConjoinedNounsIsSaidByTheRelativePronoun() {
        AttributedArticle a = attribute("The plan drew criticism from state officials angry about the costs and "
                + "from powerful unions, who said the tests punished poor schools.");
        assertThat(source(a, about(a, "the tests punished poor schools"))).isEqualTo("who");
    }

    @Test
    void aSecondParticipleJoinedByAndIsSaidByWhoeverSaysTheFirst() {
        AttributedArticle a = attribute("Mayor Lin defended the budget on Monday, saying that the plan had enough "
                + "money for schools but was delayed by the council - and arguing that the city had no other choice.");
        assertThat(source(a, about(a, "the city had no other choice"))).isEqualTo("Mayor Lin");
    }

    @Test
    void aParticipleTheParseHungOnANounThatCannotSpeakIsSaidByTheClauseBeforeIt() {
        AttributedArticle a = attribute("While celebrating sweeping wins in four western primaries Saturday night, "
                + "Governor Patel mocked the plans of his main rival, saying he would be a weak leader who lacks "
                + "courage.");
        assertThat(source(a, about(a, "he would be a weak leader"))).isEqualTo("Governor Patel");
    }

    @Test
    void aParticipleAfterASubordinateClauseIsSaidByTheMainClausesSubject() {
        AttributedArticle a = attribute("When his family moved back to rural Maine, his uncle refused to teach him "
                + "French, insisting that the boy was fully American.");
        assertThat(source(a, about(a, "the boy was fully American"))).isEqualTo("his uncle");
    }

    @Test
    void aVerbAfterARelativeClauseSetOffByCommasGoesOnWithTheClauseAroundIt() {
        // "…, which let her go in 2015, and said …": the comma before "and" closes the relative clause, so the agency
        // did not say it, though the parse conjoins "said" with "let".
        AttributedArticle a = attribute("Ortiz generally backed the unions during her time at the agency, which let "
                + "her go in 2015, and said she did not support the plan.");
        assertThat(source(a, about(a, "did not support the plan"))).isEqualTo("Ortiz");
    }

    @Test
    void aParticipleAfterAClosedRelativeClauseGoesOnWithTheClauseAroundIt() {
        // The parse hangs "while chanting" and "while shouting" on the relative clause's verb: the team and the
        // governor would be chanting and shouting.
        AttributedArticle a = attribute("""
                Small groups of students kept marching, circling the park near the stadium - where the city team \
                played on Sunday - while chanting, "We want answers."

                The nurses walked out at noon, blocking the road by the hospital, where the governor spoke last week, \
                while shouting, "Pay us now."
                """);
        assertThat(source(a, about(a, "We want answers"))).isEqualTo("Small groups of students");
        assertThat(source(a, about(a, "Pay us now"))).isEqualTo("The nurses");
    }

    @Test
    void theOneToldIsNeverTheSpeakerOfAnInvertedTag() {
        // "“…,” a long description of the speaker …, told the Courier" parsed with no subject for the verb: what
        // follows "told" is the one told, while what follows "said" in an inverted tag is the one speaking.
        assertThat(CueFrame.inverted(verbAndObject("told", "tell"), 0)).isEqualTo(-1);
        assertThat(CueFrame.inverted(verbAndObject("said", "say"), 0)).isEqualTo(2);
    }

    /** "VERB the Courier", the verb the root and "Courier" its object. */
    private static Tree verbAndObject(String verb, String lemma) {
        String[][] words = {{verb, "VBD", lemma, "O"}, {"the", "DT", "the", "O"}, {"Courier", "NNP", "Courier",
                "ORGANIZATION"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] w : words) {
            tokens.add(new Token(new Span(at, at + w[0].length()), w[0], w[1], w[2], w[3]));
            at += w[0].length() + 1;
        }
        return new Tree(new Sentence(0, new Span(0, at - 1), tokens, List.of(new Dependency(-1, 0, "root"),
                new Dependency(2, 1, "det"), new Dependency(0, 2, "obj"))));
    }
}
