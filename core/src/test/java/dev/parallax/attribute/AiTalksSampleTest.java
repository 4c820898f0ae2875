package dev.parallax.attribute;

import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.Ingester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.parallax.attribute.Texts.about;
import static dev.parallax.attribute.Texts.source;
import static org.assertj.core.api.Assertions.assertThat;

/** The four sample articles of the US–China AI talks, read by hand: who is quoted, and what is not a statement. */
class AiTalksSampleTest {

    private static Map<String, AttributedArticle> articles;

    @BeforeAll
    static void attributeSampleCorpus() throws URISyntaxException {
        Path dir = Path.of(AiTalksSampleTest.class.getResource("/ai-talks").toURI());
        Attributor attributor = new Attributor();
        articles = new Ingester().ingest(List.of(dir)).documents().stream()
                .map(d -> attributor.attribute(CoreNlpAnnotator.shared().annotate(new ArticleExtractor().extract(d))))
                .collect(Collectors.toMap(a -> Path.of(a.annotated().article().origin()).getFileName().toString()
                        .substring(0, 3), a -> a));
    }

    @Test
    void givesTheVicechairmanHisQuoteNotXiJinping() {
        AttributedArticle a = articles.get("000");
        Attribution race = about(a, "Whether you want to call it a race");
        assertThat(race.kind()).isEqualTo(Attribution.Kind.DIRECT);
        assertThat(source(a, race)).isEqualTo("the vice chairman of the Joint Chiefs of Staff");
        assertThat(race.speaker().kind()).isEqualTo(Speaker.Kind.ROLE);
        assertThat(race.speaker().affiliation()).hasValue("Joint Chiefs of Staff");
        // The untagged sentence after it continues the same speaker.
        assertThat(a.attributions()).filteredOn(x -> x.content().of(a.text()).contains("China’s working on it"))
                .singleElement().satisfies(x -> assertThat(source(a, x)).isEqualTo(source(a, race)));
    }

