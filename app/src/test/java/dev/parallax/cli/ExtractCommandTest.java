package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    static final String PAGE = """
            <html lang="en"><head><title>Council expands bus network | The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council expands bus network",
              "datePublished": "2024-05-14T20:21:00Z", "author": {"@type": "Person", "name": "Ana Lopez"}}</script>
            </head><body><nav><a href="/">Home</a></nav><article><h1>Council expands bus network</h1>
            <p>The city council voted on Tuesday to expand the bus network, adding four new routes that will connect
            the northern suburbs with the hospital district, according to documents seen by reporters.</p>
            <p>Officials said the plan, which will cost about 12 million euros over three years, had been delayed
            twice because of disagreements over funding, but a compromise was reached late on Monday night.</p>
            </article></body></html>""";

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsTheArticleAsJsonWithTheSourceOfEachField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bus.html");
        Files.writeString(file, PAGE);

        Run run = run("extract", file.toString());

        assertThat(run.exit()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("origin").asText()).isEqualTo(file.toString());
        assertThat(json.get("title").asText()).isEqualTo("Council expands bus network");
        assertThat(json.get("text").asText()).startsWith("The city council voted").contains("\n\nOfficials said");
        assertThat(json.get("published").asText()).isEqualTo("2024-05-14T20:21Z");
        assertThat(json.get("authors").get(0).asText()).isEqualTo("Ana Lopez");
        assertThat(json.get("outlet").asText()).isEqualTo("The Daily Example");
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("type").asText()).isEqualTo("news");
        assertThat(json.get("sources").get("published").asText()).isEqualTo("JSON-LD NewsArticle datePublished");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsJsonLinesForSeveralInputsIncludingGzippedPages(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.html"), PAGE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.html.gz")))) {
            out.write(PAGE.replace("Tuesday", "Wednesday").getBytes(StandardCharsets.UTF_8));
        }

        Run run = run("extract", dir.resolve("a.html").toString(), dir.resolve("b.html.gz").toString());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out().strip().split("\n")).hasSize(2)
                .allSatisfy(line -> assertThat(new ObjectMapper().readTree(line).get("title").asText())
                        .isEqualTo("Council expands bus network"));
    }

    @Test
    void printsTextWhenAsked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bus.html");
        Files.writeString(file, PAGE);

        Run run = run("extract", "--format", "text", file.toString());

        assertThat(run.out()).startsWith("# Council expands bus network\n").contains("published: 2024-05-14T20:21Z")
                .contains("\nThe city council voted");
    }

    @Test
    void reportsBadInputsByNameWithoutAStackTraceAndGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.html"), PAGE);
        Files.write(dir.resolve("binary.html"), new byte[] {0, 1, 2, 3, 0, 5});
        byte[] gz = gzip(PAGE);
        Files.write(dir.resolve("cut.html.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.writeString(dir.resolve("empty.html"), "<html><body></body></html>");

        Run run = run("extract", dir.resolve("good.html").toString(), dir.resolve("binary.html").toString(),
                dir.resolve("cut.html.gz").toString(), dir.resolve("empty.html").toString(),
                dir.resolve("nowhere.html").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().strip().split("\n")).hasSize(2);
        assertThat(run.err()).contains("binary.html: binary content")
                .contains("cut.html.gz: cannot decompress")
                .contains("empty.html: no article text found")
                .contains("nowhere.html: no such file or directory")
                .doesNotContain("\tat ");
    }

    @Test
    void refusesToFetchFromLoopbackUnlessAllowed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bus", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bus";

            Run refused = run("extract", url);
            Run allowed = run("extract", "--allow-private", url);

            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("non-public address (127.0.0.1)");
            assertThat(allowed.exit()).isEqualTo(0);
            JsonNode json = new ObjectMapper().readTree(allowed.out());
            assertThat(json.get("origin").asText()).isEqualTo(url);
            assertThat(json.get("url").asText()).isEqualTo(url);
            assertThat(json.get("title").asText()).isEqualTo("Council expands bus network");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void rejectsBadUsage() {
        assertThat(run("extract").exit()).isEqualTo(2);
        assertThat(run("extract", "--format", "xml", "x.html").exit()).isEqualTo(2);
    }

    @Test
    void explainsItselfInHelp() {
        Run run = run("extract", "--help");

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("Extract the article from news pages").contains("--allow-private")
                .contains("Exit status");
    }

    static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
