package dev.parallax.compare;

import dev.parallax.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Labelling of matched claims, on hand-made claims whose vectors say how alike they are. */
class ClaimMatcherTest {

    private static final float[] TALKS = {1, 0, 0};

    private static Claim claim(String article, String side, String text, Set<String> numbers, boolean negated) {
        return new Claim(article, side, 0, new Span(0, text.length()), text, numbers, Set.of(), negated, Set.of("geneva"),
                Set.of("hold", "talk", "country", "geneva"), Set.of(), TALKS);
    }

    private static ClaimGroup only(List<ClaimGroup> groups) {
        assertThat(groups).hasSize(1);
        return groups.getFirst();
    }

    @Test
    void aDifferentCountOfTheSameThingContradicts() {
        ClaimGroup g = only(new ClaimMatcher().match(List.of(
                claim("a", "US", "Talks in Geneva drew 60 countries.", Set.of("60 country"), false),
                claim("b", "CN", "Talks in Geneva drew 29 countries.", Set.of("29 country"), false)), Set.of("US", "CN")));
        assertThat(g.label()).isEqualTo(ClaimGroup.Label.CONTRADICTED);
        assertThat(g.reason()).isEqualTo("number 60 vs 29 (country)");
    }

    @Test
    void numbersCountingDifferentThingsDoNotContradict() {
        ClaimGroup g = only(new ClaimMatcher().match(List.of(
                claim("a", "US", "Talks in Geneva drew 60 countries.", Set.of("60 country"), false),
                claim("b", "CN", "Talks in Geneva lasted 2 days.", Set.of("2 day"), false)), Set.of("US", "CN")));
        assertThat(g.label()).isEqualTo(ClaimGroup.Label.SHARED);
    }

    @Test
    void oneSideDenyingWhatTheOtherStatesContradicts() {
        ClaimGroup g = only(new ClaimMatcher().match(List.of(
                claim("a", "US", "The countries will hold talks in Geneva.", Set.of(), false),
                claim("b", "CN", "The countries will not hold talks in Geneva.", Set.of(), true)), Set.of("US", "CN")));
        assertThat(g.label()).isEqualTo(ClaimGroup.Label.CONTRADICTED);
        assertThat(g.reason()).isEqualTo("negation: CN denies it");
    }

    @Test
    void twoDenialsAgree() {
        ClaimGroup g = only(new ClaimMatcher().match(List.of(
                claim("a", "US", "The countries will not hold talks in Geneva.", Set.of(), true),
                claim("b", "CN", "No talks will be held in Geneva by the countries.", Set.of(), true)), Set.of("US", "CN")));
        assertThat(g.label()).isEqualTo(ClaimGroup.Label.SHARED);
    }

    @Test
    void aDenialRestatedInTheSameArticleJoinsTheGroupOfTheDenialItMatches() {
        float[] refusal = {1, 0, 0};
        float[] restated = {0.8f, 0.6f, 0};
        List<ClaimGroup> groups = new ClaimMatcher().match(List.of(
                new Claim("a", "US", 0, new Span(0, 38), "The talks will not end with any deals.", Set.of(), Set.of(),
                        true, Set.of(), Set.of("talk", "end", "deal"), Set.of(), refusal),
                new Claim("b", "CN", 0, new Span(0, 40), "They are not seeking any deals in talks.", Set.of(), Set.of(),
                        true, Set.of(), Set.of("talk", "seek", "deal"), Set.of(), refusal),
                new Claim("b", "CN", 1, new Span(0, 35), "Our policies are not up for a deal.", Set.of(), Set.of(),
                        true, Set.of(), Set.of("policy", "deal"), Set.of(), restated)), Set.of("US", "CN"));
        assertThat(only(groups).claims()).hasSize(3);
    }

    @Test
    void aStatementAsLooselyAlikeStaysApart() {
        float[] refusal = {1, 0, 0};
        float[] restated = {0.8f, 0.6f, 0};
        List<ClaimGroup> groups = new ClaimMatcher().match(List.of(
                new Claim("a", "US", 0, new Span(0, 38), "The talks will not end with any deals.", Set.of(), Set.of(),
                        true, Set.of(), Set.of("talk", "end", "deal"), Set.of(), refusal),
                new Claim("b", "CN", 0, new Span(0, 40), "They are not seeking any deals in talks.", Set.of(), Set.of(),
                        true, Set.of(), Set.of("talk", "seek", "deal"), Set.of(), refusal),
                new Claim("b", "CN", 1, new Span(0, 31), "Our policies are up for a deal.", Set.of(), Set.of(),
                        false, Set.of(), Set.of("policy", "deal"), Set.of(), restated)), Set.of("US", "CN"));
        assertThat(groups).hasSize(2);
    }

    @Test
    void aShortClaimRestatingPartOfALongerOneJoinsItsGroup() {
        assertThat(new ClaimMatcher().match(restating(Set.of("talk", "tuesday", "geneva", "hold")), Set.of("US", "CN")))
                .singleElement().satisfies(g -> {
                    assertThat(g.claims()).hasSize(3);
                    assertThat(g.label()).isEqualTo(ClaimGroup.Label.SHARED);
                });
    }

    @Test
    void aShortClaimSharingOnlyATopicWordStaysApart() {
        assertThat(new ClaimMatcher().match(restating(Set.of("talk", "stock", "market", "fall")), Set.of("US", "CN")))
                .hasSize(2);
    }

    /** US: one long claim; CN: a claim matching it and a short one with the given content lemmas. */
    private static List<Claim> restating(Set<String> shortTerms) {
        float[] talks = {1, 0, 0};
        float[] related = {0.66f, 0.7513f, 0}; // cosine 0.66 with the long claim: too far for a plain attachment
        return List.of(
                new Claim("a", "US", 0, new Span(0, 90), "The two countries will hold their first talks on AI in Geneva on Tuesday, as they compete.",
                        Set.of(), Set.of(), false, Set.of(), Set.of("country", "hold", "talk", "geneva", "tuesday", "compete", "first", "ai",
                                "safety", "superpower", "race"),
                        Set.of(), talks),
                new Claim("b", "CN", 0, new Span(0, 52), "The talks are a positive sign for the two countries.", Set.of(), Set.of(),
                        false, Set.of(), Set.of("talk", "positive", "sign", "country"), Set.of(), talks),
                new Claim("b", "CN", 1, new Span(53, 69), "The short claim.", Set.of(), Set.of(), false, Set.of(),
                        shortTerms, Set.of(), related));
    }
}
