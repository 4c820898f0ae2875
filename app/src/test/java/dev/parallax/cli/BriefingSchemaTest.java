package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parallax.brief.Briefing;
import dev.parallax.core.Problem;
import dev.parallax.render.JsonRenderer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/briefing.schema.json against what the JSON renderer writes. The sample's briefing is validated where it is
 * made, in {@link BriefCommandTest}.
 */
class BriefingSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/briefing.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What in {@code json} breaks the briefing schema, one message a violation. */
    static List<String> violations(String json) {
        try {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String empty() {
        return new JsonRenderer().render(new Briefing(Briefing.SCHEMA, "2026-11-29T17:00:00Z", "country", List.of(),
                List.of(), List.of(), List.of(), List.of(new Problem("ingest", "corpus/photo.jpg", "binary content"))));
    }

    @Test
    void schemaIsForTheVersionTheCodeWrites() throws IOException {
        JsonNode schema = JSON.readTree(SCHEMA.toFile());
        assertThat(schema.at("/properties/schema/const").asText()).isEqualTo(Briefing.SCHEMA);
    }

    @Test
    void acceptsABriefingWithoutArticles() {
        assertThat(violations(empty())).isEmpty();
    }

    @Test
    void rejectsAnotherVersionAMissingFieldAndAWrongType() throws IOException {
        ObjectNode other = (ObjectNode) JSON.readTree(empty());
        other.put("schema", "parallax.briefing/1");
        assertThat(violations(other.toString())).singleElement().asString().contains("/schema");

        ObjectNode missing = (ObjectNode) JSON.readTree(empty());
        missing.remove("stories");
        assertThat(violations(missing.toString())).singleElement().asString().contains("stories");

        ObjectNode wrong = (ObjectNode) JSON.readTree(empty());
        ((ObjectNode) wrong.get("problems").get(0)).put("kind", "FATAL");
        assertThat(violations(wrong.toString())).singleElement().asString().contains("/problems/0/kind");
    }
}
