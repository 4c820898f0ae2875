package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefer;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.cluster.StoryClusterer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {

    private static Briefing briefing;

    @BeforeAll
    static void brief() {
        List<AnnotatedArticle> annotated = SampleCorpus.annotated();
        briefing = new Briefer().brief(annotated, new StoryClusterer().cluster(annotated), SampleCorpus.corpus().problems());
    }

    private static ArticleView article(String prefix) {
        return briefing.articles().stream()
                .filter(a -> Path.of(a.origin()).getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void readsTheFourSampleArticlesWithTheirMetadata() {
        assertThat(briefing.schema()).isEqualTo("parallax.briefing/2");
        assertThat(briefing.articles()).hasSize(4);
        assertThat(briefing.problems()).isEmpty();
        assertThat(article("000").title()).isEqualTo("US and China’s AI talks likely won't result in any deals");
        assertThat(article("000").outlet()).isEqualTo("Semafor");
        assertThat(article("001").title()).contains("US and China Declare Cooperation at UK AI Security Summit");
        assertThat(article("002").outlet()).isEqualTo("Global Times");
        assertThat(article("002").published()).startsWith("2024-05-14");
        assertThat(article("003").outlet()).isEqualTo("Global Times");
        assertThat(article("003").published()).startsWith("2024-02-11");
        assertThat(article("003").type()).isEqualTo("opinion");
        assertThat(article("003").evidence()).containsKey("type");
    }

    @Test
    void resolvesOutletsAgainstTheRegistryAndShowsCoveragePerSide() {
        assertThat(article("002").outletInfo()).satisfies(o -> {
            assertThat(o.known()).isTrue();
            assertThat(o.country()).isEqualTo("CN");
            assertThat(o.ownership()).isEqualTo("state");
        });
        assertThat(article("000").outletInfo().country()).isEqualTo("US");
        assertThat(article("000").side()).isEqualTo("United States");
        assertThat(article("001").outletInfo().known()).isFalse();
        assertThat(article("001").side()).isEqualTo("unknown");
        assertThat(briefing.perspective()).isEqualTo("country");
        assertThat(briefing.stories()).allSatisfy(s ->
                assertThat(s.coverage().stream().mapToInt(c -> c.articles().size()).sum()).isEqualTo(s.articles().size()));
    }

    @Test
    void everyBriefingSentenceIsCutFromTheSpanItCites() {
        List<StoryBrief> stories = briefing.stories();
        assertThat(stories).isNotEmpty();
        assertThat(stories.stream().mapToInt(s -> s.news().size()).sum()).isGreaterThanOrEqualTo(4);
        Stream<Object> items = stories.stream().flatMap(s -> Stream.concat(s.news().stream(), s.timeline().stream()));
        items.forEach(item -> {
            String text = item instanceof Grounded g ? g.text() : ((TimelineEntry) item).text();
            List<SourceRef> sources = item instanceof Grounded g ? g.sources() : ((TimelineEntry) item).sources();
            assertThat(sources).isNotEmpty();
            for (SourceRef ref : sources) {
                String articleText = briefing.article(ref.article()).text();
                assertThat(ref.span().of(articleText)).contains(text.length() > 40 ? text.substring(0, 40) : text);
            }
            SourceRef first = sources.getFirst();
            assertThat(first.span().of(briefing.article(first.article()).text())).contains(text);
        });
    }

    @Test
    void theTimelineDatesTheGenevaTalksFromTuesdayAgainstThePublicationDate() {
        String gt = article("002").id();
        List<TimelineEntry> timeline = briefing.stories().stream().flatMap(s -> s.timeline().stream()).toList();
        assertThat(timeline).anySatisfy(t -> {
            assertThat(t.date()).isEqualTo("2024-05-14");
            assertThat(t.granularity()).isEqualTo("day");
            assertThat(t.text()).contains("Geneva");
            assertThat(t.sources()).anySatisfy(s -> assertThat(s.article()).isEqualTo(gt));
        });
        assertThat(timeline).anySatisfy(t -> assertThat(t.date()).isEqualTo("2023-11"));
    }

    @Test
    void joinsAShortPersonNameToTheFullNameOfTheSameArticle() {
        assertThat(briefing.stories().stream().flatMap(s -> s.actors().stream()))
                .anySatisfy(a -> {
                    assertThat(a.name()).isEqualTo("Kai-Fu Lee");
                    assertThat(a.aliases()).contains("Lee");
                });
    }
}
