package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
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
    private static Map<String, AnnotatedArticle> byId;

    @BeforeAll
    static void compare() {
        List<AnnotatedArticle> story = List.of(SampleCorpus.article("000"), SampleCorpus.article("002"),
                SampleCorpus.article("003"));
        byId = Map.of(story.get(0).id(), story.get(0), story.get(1).id(), story.get(1), story.get(2).id(), story.get(2));
        Map<String, String> sideOf = Map.of(story.get(0).id(), US, story.get(1).id(), CHINA, story.get(2).id(), CHINA);
        comparison = new StoryComparer().compare(story, sideOf, SampleCorpus.annotated());
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
    void paraphrasesAcrossSidesAreNotContradictions() {
        assertThat(comparison.groups()).noneSatisfy(g -> assertThat(g.label()).isEqualTo(ClaimGroup.Label.CONTRADICTED));
    }

    @Test
    void framingTermsAreCommonWordsEachSideUsesMoreWithTheSpansWhereItUsesThem() {
        List<FramingTerm> framing = comparison.framing();
        assertThat(framing).anySatisfy(t -> assertThat(t.side()).isEqualTo(US))
                .anySatisfy(t -> assertThat(t.side()).isEqualTo(CHINA));
        assertThat(framing).filteredOn(t -> t.side().equals(US)).extracting(FramingTerm::term).contains("race");
        assertThat(framing).extracting(FramingTerm::term)
                .doesNotContain("say", "note", "tell", "official", "expert", "global times", "semafor", "china", "us")
                .allSatisfy(t -> assertThat(t).matches("[a-z][a-z -]+"));
        assertThat(framing).allSatisfy(t -> {
            assertThat(t.zScore()).isGreaterThanOrEqualTo(FramingContrast.MIN_Z);
            assertThat(t.evidence()).isNotEmpty().allSatisfy(u -> {
                String cut = u.span().of(byId.get(u.article()).text()).toLowerCase(java.util.Locale.ROOT);
                assertThat(cut).startsWith(t.term().substring(0, Math.min(3, t.term().length())));
            });
        });
    }
}
