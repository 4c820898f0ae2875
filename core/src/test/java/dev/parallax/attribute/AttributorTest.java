package dev.parallax.attribute;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.parallax.attribute.Texts.about;
import static dev.parallax.attribute.Texts.attribute;
import static dev.parallax.attribute.Texts.source;
import static org.assertj.core.api.Assertions.assertThat;

/** Inline sentences through the real CoreNLP parser (loaded once per JVM). */
class AttributorTest {

    @Test
    void attributesADirectQuoteToTheNameInItsTag() {
        AttributedArticle a = attribute("“We will not sign anything this week,” Maria Gonzalez said on Monday.");
        Attribution x = about(a, "We will not sign");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(source(a, x)).isEqualTo("Maria Gonzalez");
        assertThat(x.speaker().kind()).isEqualTo(Speaker.Kind.PERSON);
        assertThat(x.cue().of(a.text())).isEqualTo("said");
    }

    @Test
    void neverTakesTheQuotedWordsForTheirOwnSpeaker() {
        AttributedArticle a = attribute("Analysts blamed Moscow for the leak. “Standard Russian modus operandi,” said "
                + "James Lewis, an international cyber policy expert at the Center for Strategic and International "
                + "Studies.");
        Attribution x = about(a, "Standard Russian modus operandi");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(source(a, x)).startsWith("James Lewis");
    }

    @Test
    void aSourceKeepsAWordTheTokenizerSplitAtItsHyphen() {
        AttributedArticle a = attribute("Republicans are worried. \"Carson is cratering,\" said Texas-based Matt "
                + "Mackowiak.");
        Attribution x = about(a, "Carson is cratering");
        assertThat(source(a, x)).isEqualTo("Texas-based Matt Mackowiak");
        assertThat(x.speaker().name()).isEqualTo("Matt Mackowiak");
        assertThat(x.speaker().role()).contains("Texas-based");
    }

    @Test
    void aShortQuotationIsDirectSpeechWhenOnlyItsSpeakersLongNameStandsBeforeTheVerb() {
        AttributedArticle a = attribute("Republicans are worried. \"Carson is cratering,\" Austin-based strategist "
                + "Matt Mackowiak said.");
        Attribution x = about(a, "Carson is cratering");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(source(a, x)).isEqualTo("Austin-based strategist Matt Mackowiak");
    }

