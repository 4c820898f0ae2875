package dev.parallax.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PairTrainerTest {

    private static final LocalDate DAY = LocalDate.of(2021, 5, 3);

    private static ArticleSignal signal(String id, int day, int axis) {
        float[] v = new float[4];
        v[axis] = 1;
        return new ArticleSignal(id, Optional.of(DAY.plusDays(day)), "title " + id, v, v, List.of(), Map.of(), List.of());
    }

    @Test
    void pairsLabelledArticlesAtMostAWeekApartInCanonicalOrder() {
        List<ArticleSignal> signals = List.of(signal("a", 0, 0), signal("b", 1, 0), signal("c", 1, 1),
                signal("d", 20, 1), signal("unlabelled", 0, 0));
        Map<String, String> gold = Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s2");
        PairTrainer trainer = new PairTrainer();
        PairTrainer.Examples examples = trainer.examples(signals, gold);
        assertThat(examples.pairs()).as("a-b, a-c, b-c; d is 19 days from the others").hasSize(3);
        assertThat(examples.same()).containsExactly(true, false, false);
        List<ArticleSignal> shuffled = new ArrayList<>(signals);
        Collections.shuffle(shuffled, new Random(5));
        assertThat(trainer.examples(shuffled, gold)).isEqualTo(examples);
    }
}
