package dev.parallax.index;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

class SearchFilterTest {

    private static SearchFilter dates(String from, String to) {
        return new SearchFilter(Optional.empty(), Optional.empty(), Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void rejectsADateThatIsNoIsoDateAndSaysWhatWouldDo() {
        assertThatThrownBy(() -> dates("yesterday", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yesterday'").hasMessageContaining("2024-05-14");
        assertThatThrownBy(() -> dates(null, "2024-13")).hasMessageContaining("to must be an ISO date");
        assertThatThrownBy(() -> dates("2024-06", "2024-05")).hasMessageContaining("date range is empty");
    }

    @Test
    void acceptsIsoDatePrefixes() {
        assertThatCode(() -> dates("2024", "2024-05-14")).doesNotThrowAnyException();
        assertThatCode(() -> dates("2024-05", "2024-05")).doesNotThrowAnyException();
    }
}
