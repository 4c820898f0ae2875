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

    /** Every span a story shows as a sentence, by section: The News, leads, one-side facts, claims shown there. */
    static Map<String, List<SourceRef>> sentences(StoryBrief s) {
        return Map.of(
                "news", s.news().stream().flatMap(g -> g.sources().stream()).toList(),
                "emphasis", s.signals().stream().flatMap(x -> x.emphasis().stream()).flatMap(g -> g.sources().stream()).toList(),
                "onlyThisSide", s.signals().stream().flatMap(x -> x.onlyThisSide().stream()).flatMap(g -> g.sources().stream()).toList(),
                "shared", s.shared().stream().filter(c -> c.shownIn().isEmpty()).flatMap(c -> c.statements().stream())
                        .flatMap(g -> g.sources().stream()).toList(),
                "differences", s.differences().stream().filter(c -> c.shownIn().isEmpty())
                        .flatMap(c -> c.statements().stream()).flatMap(g -> g.sources().stream()).toList());
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
            // a voice whose words a sentence above or another voice shows, and a dated event whose sentence is
            // shown, refer to it
            List<SourceRef> quoted = new ArrayList<>();
            for (VoiceView v : s.allVoices()) {
                boolean overlaps = Stream.concat(all.stream(), quoted.stream()).anyMatch(x -> overlap(x, v.source()))
                        || s.timeline().stream().filter(t -> t.shownIn().isEmpty())
                        .anyMatch(t -> overlap(t.sources().getFirst(), v.source()));
                assertThat(v.shownIn().isEmpty()).as("voice %s at %s", v.speaker(), v.source()).isEqualTo(!overlaps);
                if (!overlaps) {
                    quoted.add(v.source());
                }
            }
            List<SourceRef> dated = new ArrayList<>(); // the sentences the timeline shows so far
            for (TimelineEntry t : s.timeline()) {
                SourceRef sentence = t.sources().getFirst();
                boolean shownBefore = Stream.concat(all.stream(), dated.stream()).anyMatch(x -> overlap(x, sentence));
                assertThat(t.shownIn().isEmpty()).as("timeline entry %s", t.text()).isEqualTo(!shownBefore);
                if (!shownBefore) {
                    dated.add(sentence);
                }
            }
        }
        assertThat(Consistency.of(b).repeats()).as("%s", Consistency.of(b).examples()).isZero();
    }

    static void assertOneLabelPerSpan(Briefing b) {
        for (StoryBrief s : b.stories()) {
            Set<SourceRef> shared = new HashSet<>();
            Set<SourceRef> oneSide = new HashSet<>();
            Stream.concat(s.shared().stream(), s.differences().stream()).forEach(c -> c.statements().forEach(g ->
                    (c.label().equals("one-side") ? oneSide : shared).addAll(g.sources())));
            s.signals().forEach(x -> x.onlyThisSide().forEach(g -> oneSide.addAll(g.sources())));
            assertThat(oneSide.stream().filter(r -> shared.stream().anyMatch(x -> overlap(x, r))).toList())
                    .as("story %s", s.id()).isEmpty();
        }
        assertThat(Consistency.of(b).mixedLabels()).isZero();
    }

    private static boolean overlap(SourceRef x, SourceRef y) {
        return x.article().equals(y.article()) && x.start() < y.end() && y.start() < x.end();
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
    void aClaimTheNewsStatesIsAReferenceThereWithEverySidesSpan() {
        StoryBrief geneva = sample.stories().stream().filter(s -> s.signals().size() >= 2).findFirst().orElseThrow();
        List<SourceRef> news = geneva.news().stream().flatMap(g -> g.sources().stream()).toList();
        assertThat(geneva.shared()).anySatisfy(c -> assertThat(c.shownIn()).isEqualTo("news"));
        assertThat(Stream.concat(geneva.shared().stream(), geneva.differences().stream())).allSatisfy(c -> {
            boolean inNews = c.statements().stream().flatMap(g -> g.sources().stream())
                    .anyMatch(r -> news.stream().anyMatch(n -> overlap(n, r)));
            assertThat(c.shownIn()).as("claim %s", c.statements().getFirst().text()).isEqualTo(inNews ? "news" : "");
        });
    }

    @Test
    void aVoiceWhoseWordsAOneSideFactShowsIsStillListedAndRefersToIt() {
        StoryBrief geneva = sample.stories().stream().filter(s -> s.signals().size() >= 2).findFirst().orElseThrow();
        List<SourceRef> only = geneva.signals().stream().flatMap(x -> x.onlyThisSide().stream())
                .flatMap(g -> g.sources().stream()).toList();
        List<VoiceView> referring = geneva.allVoices().stream().filter(v -> v.shownIn().equals("onlyThisSide")).toList();
        assertThat(referring).isNotEmpty().allSatisfy(v ->
                assertThat(only).anySatisfy(r -> assertThat(overlap(r, v.source())).isTrue()));
        assertThat(VoiceView.bySpeaker(geneva.allVoices())).allSatisfy(q ->
                assertThat(q.own()).allSatisfy(r -> assertThat(only).noneSatisfy(o -> assertThat(overlap(o, r)).isTrue())));
    }

    @Test
    void theCorpusTimelineRefersToEachStoryEntryOnceInDateOrder() {
        int entries = sample.stories().stream().mapToInt(s -> s.timeline().size()).sum();
        assertThat(sample.timeline()).hasSize(entries).doesNotHaveDuplicates().allSatisfy(t -> {
            TimelineEntry e = sample.entry(t);
            assertThat(e.date()).isEqualTo(t.date());
            assertThat(e.granularity()).isEqualTo(t.granularity());
        });
        assertThat(sample.timeline()).extracting(t -> dev.parallax.resolve.CalendarDate.parse(t.date()).orElseThrow().first())
                .isSorted();
    }

    @Test
    void theConsistencyCountFindsARepeatedItemAndASpanWithTwoLabels() {
        SourceRef sentence = new SourceRef("a", "Outlet", 0, 50);
        SourceRef clause = new SourceRef("a", "Outlet", 10, 30);
        Grounded news = new Grounded("x".repeat(50), List.of(sentence));
        Grounded fact = new Grounded("x".repeat(20), List.of(clause));
        ClaimView shared = new ClaimView("shared", List.of("A", "B"), "", List.of(fact), "");
        SideSignals side = new SideSignals("A", List.of("Outlet"), List.of(), List.of(), List.of(fact), List.of());
        StoryBrief s = new StoryBrief("s", "headline", List.of("a"), List.of(news), List.of(), List.of(), List.of(),
                List.of(), "l", List.of(side), List.of(shared), List.of(), List.of());
        Consistency c = Consistency.of(List.of(s));
        assertThat(c.mixedLabels()).isEqualTo(1);
        assertThat(c.repeats()).isEqualTo(2); // the one-side fact and the shared claim both show The News' span
        assertThat(c.holds()).isFalse();
        StoryBrief referred = new StoryBrief("s", "headline", List.of("a"), List.of(news), List.of(), List.of(),
                List.of(), List.of(), "l", List.of(), List.of(new ClaimView("shared", List.of("A", "B"), "",
                List.of(fact), "news")), List.of(), List.of());
        assertThat(Consistency.of(List.of(referred)).holds()).isTrue();
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
