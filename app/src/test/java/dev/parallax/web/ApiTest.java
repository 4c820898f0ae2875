package dev.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The REST API over real HTTP on loopback, on a small corpus served with a token. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token";

    @TempDir
    static Path tmp;

    static ServedCorpus served;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        served = ServedCorpus.of(List.of(BrowserTest.HOSTILE), tmp.resolve("data"), Optional.of(TOKEN));
    }

    @AfterAll
    static void stop() throws IOException {
        if (served != null) {
            served.close();
        }
    }

    private HttpResponse<String> get(String path, boolean withToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.base + path));
        if (withToken) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiErrorsAreJsonWithTheirStatus() throws Exception {
        HttpResponse<String> unauthorized = get("/api/stories", false);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(unauthorized.body()).path("status").asInt()).isEqualTo(401);
        HttpResponse<String> tooLong = get("/api/search?q=" + "a".repeat(WebServer.MAX_QUERY_CHARS * 5), true);
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(JSON.readTree(tooLong.body()).path("status").asInt()).isEqualTo(414);
        HttpResponse<String> missing = get("/api/stories/nope", true);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("error").asText()).contains("nope");
    }

    @Test
    void everyRequestNeedsTheTokenWhenOneIsSet() throws Exception {
        assertThat(get("/api/stories", false).statusCode()).isEqualTo(401);
        assertThat(get("/", false).statusCode()).isEqualTo(401);
        assertThat(get("/api/stories", true).statusCode()).isEqualTo(200);
        HttpResponse<String> viaQuery = get("/?token=" + TOKEN, false);
        assertThat(viaQuery.statusCode()).isEqualTo(200);
        assertThat(viaQuery.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly")
                .contains("SameSite=Strict");
    }

    @Test
    void bindingBeyondLoopbackWithoutATokenIsRefused() {
        assertThatThrownBy(() -> WebServer.start(served.reader, "0.0.0.0", 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
    }

    @Test
    void storiesStoryAndArticleServeTheBriefingRecords() throws Exception {
        JsonNode stories = JSON.readTree(get("/api/stories", true).body());
        assertThat(stories.path("version").asInt()).isEqualTo(1);
        String storyId = stories.path("stories").get(0).path("id").asText();
        JsonNode story = JSON.readTree(get("/api/stories/" + storyId, true).body());
        assertThat(story.path("story").path("news").size()).isPositive();
        assertThat(story.path("changes").path("since").asInt()).isZero();
        JsonNode ref = story.path("story").path("news").get(0).path("sources").get(0);
        JsonNode article = JSON.readTree(get("/api/articles/" + ref.path("article").asText(), true).body());
        assertThat(article.path("text").asText().substring(ref.path("start").asInt(), ref.path("end").asInt()))
                .isEqualTo(story.path("story").path("news").get(0).path("text").asText());
        HttpResponse<String> missing = get("/api/articles/nope", true);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("error").asText()).contains("no article nope");
    }

    @Test
    void searchNamesOriginsAndRejectsBadInput() throws Exception {
        JsonNode page = JSON.readTree(get("/api/search?q=Geneva&limit=100", true).body());
        JsonNode hits = page.path("hits");
        assertThat(hits.size()).isBetween(1, 100);
        assertThat(page.path("total").asInt()).isEqualTo(hits.size());
        assertThat(page.path("mode").asText()).isEqualTo("hybrid");
        hits.forEach(h -> assertThat(h.path("origin").asText()).contains("hostile"));
        for (String bad : List.of("limit=many", "limit=0", "limit=1000", "offset=-1", "mode=fuzzy", "from=notadate",
                "to=yesterday", "actor=nobody-at-all", "story=e-nope", "side=Atlantis")) {
            HttpResponse<String> r = get("/api/search?q=Geneva&" + bad, true);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(bad).startsWith("application/json");
            assertThat(JSON.readTree(r.body()).path("error").asText()).as(bad).isNotBlank();
        }
        String actor = served.reader.briefing().actors().getFirst().id();
        assertThat(get("/api/search?q=Geneva&actor=" + actor, true).statusCode()).as(actor).isEqualTo(200);
        assertThat(get("/api/search?q=" + "a".repeat(WebServer.MAX_QUERY_CHARS + 1), true).statusCode()).isEqualTo(400);
        assertThat(get("/api/search", true).statusCode()).isEqualTo(400);
        assertThat(get("/articles/x?start=5&end=1", true).statusCode()).isIn(400, 404);
    }

    @Test
    void storiesAreSortedAndFilteredAsAsked() throws Exception {
        JsonNode bySize = JSON.readTree(get("/api/stories?sort=size", true).body());
        List<Integer> sizes = new ArrayList<>();
        bySize.path("stories").forEach(s -> sizes.add(s.path("articles").size()));
        assertThat(sizes).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(bySize.path("sort").asText()).isEqualTo("size");
        JsonNode oneSided = JSON.readTree(get("/api/stories?sort=one-sided", true).body());
        List<Double> shares = new ArrayList<>();
        oneSided.path("stories").forEach(s -> shares.add(s.path("oneSidedness").asDouble()));
        assertThat(shares).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String side = served.reader.briefing().articles().getFirst().side();
        JsonNode filtered = JSON.readTree(get("/api/stories?side=" + java.net.URLEncoder.encode(side,
                java.nio.charset.StandardCharsets.UTF_8), true).body());
        assertThat(filtered.path("stories").size()).isPositive();
        filtered.path("stories").forEach(s -> assertThat(s.path("coverage").findValuesAsText("side")).contains(side));
        assertThat(JSON.readTree(get("/api/stories?to=1999", true).body()).path("stories").size()).isZero();
    }

    @Test
    void everyResponseForbidsInlineAndRemoteScripts() throws Exception {
        for (String path : List.of("/", "/api/stories", "/search?q=x", "/static/app.js", "/nowhere")) {
            String csp = get(path, true).headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("default-src 'none'")
                    .doesNotContain("unsafe-inline");
        }
    }

    /**
     * Driven by the OpenAPI document, so an endpoint added to it is covered: each one, given a parameter it does not
     * take, a malformed id, or a value its schema rules out, answers a JSON 400 that names the offending input.
     */
    @Test
    void everyEndpointAnswersMalformedInputWithAJson400() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/openapi.json", true).body());
        List<String> tried = new ArrayList<>();
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) doc.path("paths")::fields) {
            JsonNode op = path.getValue().path("get");
            assertThat(op.path("responses").has("400")).as(path.getKey() + " documents its 400").isTrue();
            String valid = path.getKey().replace("{id}", validId(path.getKey()));
            java.util.Map<String, String> required = new java.util.LinkedHashMap<>();
            op.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                    required.put(p.path("name").asText(), "Geneva");
                }
            });
            assertThat(get(url(valid, required), true).statusCode()).as(valid).isEqualTo(200);
            java.util.Map<String, String> unknown = new java.util.LinkedHashMap<>(required);
            unknown.put("colour", "blue");
            expect400(url(valid, unknown), "colour");
            tried.add(valid + " ?colour");
            for (JsonNode p : op.path("parameters")) {
                String name = p.path("name").asText();
                String bad = malformed(p.path("schema"));
                if (p.path("in").asText().equals("path")) {
                    expect400(url(path.getKey().replace("{" + name + "}", bad), required), "is no id");
                } else {
                    java.util.Map<String, String> query = new java.util.LinkedHashMap<>(required);
                    query.put(name, bad);
                    expect400(url(valid, query), "");
                }
                tried.add(path.getKey() + " " + name + "=" + bad);
            }
        }
        assertThat(tried).as("every path of the document was tried").hasSizeGreaterThan(doc.path("paths").size());
    }

    private static String validId(String path) {
        if (path.startsWith("/api/stories/")) {
            return served.reader.briefing().stories().getFirst().id();
        }
        if (path.startsWith("/api/articles/")) {
            return served.reader.briefing().articles().getFirst().id();
        }
        return "";
    }

    /** A value the schema rules out: no integer, no member of the enum, not the pattern, too long, or names nothing. */
    private static String malformed(JsonNode schema) {
        if (schema.path("type").asText().equals("integer")) {
            return "twelve";
        }
        if (schema.has("enum")) {
            return "no-such-" + schema.path("enum").get(0).asText();
        }
        if (schema.has("pattern")) {
            return schema.path("pattern").asText().contains("\\d{4}") ? "yesterday" : "%3Cscript%3E";
        }
        if (schema.has("maxLength")) {
            return "a".repeat(schema.path("maxLength").asInt() + 1);
        }
        return "nothing-in-this-corpus-zz";
    }

    private static String url(String path, java.util.Map<String, String> query) {
        StringBuilder b = new StringBuilder(path);
        query.forEach((k, v) -> b.append(b.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(v));
        return b.toString();
    }

    private void expect400(String url, String named) throws Exception {
        HttpResponse<String> r = get(url, true);
        assertThat(r.statusCode()).as(url).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(url).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).as(url).isEqualTo(400);
        assertThat(body.path("error").asText()).as(url).isNotBlank().contains(named);
    }

    @Test
    void openApiDocumentIsOpenApi3AndDescribesEveryApiRoute() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/openapi.json", true).body());
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("title").isTextual()).isTrue();
        assertThat(doc.path("paths").fieldNames()).toIterable()
                .contains("/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/search");
        List<String> refs = new ArrayList<>();
        doc.findValues("$ref").forEach(r -> refs.add(r.asText()));
        assertThat(refs).isNotEmpty().allSatisfy(r -> {
            assertThat(r).startsWith("#/components/schemas/");
            assertThat(doc.path("components").path("schemas").has(r.substring("#/components/schemas/".length())))
                    .as(r).isTrue();
        });
        doc.path("paths").forEach(p -> p.forEach(op -> assertThat(op.has("responses")).isTrue()));
    }
}
