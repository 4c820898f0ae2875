package dev.parallax.extract;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DateLinesTest {

    @Test
    void anOffsetBeyondEighteenHoursIsNoDate() {
        assertThat(DateLines.parse("May 15, 2024 10:00 GMT+25")).isEmpty();
        assertThat(DateLines.parse("May 15, 2024 GMT-99")).isEmpty();
        assertThat(DateLines.parse("May 15, 2024 10:00 GMT+8")).contains("2024-05-15T10:00+08:00");
    }

    @Test
    void readsDatelinesWithAndWithoutTimeZones() {
        assertThat(DateLines.parse("May 14, 2024 08:21 PM")).hasValue("2024-05-14T20:21");
        assertThat(DateLines.parse("Feb 11, 2024 11:48 AM GMT+8")).hasValue("2024-02-11T11:48+08:00");
        assertThat(DateLines.parse("14 May 2024")).hasValue("2024-05-14");
        assertThat(DateLines.parse("2024-05-14T08:21:00Z")).hasValue("2024-05-14T08:21Z");
        assertThat(DateLines.parse("Tuesday, May 14, 2024 9:05 a.m. EDT")).hasValue("2024-05-14T09:05-04:00");
    }

    @Test
    void readsOffsetsInTheirCommonShapes() {
        assertThat(DateLines.parse("May 14, 2024 08:21 PM UTC+05:30")).hasValue("2024-05-14T20:21+05:30");
        assertThat(DateLines.parse("2024-05-14 10:00:00 +0800")).hasValue("2024-05-14T10:00+08:00");
        assertThat(DateLines.parse("14 May 2024 10:00 -04:00")).hasValue("2024-05-14T10:00-04:00");
        assertThat(DateLines.parse("May 14, 2024 10:00 AM (PDT)")).hasValue("2024-05-14T10:00-07:00");
        assertThat(DateLines.parse("May 14, 2024 10:00 AM gmt")).hasValue("2024-05-14T10:00Z");
    }

    @Test
    void keepsTheTimeWithoutGuessingTheZoneOfAnAbbreviationOfSeveralZones() {
        // IST is India's, Ireland's or Israel's time; CST the US's or China's.
        assertThat(DateLines.parse("May 14, 2024 08:21 PM IST")).hasValue("2024-05-14T20:21");
        assertThat(DateLines.parse("2024-05-14 10:00 CST")).hasValue("2024-05-14T10:00");
    }

    @Test
    void theOutletsCountryDecidesAnAbbreviationOfSeveralZones() {
        assertThat(DateLines.parse("May 14, 2024 08:21 PM IST", Optional.of("IN"))).hasValue("2024-05-14T20:21+05:30");
        assertThat(DateLines.parse("May 14, 2024 08:21 PM IST", Optional.of("IE"))).hasValue("2024-05-14T20:21+01:00");
        assertThat(DateLines.parse("May 14, 2024 08:21 PM IST", Optional.of("IL"))).hasValue("2024-05-14T20:21+02:00");
        assertThat(DateLines.parse("2024-05-14 10:00 CST", Optional.of("CN"))).hasValue("2024-05-14T10:00+08:00");
        assertThat(DateLines.parse("2024-05-14 10:00 CST", Optional.of("US"))).hasValue("2024-05-14T10:00-06:00");
        // a country the abbreviation names no zone in: the time is kept without one
        assertThat(DateLines.parse("May 14, 2024 08:21 PM IST", Optional.of("US"))).hasValue("2024-05-14T20:21");
    }

    @Test
    void readsOnlyTheListedAbbreviations() {
        assertThat(DateLines.ZONES).containsKeys("EDT", "CET", "JST", "HKT").doesNotContainKeys("IST", "CST");
        assertThat(DateLines.parse("May 14, 2024 08:21 PM XYZ")).isEmpty();
    }

    @Test
    void refusesSentencesThatMerelyContainADate() {
        assertThat(DateLines.parse("The talks were held on May 14, 2024 in Geneva.")).isEmpty();
        assertThat(DateLines.parse("China US")).isEmpty();
    }
}
