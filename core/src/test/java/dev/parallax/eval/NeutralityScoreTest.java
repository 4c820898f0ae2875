package dev.parallax.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NeutralityScoreTest {

    private static final String ROUNDUP = "The Senate passed the infrastructure bill on Tuesday by a vote of 69 to 30.";

    @Test
    void theRoundupItselfHasNoUnsupportedWordsAndFullRouge() {
        NeutralityScore s = NeutralityScore.of(ROUNDUP, ROUNDUP, 100);

        assertThat(s.unsupported()).isZero();
        assertThat(s.rouge1()).isEqualTo(1.0);
        assertThat(s.rouge2()).isEqualTo(1.0);
    }

    @Test
    void loadedWordsTheRoundupDoesWithoutCountAsUnsupported() {
        // content words: senate ram bloat infrastructure boondoggle tuesday -> ram, bloat, boondoggle unsupported
        NeutralityScore loaded = NeutralityScore.of("The Senate rammed through the bloated infrastructure boondoggle "
                + "on Tuesday.", ROUNDUP, 100);
        NeutralityScore plain = NeutralityScore.of("The Senate passed the infrastructure bill on Tuesday.", ROUNDUP, 100);

        assertThat(loaded.unsupported()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(plain.unsupported()).isZero();
        assertThat(plain.rouge1()).isGreaterThan(loaded.rouge1());
        assertThat(plain.rouge2()).isGreaterThan(loaded.rouge2());
    }

    @Test
    void wordsAreComparedByStemIgnoringCaseAndPossessives() {
        NeutralityScore s = NeutralityScore.of("SENATE's votes passing", "the senate voted to pass", 100);

        assertThat(s.unsupported()).isZero();
    }

    @Test
    void onlyTheFirstWordsUpToTheLengthAreScored() {
        NeutralityScore cut = NeutralityScore.of("The Senate passed it. Critics slammed the reckless spree.", ROUNDUP, 4);

        assertThat(cut.words()).isEqualTo(4);
        assertThat(cut.unsupported()).isZero();
        assertThat(NeutralityScore.of("The Senate passed it. Critics slammed the reckless spree.", ROUNDUP, 100)
                .unsupported()).isGreaterThan(0.5);
    }

    @Test
    void anEmptyTextScoresWorst() {
        NeutralityScore s = NeutralityScore.of("", ROUNDUP, 50);

        assertThat(s.unsupported()).isEqualTo(1.0);
        assertThat(s.rouge1()).isZero();
    }

    @Test
    void rejectsScoresOutOfRange() {
        assertThatThrownBy(() -> new NeutralityScore(3, 1.5, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported 1.5");
    }
}
