package dev.parallax.extract.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateValuesTest {

    @Test
    void readsIsoValuesWithTheZonesPagesWrite() {
        assertThat(DateValues.parse("2019-11-18T17:56:27.000Z")).contains("2019-11-18T17:56:27Z");
        assertThat(DateValues.parse("2019-11-18T10:05:00+0100")).contains("2019-11-18T10:05+01:00");
        assertThat(DateValues.parse("2019-11-18 10:05:00")).contains("2019-11-18T10:05");
        assertThat(DateValues.parse("2019-11-18")).contains("2019-11-18");
        assertThat(DateValues.parse("20191118")).contains("2019-11-18");
    }

    @Test
    void findsTheDateInsideADateline() {
        assertThat(DateValues.parse("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"))
                .contains("2019-11-19");
        assertThat(DateValues.parse("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."))
                .contains("2019-11-18");
    }

    @Test
    void readsMonthNamesInSeveralLanguages() {
        assertThat(DateValues.parse("publiziert am 25. September 2018")).contains("2018-09-25");
        assertThat(DateValues.parse("publié le 3 mars 2021")).contains("2021-03-03");
        assertThat(DateValues.parse("18 de noviembre de 2019")).contains("2019-11-18");
        assertThat(DateValues.parse("pubblicato il 2 dicembre 2020")).contains("2020-12-02");
    }

    @Test
    void rejectsWhatIsNoDate() {
        assertThat(DateValues.parse("Opposition members criticised the cost")).isEmpty();
        assertThat(DateValues.parse("2019-13-45")).isEmpty();
    }
}
