package dev.parallax.eval;

import dev.parallax.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionScorerTest {

    private static final String TEXT = "“We will win,” Smith said. Officials said the talks failed.";
    private static final BratAttribution QUOTE = new BratAttribution("E1", List.of(new Span(0, 14)),
            List.of(new Span(21, 25)), List.of(new Span(15, 20)));
    private static final BratAttribution REPORTED = new BratAttribution("E2", List.of(new Span(42, 58)),
            List.of(new Span(37, 41)), List.of(new Span(27, 36)));

    private final AttributionScorer scorer = new AttributionScorer();

    @Test
    void scoresAPerfectSystemOne() {
        AttributionScore s = scorer.score(TEXT, List.of(
                new PredictedAttribution(List.of(new Span(0, 14)), Optional.of(new Span(15, 20)), true),
                new PredictedAttribution(List.of(new Span(42, 58)), Optional.of(new Span(27, 36)), false)),
                List.of(QUOTE, REPORTED));
        assertThat(s.content().f1()).isEqualTo(1.0);
        assertThat(s.contentSource().f1()).isEqualTo(1.0);
        assertThat(s.directGold()).isEqualTo(1);
        assertThat(s.directSpeakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void needsHalfOfEachContentCoveredByTheOther() {
        // "the talks" covers 9 of the gold's 16 characters, and all of its own: a match.
        AttributionScore half = scorer.score(TEXT, List.of(
                new PredictedAttribution(List.of(new Span(42, 51)), Optional.empty(), false)), List.of(REPORTED));
        assertThat(half.content().matched()).isEqualTo(1);
        // From "said." to the end is 38 characters, of which the gold covers only 16: no match.
        AttributionScore tooLong = scorer.score(TEXT, List.of(
                new PredictedAttribution(List.of(new Span(20, 58)), Optional.empty(), false)), List.of(REPORTED));
        assertThat(tooLong.content().matched()).isZero();
    }

    @Test
    void countsTheRightContentWithTheWrongSpeakerOnlyForContent() {
        AttributionScore s = scorer.score(TEXT, List.of(
                new PredictedAttribution(List.of(new Span(0, 14)), Optional.of(new Span(27, 36)), true)),
                List.of(QUOTE, REPORTED));
        assertThat(s.content().matched()).isEqualTo(1);
        assertThat(s.contentSource().matched()).isZero();
        assertThat(s.directFound()).isEqualTo(1);
        assertThat(s.directSpeakerRight()).isZero();
        assertThat(s.content().precision()).isEqualTo(1.0);
        assertThat(s.content().recall()).isEqualTo(0.5);
    }

    @Test
    void matchesOneToOne() {
        PredictedAttribution same = new PredictedAttribution(List.of(new Span(0, 14)), Optional.of(new Span(15, 20)),
                true);
        AttributionScore s = scorer.score(TEXT, List.of(same, same), List.of(QUOTE));
        assertThat(s.content().matched()).isEqualTo(1);
        assertThat(s.content().precision()).isEqualTo(0.5);
    }
}
