package dev.parallax.core;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StageTimesTest {

    @Test
    void addsTimeGivenToAStageAcrossThreads() throws InterruptedException {
        StageTimes times = StageTimes.recording();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            pool.submit(() -> times.add("embed", 3));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(times.snapshot()).containsEntry("embed", 300L);
    }

    @Test
    void recordsEachStageUnderItsOwnNameWhenNestedAndReturnsTheWorksResult() {
        StageTimes times = StageTimes.recording();

        String result = times.time("index", () -> times.time("extract", () -> "article"));

        assertThat(result).isEqualTo("article");
        assertThat(times.snapshot()).containsOnlyKeys("extract", "index");
        assertThat(times.snapshot().values()).allSatisfy(n -> assertThat(n).isNotNegative());
    }

    @Test
    void recordsNothingWhenOff() {
        StageTimes.NONE.add("annotate", 5);
        assertThat(StageTimes.NONE.time("annotate", () -> 42)).isEqualTo(42);

        assertThat(StageTimes.NONE.snapshot()).isEmpty();
    }
}
