package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BriefCommandTest {

    private static final Path SAMPLE = Path.of("../examples/ai-talks");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesTheJsonContractWithSpansThatHoldTheirSentences() throws IOException {
        CliRun run = run("brief", SAMPLE.toString(), "--format", "json", "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("parallax.briefing/3");
        assertThat(BriefingSchemaTest.violations(run.out())).as("docs/briefing.schema.json").isEmpty();
        assertThat(json.get("articles")).hasSize(4);
        assertThat(json.get("problems")).isEmpty();
        assertThat(json.get("actors")).isNotEmpty().allSatisfy(actor -> {
            assertThat(actor.get("id").asText()).isNotBlank();
            for (JsonNode m : actor.get("mentions")) {
                String text = articleText(json, m.get("article").asText());
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        });
        // the corpus timeline refers to the entries of the stories' timelines, which show the events
        for (JsonNode ref : json.get("timeline")) {
            JsonNode story = null;
            for (JsonNode s : json.get("stories")) {
                if (s.get("id").asText().equals(ref.get("story").asText())) {
                    story = s;
                }
            }
            assertThat(story).as("story %s", ref.get("story")).isNotNull();
            JsonNode entry = story.get("timeline").get(ref.get("entry").asInt());
            assertThat(entry.get("date").asText()).isEqualTo(ref.get("date").asText());
            assertThat(entry.get("granularity").asText()).isEqualTo(ref.get("granularity").asText()).isNotBlank();
        }
        for (JsonNode story : json.get("stories")) {
            assertThat(story.get("articles")).isNotEmpty();
            for (String section : new String[]{"news", "timeline"}) {
                for (JsonNode item : story.get(section)) {
                    // News items cite their own sentence; a merged timeline event's first source holds its text.
                    for (JsonNode src : section.equals("news") ? item.get("sources") : List.of(item.get("sources").get(0))) {
                        String text = articleText(json, src.get("article").asText());
                        String cut = text.substring(src.get("start").asInt(), src.get("end").asInt());
                        assertThat(cut).contains(item.get("text").asText());
                    }
                }
            }
        }
    }

    private static String articleText(JsonNode json, String id) {
        for (JsonNode a : json.get("articles")) {
            if (a.get("id").asText().equals(id)) {
                return a.get("text").asText();
            }
        }
        throw new AssertionError("no article " + id);
    }

    @Test
    void writesOneSelfContainedHtmlFileThatEscapesArticleContent() throws IOException {
        Files.writeString(dir.resolve("hostile.txt"), """
                <script>alert('title')</script> Officials <img src=x onerror=alert(1)> meet in Geneva

                Officials met in Geneva on Monday to discuss <b onclick="alert(2)">the accord</b>, a spokesperson said in a statement released late in the evening.

                The talks will continue next week with a second round of meetings, <a href="javascript:alert(3)">negotiators</a> said.
                """);
        Path out = dir.resolve("brief.html");
        CliRun run = run("brief", dir.toString(), "--format", "html", "--out", out.toString(), "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        String html = Files.readString(out);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("[onerror], [onclick], img, b")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.select("[src], link[href]")).isEmpty();
        assertThat(doc.text()).contains("<script>alert('title')</script>");
        assertThat(doc.select("a.cite")).isNotEmpty().allSatisfy(a ->
                assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull());
    }

    @Test
    void htmlOfTheSampleShowsTheSignalsSectionsAndEveryCitationLinksToAMarkedSpan() throws IOException {
        Path out = dir.resolve("sample.html");
        CliRun run = run("brief", SAMPLE.toString(), "--format", "html", "--out", out.toString(), "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.select("h3").eachText()).contains("The News", "Signals", "Where they differ", "Timeline");
        assertThat(doc.select(".sides .side")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(doc.select(".side .phrase q")).isNotEmpty();
        assertThat(doc.select(".side .voice blockquote.words")).isNotEmpty();
        assertThat(doc.text()).doesNotContain("{\"", "zScore", "one-side");
        assertThat(doc.select("a.cite")).isNotEmpty().allSatisfy(a -> {
            var target = doc.getElementById(a.attr("href").substring(1));
            assertThat(target).as(a.attr("href")).isNotNull();
            assertThat(target.tagName()).isEqualTo("mark");
        });
    }

    @Test
    void markdownShowsAParaphrasedVoiceAfterTheWordsThatReportIt() {
        CliRun run = run("brief", SAMPLE.toString(), "--format", "md", "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("- Paraphrases Lü Xiang: noted that China has maintained"))
                .anySatisfy(l -> assertThat(l).startsWith(
                        "- Chinese Ministry of Foreign Affairs (paraphrased by unknown): accused the US of violating"))
                // a paraphrase another section shows is still a paraphrase ("experts and officials don't expect …")
                .anySatisfy(l -> assertThat(l).startsWith("- Paraphrases experts and officials: words in"))
                .noneSatisfy(l -> assertThat(l).startsWith("- Quotes experts and officials"));
    }

    @Test
    void exitsWithOneAndNamesTheFileWhenAnInputFails() throws IOException {
        Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Files.writeString(dir.resolve("good.txt"), "Accord signed in Geneva today\n\nOfficials met in Geneva on Monday to discuss the accord, a spokesperson said.\n");
        CliRun run = run("brief", dir.toString(), "--format", "md", "--quiet");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("photo.txt").contains("binary content");
        assertThat(run.out()).contains("Accord signed").contains("## Problems");
    }

    @Test
    void exitsWithTwoOnBadUsage() {
        assertThat(run("brief", SAMPLE.toString(), "--format", "pdf").exit()).isEqualTo(2);
        assertThat(run("brief").exit()).isEqualTo(2);
        assertThat(run("no-such-command").exit()).isEqualTo(2);
    }
}
