package dev.parallax.brief;

import dev.parallax.core.Progress;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story's briefing shows each item once and gives each claim one label: on the sample corpus, and on two reports of
 * one event that count it differently.
 */
class BriefingConsistencyTest {

    private static Briefing sample;
    private static Briefing seoul;
    private static Briefing claims;

    @BeforeAll
    static void brief() throws URISyntaxException {
        sample = new Pipeline().brief(SampleCorpus.analysed(), SampleCorpus.corpus().problems());
        Path file = Path.of(BriefingConsistencyTest.class.getResource("/seoul-pledge/articles.jsonl").toURI());
        Pipeline pipeline = new Pipeline();
        seoul = pipeline.brief(pipeline.read(List.of(file)), Progress.NONE);
        Path claimsFile = Path.of(BriefingConsistencyTest.class.getResource("/jobless-claims/articles.jsonl").toURI());
        claims = pipeline.brief(pipeline.read(List.of(claimsFile)), Progress.NONE);
    }

    /** Every span a story cites as a sentence, by section, in the order the sections are read. */
    static Map<String, List<SourceRef>> sentences(StoryBrief s) {
        return Map.of(
                "news", s.news().stream().flatMap(g -> g.sources().stream()).toList(),
                "emphasis", s.signals().stream().flatMap(x -> x.emphasis().stream()).flatMap(g -> g.sources().stream()).toList(),
                "onlyThisSide", s.signals().stream().flatMap(x -> x.onlyThisSide().stream()).flatMap(g -> g.sources().stream()).toList(),
                "shared", s.shared().stream().flatMap(c -> c.statements().stream()).flatMap(g -> g.sources().stream()).toList(),
                "differences", s.differences().stream().flatMap(c -> c.statements().stream()).flatMap(g -> g.sources().stream()).toList());
    }

    static void assertEachItemOnce(Briefing b) {
        for (StoryBrief s : b.stories()) {
            List<SourceRef> all = new ArrayList<>();
            sentences(s).values().forEach(all::addAll);
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    SourceRef x = all.get(i);
                    SourceRef y = all.get(j);
                    assertThat(x.article().equals(y.article()) && x.start() < y.end() && y.start() < x.end())
                            .as("story %s cites %s and %s, which overlap", s.id(), x, y).isFalse();
                }
            }
            List<SourceRef> voices = s.allVoices().stream().map(VoiceView::source).toList();
            assertThat(new HashSet<>(voices)).as("voices of story %s", s.id()).hasSameSizeAs(voices);
        }
    }

    static void assertOneLabelPerSpan(Briefing b) {
        for (StoryBrief s : b.stories()) {
            Set<SourceRef> shared = new HashSet<>();
            Set<SourceRef> oneSide = new HashSet<>();
            Stream.concat(s.shared().stream(), s.differences().stream()).forEach(c -> c.statements().forEach(g ->
                    (c.label().equals("one-side") ? oneSide : shared).addAll(g.sources())));
            s.signals().forEach(x -> x.onlyThisSide().forEach(g -> oneSide.addAll(g.sources())));
            assertThat(oneSide.stream().filter(shared::contains).toList()).as("story %s", s.id()).isEmpty();
        }
    }

    @Test
    void theSampleShowsEachItemOnceInAStory() {
        assertThat(sample.stories()).anySatisfy(s -> assertThat(s.signals()).hasSizeGreaterThanOrEqualTo(2));
        assertEachItemOnce(sample);
    }

    @Test
    void noSpanOfTheSampleIsBothSharedAndOneSided() {
        assertOneLabelPerSpan(sample);
    }

    @Test
    void framingCountsAreTheSpansCited() {
        assertThat(sample.stories()).flatMap(StoryBrief::signals).flatMap(SideSignals::framing).isNotEmpty()
                .allSatisfy(f -> assertThat(f.count()).as(f.term()).isEqualTo(f.evidence().size()));
    }

    @Test
    void twoReportsOfOneEventFromTwoSidesAreOneStory() {
        assertThat(seoul.stories()).singleElement().satisfies(s -> assertThat(s.articles()).hasSize(2));
    }

    @Test
    void aDifferentCountOfTheSameThingIsContradictedWithBothSpans() {
        StoryBrief s = seoul.stories().getFirst();
        assertThat(s.differences()).filteredOn(c -> c.label().equals("contradicted")).singleElement().satisfies(c -> {
            assertThat(c.reason()).startsWith("number").contains("60").contains("50");
            assertThat(c.sides()).containsExactlyInAnyOrder("United States", "China");
            assertThat(c.statements()).extracting(g -> g.sources().getFirst().article()).doesNotHaveDuplicates()
                    .hasSize(2);
            assertThat(c.statements()).extracting(Grounded::text)
                    .anySatisfy(t -> assertThat(t).contains("60 countries"))
                    .anySatisfy(t -> assertThat(t).contains("50 countries"));
        });
        // the contested sentence is shown there only: neither The News nor a side's lead repeats it
        assertThat(s.news()).extracting(Grounded::text).noneSatisfy(t -> assertThat(t).contains("countries signed"));
        assertEachItemOnce(seoul);
        assertOneLabelPerSpan(seoul);
    }

    @Test
    void datesEachArticleResolvesFromItsOwnPublicationDayDoNotContradict() {
        StoryBrief s = claims.stories().getFirst();
        assertThat(claims.stories()).singleElement();
        assertThat(s.differences()).as("\"last week\" and \"on Thursday\" in reports published a day apart")
                .noneSatisfy(c -> assertThat(c.reason()).startsWith("date"));
        assertThat(s.news()).extracting(Grounded::text).anySatisfy(t -> assertThat(t).contains("37,000 to 412,000"));
        assertEachItemOnce(claims);
        assertOneLabelPerSpan(claims);
    }
}
