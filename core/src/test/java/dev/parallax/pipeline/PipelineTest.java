package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.resolve.CalendarDate;
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
        List<AnalysedArticle> analysed = SampleCorpus.analysed();
        briefing = new Pipeline().brief(analysed, SampleCorpus.corpus().problems());
    }

    private static ArticleView article(String prefix) {
        return briefing.articles().stream()
                .filter(a -> Path.of(a.origin()).getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void voicesComeFromAttributionWithTheSpeakerEachSideQuotes() {
        List<dev.parallax.brief.VoiceView> voices = briefing.stories().stream().flatMap(s -> s.allVoices().stream()).toList();
        assertThat(voices).anySatisfy(v -> {
            assertThat(v.speaker()).startsWith("Kai-Fu Lee");
            assertThat(v.side()).isEqualTo("United States");
            assertThat(v.source().span().of(briefing.article(v.source().article()).text())).contains("The saying in media");
        });
        assertThat(voices).anySatisfy(v -> {
            assertThat(v.speaker()).startsWith("Wang Wenbin");
            assertThat(v.side()).isEqualTo("China");
        });
        assertThat(voices).noneSatisfy(v -> assertThat(v.source().span().of(
                briefing.article(v.source().article()).text())).isIn("“safe.”", "“deliverables.”"));
        // Those reported inside another voice's words ("Lü said China will reiterate …") are not voices.
        assertThat(voices).extracting(dev.parallax.brief.VoiceView::speaker)
                .doesNotContain("China", "such talks").noneMatch(s -> s.contains("(and "));
        // A country speaking as a whole ("The US expressed concerns …"), an event ("The convening of this summit
        // highlights …") and a deal ("Biden and Xi agreed to hold talks") are not voices; Sunak, quoted as "He", is.
        assertThat(voices).extracting(dev.parallax.brief.VoiceView::speaker)
                .doesNotContain("US", "convening of this summit", "Xi Jinping", "Joe Biden")
                .anyMatch(s -> s.startsWith("Rishi Sunak"));
        // What someone did not say ("Biden administration officials did not specify whether …") is no voice; a
        // view denied ("experts and officials don't expect …") still is.
        assertThat(voices).extracting(dev.parallax.brief.VoiceView::speaker)
                .doesNotContain("Biden administration officials").contains("experts and officials");
        // Each voice carries the words that report it, auxiliaries and negation included, so that a view denied
        // reads as denied.
        java.util.function.Function<dev.parallax.brief.VoiceView, String> says = v ->
                v.says().span().of(briefing.article(v.says().article()).text());
        assertThat(voices).allSatisfy(v -> assertThat(v.says()).isNotNull());
        assertThat(voices).filteredOn(v -> v.speaker().equals("experts and officials")).extracting(says)
                .containsOnly("don’t expect");
        assertThat(voices).filteredOn(v -> v.speaker().equals("Chinese Ministry of Foreign Affairs")).extracting(says)
                .containsOnly("accused");
        // One speaker has one label in an article, the fullest it gives.
        assertThat(voices).extracting(dev.parallax.brief.VoiceView::speaker).filteredOn(s -> s.startsWith("Jeffrey Ding"))
                .isNotEmpty().containsOnly("Jeffrey Ding (Professor, George Washington University)");
    }

    @Test
    void speakersAreTheActorsOfTheBriefing() {
        List<dev.parallax.brief.VoiceView> voices = briefing.stories().stream().flatMap(s -> s.allVoices().stream()).toList();
        // Every linked voice names an actor of the briefing that its own article mentions.
        assertThat(voices).filteredOn(v -> v.actor() != null).isNotEmpty().allSatisfy(v ->
                assertThat(briefing.actor(v.actor()).mentions()).anySatisfy(m ->
                        assertThat(m.article()).isEqualTo(v.source().article())));
        assertThat(voices).filteredOn(v -> v.speaker().startsWith("Wang Wenbin"))
                .isNotEmpty().allSatisfy(v -> assertThat(v.actor()).isEqualTo("person:wang-wenbin"));
        assertThat(voices).filteredOn(v -> v.speaker().startsWith("Kai-Fu Lee"))
                .isNotEmpty().allSatisfy(v -> assertThat(v.actor()).isEqualTo("person:kai-fu-lee"));
        // Sunak is quoted as "He": the pronoun is resolved to him, and so to his actor.
        assertThat(voices).filteredOn(v -> v.speaker().startsWith("Rishi Sunak"))
                .isNotEmpty().allSatisfy(v -> assertThat(v.actor()).isEqualTo("person:rishi-sunak"));
        // An outlet cited as a source is its media actor.
        assertThat(voices).filteredOn(v -> v.speaker().contains("Washington Post"))
                .isNotEmpty().allSatisfy(v -> assertThat(v.actor()).isEqualTo("media:wapo"));
        // Unnamed sources are voices without an actor; no voice is a pronoun.
        assertThat(voices).filteredOn(v -> v.speaker().equals("US officials"))
                .isNotEmpty().allSatisfy(v -> assertThat(v.actor()).isNull());
        assertThat(voices).extracting(dev.parallax.brief.VoiceView::speaker)
                .noneMatch(s -> s.matches("(?i)(he|she|it|they|which|who|we|i)( \\(.*)?"));
    }

    @Test
    void readsTheFourSampleArticlesWithTheirMetadata() {
        assertThat(briefing.schema()).isEqualTo("parallax.briefing/3");
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
    void theNewsOpensNoSentenceWithAConnectiveThatLeansOnTheSentenceBefore() {
        assertThat(briefing.stories()).flatMap(StoryBrief::news).extracting(Grounded::text)
                .isNotEmpty().noneMatch(t -> t.matches("(?s)(But|However|Yet|And|Also)\\b.*"));
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
                if (item instanceof Grounded) {
                    assertThat(ref.span().of(articleText)).contains(text.length() > 40 ? text.substring(0, 40) : text);
                } else {
                    // A merged event's other sources are other articles' own sentences reporting it.
                    assertThat(ref.span().of(articleText)).isNotBlank();
                }
            }
            if (item instanceof TimelineEntry t) {
                assertThat(t.dates()).allSatisfy(d -> assertThat(t.sources()).anySatisfy(ref -> {
                    assertThat(ref.article()).isEqualTo(d.article());
                    assertThat(ref.span().contains(new dev.parallax.core.Span(d.start(), d.end()))).isTrue();
                }));
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
    void storiesListTheirActorsByTheIdsOfTheBriefingsActors() {
        assertThat(briefing.stories().stream().flatMap(s -> s.actors().stream()))
                .anySatisfy(a -> {
                    assertThat(a.name()).isEqualTo("Kai-Fu Lee");
                    assertThat(a.aliases()).contains("Lee");
                })
                .allSatisfy(a -> assertThat(briefing.actor(a.id()).name()).isEqualTo(a.name()));
        assertThat(briefing.actors()).filteredOn(a -> a.name().equals("Wang Wenbin")).singleElement()
                .satisfies(a -> assertThat(a.roles()).anySatisfy(r -> {
                    assertThat(r.title()).isEqualTo("spokesperson");
                    assertThat(r.affiliation()).isEqualTo("Chinese Foreign Ministry");
                }));
        assertThat(briefing.actors()).allSatisfy(a -> assertThat(a.mentions()).allSatisfy(m ->
                assertThat(briefing.article(m.article()).text().substring(m.start(), m.end())).isEqualTo(m.text())));
    }

    @Test
    void infersTheMissingPublicationDateOfTheSemaforPieceAndKeepsItApartFromStatedDates() {
        ArticleView semafor = article("000");
        assertThat(semafor.published()).isNull();
        assertThat(semafor.publishedInferred()).isNotNull();
        assertThat(semafor.publishedInferred().value()).isIn("2024-05-13", "2024-05-14");
        assertThat(semafor.publishedInferred().evidence()).contains("Tuesday").contains("2024-05-14");
        assertThat(article("002").publishedInferred()).isNull();
        assertThat(semafor.dates()).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("last year");
            assertThat(d.date()).isEqualTo("2023");
            assertThat(d.granularity()).isEqualTo("year");
            assertThat(d.anchor()).isEqualTo("inferred");
        });
    }

    private static TimelineEntry entry(String date, String words) {
        return briefing.timeline().stream().map(briefing::entry)
                .filter(t -> t.date().equals(date) && t.sources().stream().anyMatch(s ->
                        briefing.article(s.article()).text().substring(s.start(), s.end()).contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no timeline entry " + date + " with '" + words + "'"));
    }

    private static List<String> articlesOf(TimelineEntry t) {
        return t.sources().stream().map(SourceRef::article).distinct().toList();
    }

    @Test
    void aStorysTimelineMergesEachEventAcrossItsArticlesAndTheCorpusTimelineRefersToIt() {
        TimelineEntry sanFrancisco = entry("2023-11", "San Francisco");
        assertThat(sanFrancisco.granularity()).isEqualTo("month");
        assertThat(articlesOf(sanFrancisco)).contains(article("003").id());

        TimelineEntry initiative = entry("2023-10", "Global AI Governance Initiative");
        assertThat(articlesOf(initiative)).containsExactly(article("003").id());

        // the Geneva talks, reported by Semafor and Global Times, in the story of those two reports
        TimelineEntry geneva = entry("2024-05-14", "Geneva");
        assertThat(geneva.granularity()).isEqualTo("day");
        assertThat(articlesOf(geneva)).containsExactlyInAnyOrder(article("000").id(), article("002").id());
        assertThat(geneva.dates()).anySatisfy(d -> {
            assertThat(d.article()).isEqualTo(article("000").id());
            assertThat(d.anchor()).isEqualTo("inferred");
        });
        // The US export restrictions of "October of last year" are not the Chinese initiative of October 2023.
        assertThat(briefing.timeline()).filteredOn(t -> t.date().equals("2023-10")).hasSize(1);
        assertThat(briefing.timeline()).extracting(t -> CalendarDate.parse(t.date()).orElseThrow().first()).isSorted();
        assertThat(briefing.timeline()).hasSize(briefing.stories().stream().mapToInt(s -> s.timeline().size()).sum());
    }
}
