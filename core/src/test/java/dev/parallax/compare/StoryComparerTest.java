package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.embed.Embedder;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of the sample's Geneva talks story: Semafor (United States) against Global Times (China). */
class StoryComparerTest {

    private static final String US = "United States";
    private static final String CHINA = "China";
    private static Comparison comparison;
    /** The Geneva talks event alone: Semafor's report and Global Times' news report of the same talks. */
    private static Comparison event;
    private static Map<String, AnnotatedArticle> byId;
    private static List<AnnotatedArticle> story;
    private static Map<String, List<Attribution>> attributions;

    @BeforeAll
    static void compare() {
        story = List.of(SampleCorpus.article("000"), SampleCorpus.article("002"), SampleCorpus.article("003"));
        byId = Map.of(story.get(0).id(), story.get(0), story.get(1).id(), story.get(1), story.get(2).id(), story.get(2));
        Map<String, String> sideOf = Map.of(story.get(0).id(), US, story.get(1).id(), CHINA, story.get(2).id(), CHINA);
        attributions = new java.util.HashMap<>();
        SampleCorpus.analysed().forEach(a -> attributions.put(a.id(), a.attributions()));
        StoryComparer comparer = new StoryComparer(Embedder::shared);
        comparison = comparer.compare(story, sideOf, SampleCorpus.annotated(), attributions);
        event = comparer.compare(story.subList(0, 2), sideOf, SampleCorpus.annotated(), attributions);
    }

    private static List<String> termsOf(String side) {
        return event.framing().stream().filter(t -> t.side().equals(side)).map(FramingTerm::term).toList();
    }

    private static String cut(FramingTerm.Use u) {
        return u.span().of(byId.get(u.article()).text()).toLowerCase(java.util.Locale.ROOT);
    }

    private static ClaimGroup groupWith(String words) {
        return comparison.groups().stream().filter(g -> g.claims().stream().anyMatch(c -> c.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no claim says: " + words));
    }

    @Test
    void everyClaimIsTheTextOfItsSpan() {
        assertThat(comparison.groups()).flatMap(ClaimGroup::claims).isNotEmpty().allSatisfy(c ->
                assertThat(c.span().of(byId.get(c.article()).text())).isEqualTo(c.text()));
    }

    @Test
    void splitsASentenceThatJoinsTwoStatementsWithTheirOwnSubjects() {
        ClaimGroup catchUp = groupWith("Chinese companies are still playing catch-up");
        ClaimGroup rolling = groupWith("they are rolling out new systems quickly.");
        assertThat(catchUp).isNotSameAs(rolling);
        assertThat(catchUp.claims()).anySatisfy(c -> assertThat(c.text()).doesNotContain("rolling out"));
    }

    @Test
    void keepsAConjunctThatSharesItsSubjectInOneClaim() {
        assertThat(comparison.groups()).flatMap(ClaimGroup::claims).anySatisfy(c -> assertThat(c.text())
                .startsWith("US officials have emphasized").endsWith("any “deliverables.”"));
    }

    @Test
    void aQuotationOfTwoSentencesIsOneClaimWithItsTag() {
        List<String> claims = comparison.groups().stream().flatMap(g -> g.claims().stream()).map(Claim::text).toList();
        assertThat(claims).noneSatisfy(c -> assertThat(c).startsWith("And our technology protection policies"));
        assertThat(claims).anySatisfy(c -> assertThat(c).startsWith("\"To be very clear, talks with Beijing")
                .contains("not up for negotiation").endsWith("Reuters quoted one US official ahead of the meeting."));
    }

    @Test
    void theGenevaTalksAndTheSanFranciscoConsensusAreReportedByBothSides() {
        ClaimGroup geneva = groupWith("first high-level talks focused on artificial intelligence safety in Geneva");
        assertThat(geneva.label()).isEqualTo(ClaimGroup.Label.SHARED);
        assertThat(geneva.claims()).anySatisfy(c -> assertThat(c.side()).isEqualTo(CHINA));
        ClaimGroup agreed = groupWith("Xi Jinping agreed last year to hold talks on AI");
        assertThat(agreed.label()).isEqualTo(ClaimGroup.Label.SHARED);
        assertThat(agreed.claims()).anySatisfy(c -> assertThat(c.text()).contains("San Francisco"));
    }

    @Test
    void theUsRefusalOfAJointStatementIsPairedAcrossSidesWithTheSamePolarity() {
        ClaimGroup refusal = groupWith("will not end with a joint statement");
        assertThat(refusal.label()).isEqualTo(ClaimGroup.Label.SHARED);
        assertThat(refusal.reason()).isEmpty();
        assertThat(refusal.claims()).anySatisfy(c -> {
            assertThat(c.side()).isEqualTo(CHINA);
            assertThat(c.text()).contains("not seeking to issue a joint statement");
            assertThat(c.negated()).isTrue();
            assertThat(c.phrases()).contains("joint statement");
        });
    }

    @Test
    void theOfficialQuotedOnTheOtherSideJoinsTheUsPositionThroughTheSameVoice() {
        ClaimGroup refusal = groupWith("will not end with a joint statement");
        assertThat(refusal.claims()).anySatisfy(c -> {
            assertThat(c.side()).isEqualTo(CHINA);
            assertThat(c.text()).contains("not up for negotiation");
            assertThat(c.voice()).isEqualTo("us official");
        });
        assertThat(refusal.claims()).filteredOn(c -> c.text().contains("will not end with a joint statement"))
                .singleElement().satisfies(c -> assertThat(c.voice()).isEqualTo("us official"));
    }

    @Test
    void paraphrasesAcrossSidesAreNotContradictions() {
        assertThat(comparison.groups()).noneSatisfy(g -> assertThat(g.label()).isEqualTo(ClaimGroup.Label.CONTRADICTED));
    }

    @Test
    void headingsAndSourceListsAreNoClaims() {
        assertThat(comparison.groups()).flatMap(ClaimGroup::claims).extracting(Claim::text)
                .noneSatisfy(t -> assertThat(t).startsWith("Sources:"))
                .doesNotContain("Don’t expect AI-related deals or cooperation",
                        "China AI developing at breakneck speed amid fierce competition");
    }

    @Test
    void aClaimThatStartsASentenceStartsAsWritten() {
        assertThat(comparison.groups()).flatMap(ClaimGroup::claims).extracting(Claim::text)
                .anySatisfy(t -> assertThat(t).startsWith("But experts and officials don’t expect the meeting"))
                .allSatisfy(t -> assertThat(t).doesNotStartWith("experts and officials don’t expect"));
    }

    @Test
    void framingTermsAreWhatEachSideSaysWhereTheOtherSaysTheSameThingOtherwise() {
        // Global Times' own "close the gap in divergences", "close divergences" (its "technological protectionism" is
        // what its experts say, so theirs, not the outlet's)
        assertThat(termsOf(CHINA)).contains("divergences");
        assertThat(termsOf(US)).isNotEmpty();
        // topic words both sides use, and near-synonyms of them ("tech", "technology"), name nothing differently
        assertThat(event.framing()).extracting(FramingTerm::term)
                .doesNotContain("talks", "meeting", "technology", "tech", "ai", "say", "official", "expert", "china", "us")
                .allSatisfy(t -> assertThat(t).matches("[a-z][a-z -]+"));
        assertThat(event.framing()).allSatisfy(t -> {
            assertThat(t.aligned() > 0 || t.zScore() >= FramingContrast.STRONG_Z).isTrue();
            assertThat(t.evidence()).isNotEmpty().allSatisfy(u -> {
                assertThat(sideOfArticle(u.article())).isEqualTo(t.side());
                assertThat(cut(u)).startsWith(t.term().substring(0, Math.min(3, t.term().length())));
            });
        });
    }

    @Test
    void framingIsTheOutletsOwnWordingNeverTheWordsOfAVoiceItQuotesOrReports() {
        Map<String, List<dev.parallax.core.Span>> voiced = StoryComparer.voiced(story, attributions);
        assertThat(comparison.framing()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.count()).as(t.term()).isEqualTo(t.evidence().size());
            assertThat(t.evidence()).as(t.term()).isNotEmpty().allSatisfy(u -> assertThat(voiced.get(u.article()))
                    .noneSatisfy(v -> assertThat(v.overlaps(u.span())).as("%s at %s", t.term(), u.span()).isTrue()));
        });
        // "a responsible power" is what a Carnegie fellow says Beijing seeks to be (Semafor); "deal-making" is what US
        // officials say the meeting is not; "protection" is a US official's word quoted by Global Times
        assertThat(comparison.framing()).extracting(FramingTerm::term)
                .doesNotContain("responsible power", "deal-making", "protection", "technology protection");
    }

