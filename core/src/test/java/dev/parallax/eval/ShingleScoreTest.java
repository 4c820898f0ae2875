package dev.parallax.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ShingleScoreTest {

    @Test
    void scoresIdenticalTextsAsPerfectIgnoringCaseAndPunctuation() {
        ShingleScore score = ShingleScore.of("The mayor said: \"This is good news.\"", "the MAYOR said this is good news");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void countsSharedFourGramsAgainstEachSide() {
        // gold: a b c d e -> {abcd, bcde}; predicted: a b c d x y -> {abcd, bcdx, cdxy}
        ShingleScore score = ShingleScore.of("a b c d x y", "a b c d e");

        assertThat(score.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(score.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void treatsATextShorterThanFourTokensAsOneShingle() {
        assertThat(ShingleScore.shingles("Hello world")).containsExactly("hello world");
    }

    @Test
    void countsUnicodeWordsAsTokens() {
        assertThat(ShingleScore.shingles("Zürich café naïve façade élan")).containsExactlyInAnyOrder(
                "zürich café naïve façade", "café naïve façade élan");
    }

    @Test
    void scoresTwoEmptyTextsAsPerfectAndOneEmptyAsZero() {
        assertThat(ShingleScore.of("", " ")).isEqualTo(new ShingleScore(1, 1));
        assertThat(ShingleScore.of("", "some gold text here")).isEqualTo(new ShingleScore(0, 0));
        assertThat(ShingleScore.of("some predicted text here", "")).isEqualTo(new ShingleScore(0, 0));
    }

    @Test
    void rejectsScoresOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new ShingleScore(1.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("precision 1.5");
    }
}
