package dev.parallax.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PairFeaturesTest {

    private static final LocalDate DAY = LocalDate.of(2021, 4, 12);

    private static float[] axis(int i) {
        float[] v = new float[4];
        v[i] = 1;
        return v;
    }

    private static ArticleSignal signal(String id, LocalDate day, String title, float[] vector, List<String> entities,
                                        Map<String, Integer> terms, List<String> numbers) {
        return new ArticleSignal(id, Optional.ofNullable(day), title, vector, axis(3), entities, terms, numbers);
    }

    @Test
    void comparesTitlesEntitiesNumbersAndDays() {
        ArticleSignal a = signal("a", DAY, "Senate passes the infrastructure bill", axis(0),
                List.of("senate", "schumer", "us"), Map.of("infrastructure", 3, "bill", 2), List.of("1200", "60"));
        ArticleSignal b = signal("b", DAY.plusDays(2), "Infrastructure bills passed by Senate", axis(0),
                List.of("senate", "mcconnell", "us"), Map.of("infrastructure", 1, "vote", 2), List.of("60"));
        ArticleSignal other = signal("c", DAY, "Unrelated", axis(1), List.of("us"), Map.of("weather", 1), List.of());
        Rarity rarity = Rarity.of(List.of(a, b, other).stream().map(s -> List.copyOf(PairFeatures.rarityKeys(s))).toList());
        PairFeatures f = PairFeatures.of(PairFeatures.Side.of(a), PairFeatures.Side.of(b), rarity);
        assertThat(f.content()).isEqualTo(1.0);
        assertThat(f.title()).as("both title vectors are the same axis").isEqualTo(1.0);
        assertThat(f.titleWords()).as("senat, pass, infrastructur, bill of 4 and 4 stems").isEqualTo(1.0);
        assertThat(f.numbers()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(f.days()).isCloseTo(2 / 7.0, within(1e-9));
        assertThat(f.entities()).as("senate and us shared, the rare names differ").isBetween(0.2, 0.7);
        assertThat(f.terms()).isBetween(0.1, 0.9);
        assertThat(f.termShare()).as("infrastructure, of bill and vote and of infrastructure and bill").isBetween(0.3, 0.7);
        assertThat(f.titleInText()).as("1 of a's 4 title stems in b's terms, 2 of b's 4 in a's").isEqualTo(0.375);
        PairFeatures unrelated = PairFeatures.of(PairFeatures.Side.of(a), PairFeatures.Side.of(other), rarity);
        assertThat(unrelated.content()).isZero();
        assertThat(unrelated.titleWords()).isZero();
        assertThat(unrelated.terms()).isZero();
        assertThat(unrelated.entities()).isLessThan(f.entities());
    }

    @Test
    void anUndatedArticleCountsAsADayAwayAndFeaturesAreSymmetric() {
        ArticleSignal a = signal("a", null, "Talks in Geneva", axis(0), List.of("geneva"), Map.of("talk", 1), List.of());
        ArticleSignal b = signal("b", DAY, "Geneva talks end", axis(0), List.of("geneva", "china"), Map.of("talk", 2),
                List.of());
        Rarity rarity = Rarity.of(List.of(List.copyOf(PairFeatures.rarityKeys(a)), List.copyOf(PairFeatures.rarityKeys(b))));
        PairFeatures ab = PairFeatures.of(PairFeatures.Side.of(a), PairFeatures.Side.of(b), rarity);
        PairFeatures ba = PairFeatures.of(PairFeatures.Side.of(b), PairFeatures.Side.of(a), rarity);
        assertThat(ab.days()).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(ab).isEqualTo(ba);
    }

    @Test
    void rejectsValuesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new PairFeatures(1.5, 0, 0, 0, 0, 0, 0, 0, 0)).hasMessageContaining("1.5 is outside [0, 1]");
    }
}
