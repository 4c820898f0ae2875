package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

    private static CalendarDate resolve(String timex, LocalDate reference, Tense tense) {
        return TimeAnchorer.resolve(timex, reference, tense).orElseThrow(() -> new AssertionError("no date for " + timex));
    }

    @Test
    void relativeValuesAreAnchoredOnTheReferenceDateWithTheirGranularity() {
        assertThat(resolve("XXXX-WXX-2", MONDAY, Tense.FUTURE)).isEqualTo(CalendarDate.day(LocalDate.of(2024, 5, 14)));
        assertThat(resolve("THIS P1Y OFFSET P-1Y", MONDAY, Tense.PAST).value()).isEqualTo("2023");
        assertThat(resolve("THIS P1Y OFFSET P-1Y", MONDAY, Tense.PAST).granularity()).isEqualTo(Granularity.YEAR);
        assertThat(resolve("XXXX-03 OFFSET P-1Y", MONDAY, Tense.PAST).value()).isEqualTo("2023-03");
        assertThat(resolve("THIS P1Y OFFSET P-1Y INTERSECT XXXX-10", MONDAY, Tense.PAST).value()).isEqualTo("2023-10");
        assertThat(resolve("XXXX-SP", MONDAY, Tense.PRESENT).granularity()).isEqualTo(Granularity.SEASON);
    }

    @Test
    void aMonthWithoutYearIsThePastOneInAPastClauseAndTheNextOneInAFutureClause() {
        LocalDate february = LocalDate.of(2024, 2, 11);
        assertThat(resolve("XXXX-10", february, Tense.PAST).value()).isEqualTo("2023-10");
        assertThat(resolve("XXXX-10", february, Tense.FUTURE).value()).isEqualTo("2024-10");
        assertThat(resolve("XXXX-01", LocalDate.of(2024, 12, 1), Tense.FUTURE).value()).isEqualTo("2025-01");
    }

    @Test
    void valuesThatAreNotCalendarDatesStayUnanchored() {
        assertThat(TimeAnchorer.resolve("PAST_REF", MONDAY, Tense.PAST)).isEmpty();
        assertThat(TimeAnchorer.resolve("PXD", MONDAY, Tense.PAST)).isEmpty();
        assertThat(CalendarDate.parse("2024-13")).isEmpty();
    }

    @Test
    void datesAtDifferentGranularitiesAreCompatibleWhenOneContainsTheOther() {
        CalendarDate spring = CalendarDate.parse("2024-SP").orElseThrow();
        CalendarDate geneva = CalendarDate.parse("2024-05-14").orElseThrow();
        assertThat(spring.compatible(geneva)).isTrue();
        assertThat(CalendarDate.parse("2023").orElseThrow().compatible(CalendarDate.parse("2023-11").orElseThrow())).isTrue();
        assertThat(CalendarDate.parse("2023-10").orElseThrow().compatible(CalendarDate.parse("2023-11").orElseThrow())).isFalse();
        assertThat(CalendarDate.parse("2024-05-14TMO")).contains(geneva);
    }

    @Test
    void infersTheSemaforDateFromTheGenevaTalksTheGlobalTimesDates() {
        Map<String, DateInference> inferred = new PublicationDateInferrer().infer(SampleCorpus.annotated());
        DateInference semafor = inferred.get(SampleCorpus.article("000").id());
        assertThat(semafor.value()).hasValueSatisfying(d ->
                assertThat(d).isBetween(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 14)));
        assertThat(semafor.latest()).contains(LocalDate.of(2024, 5, 14));
        assertThat(semafor.confidence()).isBetween(0.1, 0.9);
        assertThat(semafor.evidence()).contains("Tuesday").contains("Geneva").contains("Global Times")
                .contains("2024-05-14");
        // Articles that state their date get no inference; one with nothing to match stays unknown, with the reason.
        assertThat(inferred).doesNotContainKeys(SampleCorpus.article("002").id(), SampleCorpus.article("003").id());
        DateInference summit = inferred.get(SampleCorpus.article("001").id());
        assertThat(summit.known()).isFalse();
        assertThat(summit.evidence()).contains("no bare weekday");
    }

    @Test
    void relativeDatesOfAnUndatedArticleAreAnchoredOnItsInferredDate() {
        AnnotatedArticle semafor = SampleCorpus.article("000");
        LocalDate inferred = new PublicationDateInferrer().infer(SampleCorpus.annotated()).get(semafor.id()).value().orElseThrow();
        List<DatedExpression> dates = new TimeAnchorer().anchor(semafor, java.util.Optional.of(inferred),
                DatedExpression.Anchor.INFERRED);
        assertThat(dates).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("last year");
            assertThat(d.date()).map(CalendarDate::value).contains("2023");
            assertThat(d.anchor()).isEqualTo(DatedExpression.Anchor.INFERRED);
        });
        assertThat(dates).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("Tuesday");
            assertThat(d.date()).map(CalendarDate::value).contains("2024-05-14");
        });
        assertThat(dates).allSatisfy(d -> assertThat(d.span().of(semafor.text())).isEqualTo(d.text()));
    }

    @Test
    void aBareWeekdayDatesAnUndatedArticleOnlyWhenAnotherArticleDatesTheSameEvent() {
        AnnotatedArticle dated = InlineArticles.published("2024-03-07", """
                Trade ministers will meet in Lisbon on Friday to sign the fisheries accord, officials said.
                """);
        AnnotatedArticle undated = InlineArticles.annotate("""
                The fisheries accord is set to be signed in Lisbon on Friday by trade ministers from both countries.
                """);
        AnnotatedArticle unrelated = InlineArticles.annotate("""
                The school board voted on Tuesday to extend the academic year by two weeks.
                """);
        Map<String, DateInference> inferred = new PublicationDateInferrer().infer(List.of(dated, undated, unrelated));
        assertThat(inferred.get(undated.id()).latest()).contains(LocalDate.of(2024, 3, 8));
        assertThat(inferred.get(undated.id()).value()).hasValueSatisfying(d ->
                assertThat(d).isBetween(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8)));
        assertThat(inferred.get(unrelated.id()).known()).isFalse();
    }

    @Test
    void aDeadlineDatesNoEventButAFactReachedByADateDoes() {
        AnnotatedArticle a = InlineArticles.published("2024-05-14", """
                In 2017 China set out an AI plan aimed at securing global leadership in the field by 2030. \
                By 2020 the country had built dozens of new laboratories.
                """);
        List<DatedEvent> events = new EventFinder().find(a,
                new TimeAnchorer().anchor(a, Optional.of(LocalDate.of(2024, 5, 14)), DatedExpression.Anchor.PUBLISHED), List.of());
        assertThat(events).extracting(e -> e.calendarDate().value()).containsExactly("2017", "2020");
    }
}