    @Test
    void resolvesLeeToKaiFuLeeToldBloombergTv() {
        AttributedArticle a = articles.get("000");
        Attribution lee = about(a, "The saying in media that China is way behind");
        assertThat(source(a, lee)).isEqualTo("Lee");
        assertThat(lee.speaker().name()).isEqualTo("Kai-Fu Lee");
        assertThat(lee.via()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Bloomberg TV"));
    }

    @Test
    void givesEveryDirectQuoteItsSpeaker() {
        Map<String, String> expected = Map.of(
                "US undergraduate education", "the head of research at ByteDance",
                "While there is competition between the two sides", "Liu",
                "It is good to see the two countries", "he",
                "To be very clear, talks with Beijing", "one US official");
        for (AttributedArticle a : articles.values()) {
            for (Attribution x : a.attributions()) {
                if (x.kind() == Attribution.Kind.INDIRECT) {
                    continue;
                }
                expected.forEach((words, speaker) -> {
                    if (x.content().of(a.text()).contains(words)) {
                        assertThat(source(a, x)).as(words).startsWith(speaker);
                    }
                });
                assertThat(x.speaker().kind()).as(x.content().of(a.text())).isNotEqualTo(Speaker.Kind.UNKNOWN);
            }
        }
        AttributedArticle a = articles.get("002");
        assertThat(about(a, "It is good to see the two countries").speaker().name()).isEqualTo("Liu Wei");
    }

    @Test
    void neverAttributesScareQuotesTitlesOrNames() {
        for (AttributedArticle a : articles.values()) {
            for (Attribution x : a.attributions()) {
                for (var part : x.parts()) {
                    assertThat(part.of(a.text())).doesNotContain("“safe.”", "“deliverables.”",
                            "Bletchley Declaration", "The Intellectual", "xAI", "national security measures");
                }
            }
        }
        assertThat(articles.get("000").terms()).extracting(t -> t.span().of(articles.get("000").text()))
                .contains("“safe.”", "“deliverables.”", "“The Intellectual”");
        assertThat(articles.get("001").terms()).extracting(t -> t.span().of(articles.get("001").text()))
                .contains("\"Bletchley Declaration\"");
    }

    @Test
    void givesSunaksQuoteToSunakNotToTheExpertQuotedBefore() {
        // "Ding pointed out … . UK Prime Minister Rishi Sunak faced criticism … . Some UK lawmakers questioned … .
        // He believes that there is "no true AI strategy …"": Sunak, the person the text turned to, not Ding.
        AttributedArticle a = articles.get("001");
        assertThat(a.attributions()).filteredOn(x -> x.content().of(a.text()).contains("no true AI strategy"))
                .isNotEmpty().allSatisfy(x -> assertThat(x.speaker().name()).isEqualTo("Rishi Sunak"));
        Attribution strategy = a.attributions().stream().filter(x -> x.cue().of(a.text()).equals("believes")
                && source(a, x).equals("He")).findFirst().orElseThrow();
        assertThat(strategy.kind()).isEqualTo(Attribution.Kind.MIXED);
        Attribution gap = a.attributions().stream()
                .filter(x -> x.cue().of(a.text()).equals("believes") && source(a, x).contains("Ding"))
                .findFirst().orElseThrow();
        assertThat(gap.speaker().name()).isEqualTo("Jeffrey Ding");
    }

    @Test
    void findsTheForeignMinistrysAccusation() {
        AttributedArticle a = articles.get("001");
        Attribution accusation = about(a, "violating market competition principles");
        assertThat(accusation.cue().of(a.text())).isEqualTo("accused");
        assertThat(source(a, accusation)).contains("Ministry of Foreign Affairs");
    }

    @Test
    void agreementsAndSignaturesAreNotStatements() {
        for (AttributedArticle a : articles.values()) {
            for (Attribution x : a.attributions()) {
                assertThat(x.content().of(a.text())).doesNotContain("hold talks on AI", "Bletchley Declaration",
                        "launch the first meeting");
                assertThat(x.cue().of(a.text())).doesNotContain("agree", "sign");
            }
        }
    }

    @Test
    void givesNoEventPhraseOrBarePronounAsASpeaker() {
        for (AttributedArticle a : articles.values()) {
            for (Attribution x : a.attributions()) {
                assertThat(x.speaker().name()).as(x.content().of(a.text()))
                        .isNotIn("convening of this summit", "The convening of this summit", "he", "she", "they",
                                "He", "She", "They", "him", "her", "them");
            }
        }
    }

    @Test
    void findsTheOutletsEachArticleCites() {
        assertThat(names("000")).contains("Associated Press", "Breaking Defense", "Bloomberg TV");
        assertThat(names("002")).contains("Reuters", "Washington Post", "Global Times");
        assertThat(viaNames("000")).contains("Associated Press", "Breaking Defense", "Bloomberg TV");
        assertThat(viaNames("002")).contains("Reuters", "Washington Post", "Global Times");
    }

    @Test
    void keepsTheSourcesLinesWithTheSectionTheyHead() {
        AttributedArticle a = articles.get("000");
        CitedSource fox = a.sources().stream().filter(c -> c.name().equals("Fox News")).findFirst().orElseThrow();
        assertThat(fox.kind()).isEqualTo(CitedSource.Kind.LISTED);
        assertThat(fox.supports()).singleElement().satisfies(s -> assertThat(s.of(a.text()))
                .contains("Whether you want to call it a race").doesNotContain("Kai-Fu Lee"));
    }

    @Test
    void findsTheQuotedChineseScholarsWithRoles() {
        AttributedArticle a = articles.get("002");
        Attribution liu = about(a, "Both China and the US should shoulder responsibility");
        assertThat(liu.speaker().name()).isEqualTo("Liu Wei");
        assertThat(liu.speaker().role()).hasValueSatisfying(r -> assertThat(r).startsWith("director of"));
        assertThat(liu.speaker().affiliation()).hasValue("Beijing University of Posts and Telecommunications");
        assertThat(liu.via()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Global Times"));
        Attribution wang = about(a, "the meeting is delivering on the common understandings");
        assertThat(wang.speaker().name()).isEqualTo("Wang Wenbin");
        assertThat(about(a, "exchange views on the risks").speaker().name()).isEqualTo("Wang Wenbin");
    }

    private static List<String> names(String doc) {
        return articles.get(doc).sources().stream().map(CitedSource::name).toList();
    }

    private static List<String> viaNames(String doc) {
        return articles.get(doc).attributions().stream().flatMap(x -> x.via().stream()).map(Intermediary::name)
                .distinct().toList();
    }
}
