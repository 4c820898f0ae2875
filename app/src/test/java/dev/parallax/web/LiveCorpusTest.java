package dev.parallax.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.Progress;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A served corpus, for real on loopback: foreign Host headers are refused, and an ingest writing to the corpus
 * while it is served is seen on the next request.
 */
class LiveCorpusTest {

    private static final Path SAMPLE = Path.of("../examples/ai-talks");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path data;
    static CorpusReader reader;
    static WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveOneArticle() throws IOException {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.copy(SAMPLE.resolve("000_be6de4bd62aa57b5.txt"), first.resolve("000_be6de4bd62aa57b5.txt"));
        data = tmp.resolve("data");
        ingest(first);
        reader = new CorpusReader(data, new BgeSmallEmbedder());
        server = WebServer.start(reader, "127.0.0.1", 0, Optional.empty(), List.of("parallax.test"));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        reader.close();
    }

    private static IndexReport ingest(Path input) throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(data)) {
            CorpusUpdater updater = new CorpusUpdater(new Pipeline(), index, new BgeSmallEmbedder(), 16);
            IndexReport report = updater.index(List.of(input), Progress.NONE, n -> { });
            updater.update(report.problems(), Progress.NONE);
            return report;
        }
    }

    /** The status line's code of a GET sent with exactly this Host header. */
    private static int statusWithHost(String host, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void aForeignHostHeaderIsRefusedAndTheBoundAddressAnswered() throws IOException {
        int port = server.port();
        assertThat(statusWithHost("attacker.example:" + port, "/api/stories")).isEqualTo(421);
        assertThat(statusWithHost("attacker.example", "/")).isEqualTo(421);
        assertThat(statusWithHost("127.0.0.2:" + port, "/api/stories")).isEqualTo(421);
        assertThat(statusWithHost("127.0.0.1:" + port, "/api/stories")).isEqualTo(200);
        assertThat(statusWithHost("localhost:" + port, "/api/stories")).isEqualTo(200);
        assertThat(statusWithHost("PARALLAX.test:" + port, "/api/stories")).as("a configured name").isEqualTo(200);
    }

    @Test
    void anIngestWhileServingIsSeenOnTheNextRequestWithoutALockError() throws Exception {
        JsonNode before = get("/api/stories");
        int articlesBefore = 0;
        for (JsonNode s : before.get("stories")) {
            articlesBefore += s.get("articles").size();
        }
        assertThat(articlesBefore).isEqualTo(1);
        assertThat(get("/api/search?q=%22San+Francisco%22&mode=text").get("total").asInt()).isZero();

        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.copy(SAMPLE.resolve("002_7ea9eeeb3fa4b8c8.txt"), second.resolve("002_7ea9eeeb3fa4b8c8.txt"));
        IndexReport report = ingest(second); // the server holds the corpus open for reading all along
        assertThat(report.added()).isEqualTo(1);

        int articlesAfter = 0;
        for (JsonNode s : get("/api/stories").get("stories")) {
            articlesAfter += s.get("articles").size();
        }
        assertThat(articlesAfter).isEqualTo(2);
        assertThat(get("/api/search?q=%22San+Francisco%22&mode=text").get("total").asInt()).isPositive();
    }
}
