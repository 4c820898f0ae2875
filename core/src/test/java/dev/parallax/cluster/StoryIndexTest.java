package dev.parallax.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIndexTest {

    private static final int DIMENSIONS = 64;
    private static final LocalDate DAY = LocalDate.of(2024, 5, 14);

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }

    /** A unit vector mostly along axis {@code main}, with a share along axis {@code side}. */
    private static float[] towards(int main, int side, float share) {
        float[] v = new float[DIMENSIONS];
        v[main] = 1;
        v[side] += share;
        return unit(v);
    }

    private static ArticleSignal article(String id, LocalDate day, float[] vector, List<String> entities) {
        return new ArticleSignal(id, Optional.ofNullable(day), "", vector, new float[DIMENSIONS], entities);
    }

    /** A scorer that learned "same event" from content cosines alone: pairs at 0.8 or more are the same. */
    static PairScorer contentScorer() {
        List<PairFeatures> pairs = new java.util.ArrayList<>();
        List<Boolean> same = new java.util.ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            double cosine = i / 100.0;
            pairs.add(new PairFeatures(cosine, 0, 0, 0, 0, 0, 0, 0, 0));
            same.add(cosine >= 0.8);
        }
        return PairScorer.train(pairs, same);
    }

    @Test
    void aReportJoinsTheEventWhoseMembersOnAverageReportTheSame() {
        StoryIndex.Settings settings = StoryIndex.Settings.DEFAULT.withEventThreshold(0.5);
        PairScorer scorer = contentScorer();
        assertThat(scorer.probability(new PairFeatures(0.857, 0, 0, 0, 0, 0, 0, 0, 0)))
                .as("c's pair with b alone is above the threshold").isGreaterThan(settings.eventThreshold());
        StoryIndex index = new StoryIndex(settings, scorer);
        index.add(article("a", DAY, towards(0, 1, 0f), List.of()));
        StoryIndex.Assignment b = index.add(article("b", DAY, towards(0, 1, 0.3f), List.of()));
        // c is close to b (cosine 0.86) but far from a (0.67): on average not the same event
        StoryIndex.Assignment c = index.add(article("c", DAY, towards(0, 1, 1.1f), List.of()));
        StoryIndex.Assignment d = index.add(article("d", DAY, towards(0, 1, 0.15f), List.of()));
        assertThat(b.event()).isEqualTo("e-a");
        assertThat(c.newEvent()).as("a chain of near matches does not join an event").isTrue();
        assertThat(d.event()).as("a report close to every member joins").isEqualTo("e-a");
        assertThat(d.score()).isGreaterThan(settings.eventThreshold());
    }

    @Test
    void anArticleFarFromAnEventInTimeFoundsItsOwnAndTheEventIsNotScored() {
        StoryIndex index = new StoryIndex(StoryIndex.Settings.DEFAULT, contentScorer());
        index.add(article("old", DAY.minusDays(10), towards(0, 1, 0.1f), List.of("geneva")));
        StoryIndex.Assignment later = index.add(article("new", DAY, towards(0, 1, 0.1f), List.of("geneva")));
        assertThat(later.newEvent()).isTrue();
        assertThat(later.candidates()).isZero();
        assertThat(later.storyline()).isEqualTo(index.add(article("old", null, new float[DIMENSIONS], List.of())).storyline())
                .as("the same vector ten days apart is one storyline");
    }

    @Test
    void theNumberOfEventsScoredIsCappedHoweverDenseTheNews() {
        StoryIndex index = new StoryIndex(StoryIndex.Settings.DEFAULT, contentScorer());
        Random random = new Random(3);
        for (int i = 0; i < StoryIndex.MAX_SCANNED + 500; i++) {
            float[] v = new float[DIMENSIONS];
            for (int k = 0; k < DIMENSIONS; k++) {
                v[k] = (float) random.nextGaussian();
            }
            index.add(article(String.format("x%05d", i), DAY.plusDays(i % 3), unit(v), List.of("common")));
        }
        assertThat(index.eventCount()).isGreaterThan(StoryIndex.MAX_SCANNED);
        StoryIndex.Assignment probe = index.add(article("probe", DAY.plusDays(1), towards(5, 6, 0.2f), List.of("common")));
        assertThat(probe.candidates()).isEqualTo(StoryIndex.MAX_SCANNED);
    }

    @Test
    void rejectsVectorsOfAnotherLength() {
        StoryIndex index = new StoryIndex(StoryIndex.Settings.DEFAULT, contentScorer());
        index.add(article("a", DAY, towards(0, 1, 0.1f), List.of()));
        ArticleSignal other = new ArticleSignal("b", Optional.of(DAY), "", new float[8], new float[8], List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.add(other))
                .hasMessageContaining("8-dimensional vector but the index holds 64-dimensional ones");
    }
    /**
     * Four reports of one day at 0°, 30°, 45° and 50° in one plane: b is near a, but nearer c and d. By the content
     * scorer: a–b 0.60, a–c 0.31, a–d 0.23, b–c 0.77, b–d 0.73, c–d 0.81.
     */
    private static List<ArticleSignal> fan() {
        return List.of(article("a", DAY, towards(0, 1, 0f), List.of()),
                article("b", DAY, towards(0, 1, (float) Math.tan(Math.toRadians(30))), List.of()),
                article("c", DAY, towards(0, 1, 1f), List.of()),
                article("d", DAY, towards(0, 1, (float) Math.tan(Math.toRadians(50))), List.of()));
    }

    private static List<List<String>> events(StoryIndex index) {
        return index.stories().stream().map(Story::articles).sorted(java.util.Comparator.comparing(l -> l.get(0)))
                .toList();
    }

    @Test
    void groupingABatchAgainUndoesAnEarlyPlacement() {
        StoryIndex.Settings settings = StoryIndex.Settings.DEFAULT.withEventThreshold(0.55).withRegroupThreshold(0.5);
        StoryIndex oneByOne = new StoryIndex(settings, contentScorer());
        fan().forEach(oneByOne::add);
        assertThat(events(oneByOne)).as("placed as they arrive, b stays with a, the first it met")
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
        StoryIndex batch = new StoryIndex(settings, contentScorer());
        List<StoryIndex.Assignment> placed = batch.add(fan());
        assertThat(events(batch)).containsExactly(List.of("a"), List.of("b", "c", "d"));
        assertThat(placed).extracting(StoryIndex.Assignment::article, StoryIndex.Assignment::event)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "e-a"),
                        org.assertj.core.groups.Tuple.tuple("b", "e-c"), org.assertj.core.groups.Tuple.tuple("c", "e-c"),
                        org.assertj.core.groups.Tuple.tuple("d", "e-c"));
    }

    @Test
    void aLaterBatchMovesAnEarlierArticleAndSaysFromWhere() {
        StoryIndex index = new StoryIndex(StoryIndex.Settings.DEFAULT.withEventThreshold(0.55).withRegroupThreshold(0.5), contentScorer());
        List<StoryIndex.Assignment> first = index.add(fan().subList(0, 2));
        assertThat(first).extracting(StoryIndex.Assignment::event).containsExactly("e-a", "e-a");
        List<StoryIndex.Assignment> second = index.add(fan().subList(2, 4));
        assertThat(events(index)).containsExactly(List.of("a"), List.of("b", "c", "d"));
        assertThat(second).extracting(StoryIndex.Assignment::article, StoryIndex.Assignment::event,
                        StoryIndex.Assignment::movedFrom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", "e-c", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("d", "e-c", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("b", "e-c", Optional.of("e-a")));
    }

    @Test
    void restoringThePlacementsAsStoredRebuildsTheEventsAfterAMove() {
        StoryIndex index = new StoryIndex(StoryIndex.Settings.DEFAULT.withEventThreshold(0.55).withRegroupThreshold(0.5), contentScorer());
        // what a corpus stores: one placement per article, a later one replacing an earlier
        java.util.Map<String, StoryIndex.Assignment> stored = new java.util.LinkedHashMap<>();
        for (List<ArticleSignal> batch : List.of(fan().subList(0, 2), fan().subList(2, 4))) {
            for (StoryIndex.Assignment a : index.add(batch)) {
                stored.remove(a.article());
                stored.put(a.article(), a);
            }
        }
        StoryIndex restored = new StoryIndex(StoryIndex.Settings.DEFAULT.withEventThreshold(0.55).withRegroupThreshold(0.5), contentScorer());
        java.util.Map<String, ArticleSignal> byId = new java.util.HashMap<>();
        fan().forEach(a -> byId.put(a.id(), a));
        stored.values().forEach(a -> restored.restore(byId.get(a.article()), a.event(), a.storyline()));
        assertThat(restored.stories()).isEqualTo(index.stories());
    }
    @Test
    void anUndatedPairIsGroupedAgainOnlyOnTheEvidenceAnArrivingArticleNeeds() {
        StoryIndex.Settings settings = StoryIndex.Settings.DEFAULT.withEventThreshold(0.55).withRegroupThreshold(0.5);
        float share = (float) Math.tan(Math.acos(0.82)); // cosine 0.82: 0.51 by the content scorer
        StoryIndex dated = new StoryIndex(settings, contentScorer());
        dated.add(List.of(article("x", DAY, towards(0, 1, 0f), List.of()),
                article("y", DAY, towards(0, 1, share), List.of())));
        assertThat(events(dated)).as("placed apart (below 0.55), grouped again (above 0.5)")
                .containsExactly(List.of("x", "y"));
        StoryIndex undated = new StoryIndex(settings, contentScorer());
        undated.add(List.of(article("x", null, towards(0, 1, 0f), List.of()),
                article("y", null, towards(0, 1, share), List.of())));
        assertThat(events(undated)).containsExactly(List.of("x"), List.of("y"));
    }
}