    @Test
    void framingTermsAreInformativePhrasesNotLoneAdjectivesOrQualifiers() {
        // "core" and "strategic" qualify "area" in "a core strategic area of competition"; neither names anything alone
        assertThat(comparison.framing()).extracting(FramingTerm::term).doesNotContain("core", "strategic")
                .allSatisfy(t -> assertThat(t).matches("[a-z][a-z -]+"));
        // a lone word is the side's own wording at least twice ("gap", once in Global Times' own words, is no term)
        assertThat(event.framing()).filteredOn(t -> !t.term().contains(" ") && !t.term().contains("-"))
                .allSatisfy(t -> assertThat(t.count()).as(t.term()).isGreaterThanOrEqualTo(FramingContrast.LONE_USES))
                .extracting(FramingTerm::term).doesNotContain("gap", "potential");
    }

    @Test
    void aFramingTermIsPairedWithTheOtherSidesNameForTheSameThingWithItsSpans() {
        assertThat(event.framing()).flatMap(t -> t.counterpart().stream().toList()).allSatisfy(o -> {
            assertThat(o.cosine()).isGreaterThanOrEqualTo(FramingContrast.COUNTERPART);
            assertThat(o.evidence()).isNotEmpty().allSatisfy(u -> assertThat(sideOfArticle(u.article())).isEqualTo(o.side()));
        });
        // pairs are mutual and between nouns: no adjective is paired
        assertThat(event.framing()).filteredOn(t -> t.counterpart().isPresent()).allSatisfy(t ->
                assertThat(event.framing()).anySatisfy(o -> {
                    assertThat(o.side()).isEqualTo(t.counterpart().orElseThrow().side());
                    assertThat(o.term()).isEqualTo(t.counterpart().orElseThrow().term());
                    assertThat(o.counterpart()).hasValueSatisfying(back -> assertThat(back.term()).isEqualTo(t.term()));
                }));
    }

    private static String sideOfArticle(String id) {
        return id.equals(SampleCorpus.article("000").id()) ? US : CHINA;
    }
}
