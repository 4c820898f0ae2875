package dev.parallax.extract.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.parallax.extract.DateLines;

import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date values come from pages, feeds, records and sidecars as given: any string is either a date in ISO 8601 or
 * none, never an exception. {@code -Pfuzz} fuzzes it; kept crash inputs replay in the default run.
 */
class DateValuesFuzzTest {

    /** Common shapes for the fuzzer to start from, and inputs that once failed (kept so they never fail again). */
    static Stream<String> dates() {
        return Stream.of("May 15, 2024", "2024-05-15 10:00:00", "Wed, 15 May 2024 10:00:00 GMT", "1715760000",
                "20240515T1000", "publiziert am 25. September 2018", "May 15, 2024 10:00 GMT+8",
                "May 15, 2024 10:00 GMT+25", "May 15, 2024 GMT-99");
    }

    @MethodSource("dates")
    @FuzzTest
    void anyStringIsAnIsoDateOrNone(@NotNull @WithUtf8Length(max = 200) String value) {
        Optional<String> date = DateValues.parse(value);
        date.ifPresent(iso -> assertThat(DateLines.dateOf(iso)).as("date of %s from '%s'", iso, value).isPresent());
        Optional<String> line = DateLines.parse(value);
        line.ifPresent(iso -> assertThat(DateLines.dateOf(iso)).as("date of %s from '%s'", iso, value).isPresent());
    }
}