    @Test
    void findsReportedSpeechWithItsClause() {
        AttributedArticle a = attribute("The finance minister said that the talks would resume in March.");
        Attribution x = about(a, "the talks would resume");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.INDIRECT);
        assertThat(x.content().of(a.text())).isEqualTo("that the talks would resume in March");
        assertThat(x.speaker().kind()).isEqualTo(Speaker.Kind.ROLE);
    }

    @Test
    void findsATagAfterTheStatement() {
        AttributedArticle a = attribute("The economy will grow by three percent next year, the central bank noted.");
        Attribution x = about(a, "The economy will grow");
        assertThat(source(a, x)).isEqualTo("the central bank");
        assertThat(x.cue().of(a.text())).isEqualTo("noted");
    }

    @Test
    void takesTheSourceOfAccordingToAndTheOutletAsIntermediary() {
        AttributedArticle a = attribute("According to The Washington Post, the delegation will be led by two envoys.");
        Attribution x = about(a, "the delegation will be led");
        assertThat(source(a, x)).isEqualTo("The Washington Post");
        assertThat(x.via()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Washington Post"));
        assertThat(a.sources()).anySatisfy(c -> assertThat(c.name()).isEqualTo("Washington Post"));
    }

    @Test
    void separatesTheOutletToldFromTheSpeaker() {
        AttributedArticle a = attribute("Economist Kai-Fu Lee spoke in Beijing. The market is not behind, Lee told "
                + "Bloomberg TV on Monday.");
        Attribution x = about(a, "The market is not behind");
        assertThat(source(a, x)).isEqualTo("Lee");
        assertThat(x.speaker().name()).isEqualTo("Kai-Fu Lee");
        assertThat(x.via()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Bloomberg TV"));
    }

    @Test
    void takesTheQuotedPersonOfACitingOutlet() {
        AttributedArticle a = attribute("\"Our policies are not up for negotiation,\" Reuters quoted one US official "
                + "as saying.");
        Attribution x = about(a, "not up for negotiation");
        assertThat(source(a, x)).startsWith("one US official");
        assertThat(x.speaker().kind()).isEqualTo(Speaker.Kind.ANONYMOUS);
        assertThat(x.via()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Reuters"));
    }

    @Test
    void neverAttributesScareQuotesOrTitles() {
        AttributedArticle a = attribute("The summit produced a “safe” framework, the \"Bletchley Declaration\", "
                + "but no “deliverables.”");
        assertThat(a.attributions()).isEmpty();
        assertThat(a.terms()).extracting(t -> t.span().of(a.text()))
                .containsExactly("“safe”", "\"Bletchley Declaration\"", "“deliverables.”");
        assertThat(a.terms()).extracting(QuotedTerm::reason).containsExactly(QuotedTerm.Reason.SCARE_QUOTE,
                QuotedTerm.Reason.TITLE_OR_NAME, QuotedTerm.Reason.SCARE_QUOTE);
    }

    @Test
    void givesAnUntaggedQuotationToThePreviousSpeaker() {
        AttributedArticle a = attribute("“It certainly is a race,” the general said. “China is working on it as "
                + "hard as we are.”");
        Attribution x = about(a, "It certainly is a race");
        assertThat(x.parts()).hasSize(2);
        assertThat(x.parts().get(1).of(a.text())).contains("China is working on it");
        assertThat(source(a, x)).isEqualTo("the general");
    }

    @Test
    void resolvesAPronounToThePersonTheTextTurnedToAfterTheLastQuote() {
        AttributedArticle a = attribute("Professor Jeffrey Ding pointed out the crucial role of China's participation. "
                + "Prime Minister Rishi Sunak faced criticism for inviting China. Some lawmakers questioned whether "
                + "Beijing should be included.\n\nHe believes that there is no AI strategy without cooperation.");
        Attribution x = about(a, "no AI strategy");
        assertThat(source(a, x)).isEqualTo("He");
        assertThat(x.speaker().name()).isEqualTo("Rishi Sunak");
    }

    @Test
    void resolvesAPronounToTheLastQuotedPersonWhenNoOtherBecameTheSubject() {
        AttributedArticle a = attribute("Professor Jeffrey Ding pointed out the crucial role of China's participation. "
                + "Some lawmakers questioned whether Beijing should be included, citing Prime Minister Rishi Sunak."
                + "\n\nHe believes that there is no AI strategy without cooperation.");
        Attribution x = about(a, "no AI strategy");
        assertThat(source(a, x)).isEqualTo("He");
        assertThat(x.speaker().name()).isEqualTo("Jeffrey Ding");
    }

    @Test
    void readsRoleAndAffiliationFromTheNamePhrase() {
        AttributedArticle a = attribute("Chinese Foreign Ministry spokesperson Wang Wenbin said the meeting is "
                + "delivering on the common understandings. The talks will be frank, Wang noted.");
        Attribution first = about(a, "the meeting is delivering");
        assertThat(first.speaker().name()).isEqualTo("Wang Wenbin");
        assertThat(first.speaker().role()).hasValue("Chinese Foreign Ministry spokesperson");
        assertThat(first.speaker().affiliation()).hasValueSatisfying(v -> assertThat(v).contains("Foreign Ministry"));
        Attribution second = about(a, "The talks will be frank");
        assertThat(source(a, second)).isEqualTo("Wang");
        assertThat(second.speaker().name()).isEqualTo("Wang Wenbin");
    }

    @Test
    void marksAPartialQuoteInsideReportedSpeechAsMixed() {
        AttributedArticle a = attribute("The senator said the plan was “a disaster for working families” and "
                + "should be withdrawn.");
        Attribution x = about(a, "the plan was");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.MIXED);
        assertThat(source(a, x)).isEqualTo("The senator");
    }

    @Test
    void keepsSpansInsideTheTextForMessyInput() {
        AttributedArticle a = attribute("“Unclosed quote and \"odd marks” he said, “ «and more» ‘\n\n”””");
        for (Attribution x : a.attributions()) {
            assertThat(x.content().end()).isLessThanOrEqualTo(a.text().length());
            assertThat(x.parts()).allSatisfy(p -> assertThat(x.content().contains(p)).isTrue());
        }
    }

    @Test
    void leavesAPronounWithNoOneToReferToWithoutASpeaker() {
        AttributedArticle a = attribute("He said that the talks would resume in March.");
        Attribution x = about(a, "the talks would resume");
        assertThat(source(a, x)).isEqualTo("He");
        assertThat(x.speaker()).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void givesItToTheOrganisationSubjectOfTheSentenceBefore() {
        AttributedArticle a = attribute("The Commerce Department issued new export rules on Tuesday. "
                + "It said that the rules would take effect in March.");
        Attribution x = about(a, "the rules would take effect");
        assertThat(source(a, x)).isEqualTo("It");
        assertThat(x.speaker().name()).isEqualTo("Commerce Department");
        assertThat(x.speaker().kind()).isEqualTo(Speaker.Kind.ORGANIZATION);
    }

    @Test
    void givesAFirstPersonSourceNoSpeakerOfItsOwn() {
        AttributedArticle a = attribute("We believe that the talks will resume in March.");
        Attribution x = about(a, "the talks will resume");
        assertThat(source(a, x)).isEqualTo("We");
        assertThat(x.speaker()).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void leavesOutAClosingParticipleClauseTheWriterAdds() {
        // The rules' cut; the learned content ends may take the clause back in, as PolNeAR's annotators often do.
        AttributedArticle a = new Attributor(Optional.of(CueDetector.bundled()), Optional.empty(), Optional.empty())
                .attribute(Texts.annotate("The video shows that the driver had his hands in the air, contradicting "
                        + "the earlier account of the police."));
        Attribution x = about(a, "the driver had his hands");
        assertThat(x.content().of(a.text())).isEqualTo("that the driver had his hands in the air");
    }

    @Test
    void leavesOutReportedSpeechInsideAnotherReportedContent() {
        AttributedArticle a = attribute("The governor said that she plans to sign the bill next week.");
        assertThat(about(a, "she plans to sign").cue().of(a.text())).isEqualTo("said");
        assertThat(a.attributions()).extracting(x -> x.cue().of(a.text())).doesNotContain("plans");
    }

    @Test
    void takesTheClauseAfterTheCueWhenTheParseGivesItAnotherBeforeIt() {
        AttributedArticle a = attribute("Florida delegate John Archer, wearing a Canova T-Shirt covered in Sanders "
                + "buttons, said he's proud of the way the challenger is funding his campaign.");
        Attribution x = about(a, "proud of the way");
        assertThat(x.cue().of(a.text())).isEqualTo("said");
        assertThat(x.content().of(a.text())).isEqualTo("he's proud of the way the challenger is funding his campaign");
    }

    @Test
    void readsAStanceInARelativeClauseWithThePronounAsSource() {
        AttributedArticle a = attribute("Clinton is far ahead in the overall delegate count because of early "
                + "endorsements from superdelegates, the party leaders who can support the candidate of their choice.");
        Attribution x = about(a, "the candidate of their choice");
        assertThat(x.cue().of(a.text())).isEqualTo("support");
        assertThat(source(a, x)).isEqualTo("who");
    }

    @Test
    void leavesOutAComparisonTheWriterAddsAfterTheClause() {
        AttributedArticle a = attribute("The mayor said that the new bridge would carry 40,000 cars a day, "
                + "compared with 25,000 on the old one.");
        Attribution x = about(a, "the new bridge would carry");
        assertThat(x.content().of(a.text())).isEqualTo("that the new bridge would carry 40,000 cars a day");
    }

    @Test
    void letsTheCueDetectorReadALexiconVerbOutsideTheRulesFrames() {
        AttributedArticle a = attribute("Some experts view the summit as a starting point for cooperation between "
                + "the two sides.");
        Attribution x = about(a, "the summit as a starting point");
        assertThat(x.cue().of(a.text())).isEqualTo("view");
        assertThat(source(a, x)).isEqualTo("Some experts");
        assertThat(Attributor.rulesOnly().attribute(a.annotated()).attributions()).isEmpty();
    }

    @Test
    void takesAQuantifierAsTheSourceOfWhatItSays() {
        AttributedArticle a = attribute("Most of the candidates said they support the right of parents to boycott "
                + "state exams. Several said they would rather see block grants to the states.");
        assertThat(source(a, about(a, "they support the right"))).isEqualTo("Most of the candidates");
        assertThat(source(a, about(a, "they would rather see"))).isEqualTo("Several");
    }

    @Test
    void givesAParticipleAfterACommaToTheSubjectOfItsClause() {
        AttributedArticle a = attribute("Trump has also announced a kind of snarky solidarity with Sanders, telling "
                + "voters that the senator should bolt the party.");
        Attribution x = about(a, "the senator should bolt");
        assertThat(x.cue().of(a.text())).isEqualTo("telling");
        assertThat(source(a, x)).isEqualTo("Trump");
    }

    @Test
    void leavesOutAClauseTheWriterConjoinsToTheCueVerb() {
        AttributedArticle a = attribute("Campaign officials said Mr. Clinton's role would be narrowly defined to focus "
                + "on hard-hit areas of the country and they rejected any implication that Mrs. Clinton would "
                + "outsource her administration.");
        Attribution x = about(a, "role would be narrowly defined");
        assertThat(x.content().of(a.text()))
                .isEqualTo("Mr. Clinton's role would be narrowly defined to focus on hard-hit areas of the country");
    }

    @Test
    void givesAQuotationAfterAColonToTheSubjectOfTheClauseBeforeIt() {
        AttributedArticle a = attribute("""
                The letter went out on Monday. The senator makes a libertarian-style case:

                “Followers of radical Islam hate everything we stand for as Americans. We must stand together.”
                """);
        Attribution x = about(a, "Followers of radical Islam");
        assertThat(x.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(x.cue().of(a.text())).isEqualTo("makes");
        assertThat(source(a, x)).isEqualTo("The senator");
    }

    @Test
    void takesAStanceFromANounTheAnnotatorsLetSpeak() {
        // "environmentalists" and "ad" are in no hand-made list; the gold sources of the train split put them in
        // words/source-nouns.txt. A thing outside it still takes no stance.
        AttributedArticle a = attribute("""
                Environmentalists worry that the new plant will poison the river.

                A television ad questioned whether the mayor was ready for the job.

                The storm questioned whether the old bridge would hold.
                """);
        assertThat(source(a, about(a, "the new plant will poison the river"))).isEqualTo("Environmentalists");
        assertThat(source(a, about(a, "whether the mayor was ready"))).isEqualTo("A television ad");
        assertThat(a.attributions()).noneSatisfy(x -> assertThat(x.content().of(a.text())).contains("old bridge"));
    }

    @Test
    void readsAnIndirectQuestionTheParseHungAsAnAdverbialClause() {
        AttributedArticle a = attribute("""
                The company isn't saying if it will appeal the ruling.

                Lawmakers have not said when they would vote on the bill.

                Ms. Ortiz wrote when the office was closed for the holidays.
                """);
        Attribution appeal = about(a, "it will appeal the ruling");
        assertThat(source(a, appeal)).isEqualTo("The company");
        Attribution vote = about(a, "they would vote on the bill");
        assertThat(source(a, vote)).isEqualTo("Lawmakers");
        // Without a denial, "when" gives the time of writing, not what was written.
        assertThat(a.attributions()).noneSatisfy(x -> assertThat(x.content().of(a.text())).contains("office"));
    }

    @Test
    void readsPointingToAsAStance() {
        AttributedArticle a = attribute("As proof, the senator pointed to attacks on her campaign funded by two hedge "
                + "fund billionaires.");
        Attribution x = about(a, "attacks on her campaign");
        assertThat(x.cue().of(a.text())).isEqualTo("pointed");
        assertThat(source(a, x)).isEqualTo("the senator");
    }

    @Test
    void readsAnInvertedTagWhoseNameFollowsTheVerb() {
        AttributedArticle a = attribute("""
                Even if the department no longer existed, some of its functions would be performed by other federal \
                agencies or offices, said DeSantis, who was elected to the U.S. House in 2012.

                He also had a voice in decisions about major American investments in Ukraine, said a former \
                spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn.
                """);
        Attribution functions = about(a, "some of its functions would be performed");
        assertThat(functions.cue().of(a.text())).isEqualTo("said");
        assertThat(source(a, functions)).isEqualTo("DeSantis");
        Attribution voice = about(a, "He also had a voice");
        assertThat(source(a, voice)).startsWith("a former spokesman");
    }

    @Test
    void aVerbOfSayingWhoseObjectIsNoWordsIsNoAttribution() {
        AttributedArticle a = attribute("Trump told reporters on Air Force One. The senator told CNN on Sunday. "
                + "The governor said the talks would resume.");
        assertThat(a.attributions()).extracting(x -> x.content().of(a.text()))
                .containsExactly("the talks would resume");
    }

    @Test
    void anInfinitiveOfSayingHungOnAVerbIsSaidByThatVerbsSubject() {
        AttributedArticle a = attribute("""
                The technology columnist David Auerbach went so far as to say: “This is the end of the web as we know it.”

                As Tom Ridge, a former secretary of homeland security, put it: “We cannot afford another failure like this.”

                The email goes on to say: “Please do not share this document with anyone outside the campaign.”
                """);
        assertThat(source(a, about(a, "the end of the web"))).startsWith("The technology columnist");
        assertThat(about(a, "another failure").speaker().name()).isEqualTo("Tom Ridge");
        assertThat(about(a, "another failure").content().of(a.text())).doesNotContain("end of the web");
        assertThat(source(a, about(a, "do not share"))).isEqualTo("The email");
    }

    @Test
    void aReportDescribedByAParticipleIsTheSourceWhenTheParseMadeItAClause() {
        AttributedArticle a = attribute("A report released in September by the National Academies of Sciences "
                + "noted that more immigrants buy into the American dream.");
        Attribution x = about(a, "more immigrants buy");
        assertThat(source(a, x)).startsWith("A report");
        assertThat(x.speaker().kind()).isEqualTo(Speaker.Kind.DOCUMENT);
    }

    @Test
    void readsAnAdjectiveOfAttitudeWithWhatItIsAbout() {
        AttributedArticle a = attribute("Several council members were sharply critical of the mayor's budget plan.");
        Attribution x = about(a, "the mayor's budget plan");
        assertThat(x.content().of(a.text())).isEqualTo("the mayor's budget plan");
        assertThat(source(a, x)).isEqualTo("Several council members");
        assertThat(x.cue().of(a.text())).contains("critical");
    }

    @Test
    void readsAnAdjectiveOfCertaintyWithItsClause() {
        AttributedArticle a = attribute("The union's negotiators are confident that the strike will end by Friday.");
        Attribution x = about(a, "the strike will end");
        assertThat(x.content().of(a.text())).isEqualTo("that the strike will end by Friday");
        assertThat(source(a, x)).isEqualTo("The union's negotiators");
    }

    @Test
    void readsAnAdjectiveOfFeelingWithItsPreposition() {
        AttributedArticle a = attribute("Many residents of the valley are worried about the late frost.");
        Attribution x = about(a, "the late frost");
        assertThat(x.content().of(a.text())).isEqualTo("the late frost");
        assertThat(source(a, x)).isEqualTo("Many residents of the valley");
    }

    @Test
    void aThingCannotHoldAnAttitude() {
        AttributedArticle a = attribute("The old bridge was critical to the town's trade for decades.");
        assertThat(a.attributions()).isEmpty();
    }

    @Test
    void leavesTheWritersOwnDoubtAndAnAttitudeWithoutComplementUnattributed() {
        AttributedArticle a = attribute("It is unclear whether the bridge will reopen this year. The drivers were "
                + "angry.");
        assertThat(a.attributions()).isEmpty();
    }

    @Test
    void readsTheClauseAfterTheAdjectivesPreposition() {
        AttributedArticle a = attribute("Local officials are wary of raising the harbour fees again.");
        Attribution x = about(a, "raising the harbour fees");
        assertThat(x.content().of(a.text())).isEqualTo("raising the harbour fees again");
        assertThat(source(a, x)).isEqualTo("Local officials");
    }

    @Test
    void theWordsAroundAQuotationsTagAreNoSecondStatement() {
        AttributedArticle a = attribute("""
                “Is that fair to the workers?” asked Diane Holt, the committee chair.

                Speaking to farmers in the valley, the minister said: “The drought aid will arrive next month.”

                “We will not back down,” the union leader said she would keep the strike going until spring.
                """);
        assertThat(a.attributions()).extracting(x -> x.content().of(a.text())).containsExactly(
                "“Is that fair to the workers?”", "“The drought aid will arrive next month.”",
                "“We will not back down,”", "she would keep the strike going until spring");
        assertThat(source(a, about(a, "fair to the workers"))).isEqualTo("Diane Holt");
        assertThat(source(a, about(a, "drought aid"))).isEqualTo("the minister");
        assertThat(source(a, about(a, "keep the strike going"))).isEqualTo("the union leader");
    }

    @Test
    void aTitleInsideANounPhraseIsNoQuotationEvenBesideATag() {
        AttributedArticle a = attribute("""
                In an interview on “Sunday Morning Report,” the governor said the budget would pass.

                The actor, who starred in the film “Harbor Lights,” said he had never voted.

                “Enough Is Enough,” the protesters chanted.
                """);
        assertThat(a.attributions()).extracting(x -> x.content().of(a.text())).containsExactly(
                "the budget would pass", "he had never voted", "“Enough Is Enough,”");
        assertThat(a.terms()).extracting(t -> t.span().of(a.text()))
                .contains("“Sunday Morning Report,”", "“Harbor Lights,”");
        assertThat(a.terms()).filteredOn(t -> t.span().of(a.text()).contains("Harbor"))
                .extracting(QuotedTerm::reason).containsExactly(QuotedTerm.Reason.TITLE_OR_NAME);
    }

    @Test
    void aClauseSayingWhenATaggedQuotationWasSaidIsNoStatementOfItsTag() {
        AttributedArticle a = attribute("""
                When Lee said the budget was fine, Diaz answered: “It is not.”

                Asked whether he would run again, Ortiz responded: “I have not decided.”
                """);
        assertThat(a.attributions()).extracting(x -> x.content().of(a.text())).containsExactly(
                "the budget was fine", "“It is not.”", "whether he would run again", "“I have not decided.”");
        assertThat(source(a, about(a, "budget"))).isEqualTo("Lee");
        assertThat(source(a, about(a, "It is not"))).isEqualTo("Diaz");
        assertThat(about(a, "run again").source()).isEmpty();
        assertThat(source(a, about(a, "not decided"))).isEqualTo("Ortiz");
    }

    @Test
    void theClauseAColonEndsTagsTheQuotationAfterIt() {
        AttributedArticle a = attribute("""
                When the governor suggested that the state would sue, the mayor fired back: “Then we will see them \
                in court.”
                """);
        assertThat(source(a, about(a, "see them"))).isEqualTo("the mayor");
        assertThat(source(a, about(a, "state would sue"))).isEqualTo("the governor");
    }

    @Test
    void aNameBesideATagTheParseLeftWithoutSubjectIsTheSpeaker() {
        AttributedArticle a = attribute("""
                “I will not quit,” said retired judge Dana Ortiz, asked about her plans for the fall.

                “Very good work, very good work,” Ortiz, the longtime chair of the committee and a former mayor of \
                the city, said when a reporter asked her.
                """);
        assertThat(source(a, about(a, "not quit"))).isEqualTo("retired judge Dana Ortiz");
        assertThat(about(a, "Very good work").speaker().name()).contains("Dana Ortiz");
    }
}
