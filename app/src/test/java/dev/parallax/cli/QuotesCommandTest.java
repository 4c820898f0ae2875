package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parallax quotes} on the sample corpus, as a user runs it (CoreNLP parses the four articles). */
class QuotesCommandTest {

    private static final Path SAMPLE = Path.of("../examples/ai-talks");
    private static final List<JsonNode> statements = new ArrayList<>();

    @BeforeAll
    static void quotes() throws IOException {
        CliRun run = CliRun.of("quotes", SAMPLE.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().lines().toList()) {
            statements.add(json.readTree(line));
        }
    }

    @Test
    void everyDirectQuoteHasItsSpeaker() {
        List<String> direct = statements.stream().filter(s -> s.get("kind").asText().equals("direct"))
                .map(s -> s.get("speaker").get("name").asText() + " | " + s.get("text").asText()).toList();
        assertThat(direct).hasSize(6)
                .anySatisfy(q -> assertThat(q).startsWith("Kai-Fu Lee | “The saying in media"))
                .anySatisfy(q -> assertThat(q).startsWith("the vice chairman of the Joint Chiefs of Staff | “Whether"))
                .anySatisfy(q -> assertThat(q).startsWith("one US official | \"To be very clear"))
                .filteredOn(q -> q.startsWith("Liu Wei | ")).hasSize(2);
    }

    @Test
    void everyStatementCarriesTheWordsThatReportItWithTheirNegation() throws IOException {
        for (JsonNode s : statements) {
            String raw = Files.readString(SAMPLE.resolve(s.get("doc").asText() + ".txt"));
            JsonNode reporting = s.get("reporting");
            // the offsets hold the words, which end with the cue
            assertThat(raw.substring(reporting.get(0).asInt(), reporting.get(1).asInt()))
                    .isEqualTo(s.get("reportingText").asText()).endsWith(s.get("cueText").asText());
        }
        // "But experts and officials don't expect the meeting to …": a view denied, not the view
        assertThat(statements).filteredOn(s -> s.get("sourceText") != null
                        && s.get("sourceText").asText().equals("experts and officials"))
                .extracting(s -> s.get("cueText").asText() + " / " + s.get("reportingText").asText())
                .containsExactly("expect / don’t expect");
    }

    @Test
    void markdownShowsTheReportingWords() {
        CliRun run = CliRun.of("quotes", "--format", "md", SAMPLE.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .anySatisfy(l -> assertThat(l).startsWith("- **experts and officials** · group · indirect, *don’t expect*"));
    }
}
