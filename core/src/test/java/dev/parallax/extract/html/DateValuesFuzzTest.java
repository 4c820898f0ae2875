package dev.parallax.extract.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.parallax.extract.DateLines;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date values come from pages, feeds, records and sidecars as given: any string is either a date in ISO 8601 or
 * none, never an exception. {@code -Pfuzz} fuzzes it; kept crash inputs replay in the default run.
 */
class DateValuesFuzzTest {

    @FuzzTest
    void anyStringIsAnIsoDateOrNone(@NotNull @WithUtf8Length(max = 200) String value) {
        Optional<String> date = DateValues.parse(value);
        date.ifPresent(iso -> assertThat(DateLines.dateOf(iso)).as("date of %s from '%s'", iso, value).isPresent());
        Optional<String> line = DateLines.parse(value);
        line.ifPresent(iso -> assertThat(DateLines.dateOf(iso)).as("date of %s from '%s'", iso, value).isPresent());
    }
}
