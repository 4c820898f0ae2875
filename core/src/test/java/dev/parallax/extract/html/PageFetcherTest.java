package dev.parallax.extract.html;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.parallax.core.Attested;
import dev.parallax.extract.Article;
import dev.parallax.ingest.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real HTTP on loopback, which the fetcher only reaches with {@code allowPrivate}. */
class PageFetcherTest {

    private static final String LATIN1_PAGE = "<html><body><article><p>The caf\u00e9 owners of the old town said the"
            + " new rules were unfair to small businesses and asked the council to think again.</p></article></body></html>";
    private static final String PAGE = "<html><body><article><p>Hello from the test server.</p></article></body></html>";

    private HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", exchange -> {
            requests.incrementAndGet();
            respond(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), null);
        });
        server.createContext("/latin1", exchange -> respond(exchange, 200, "text/html; charset=ISO-8859-1",
                LATIN1_PAGE.getBytes(StandardCharsets.ISO_8859_1), null));
        server.createContext("/gzip", exchange -> respond(exchange, 200, "text/html", gzip(PAGE), "gzip"));
        server.createContext("/truncated", exchange -> {
            byte[] gz = gzip(PAGE.repeat(50));
            respond(exchange, 200, "text/html", java.util.Arrays.copyOf(gz, gz.length / 2), "gzip");
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            respond(exchange, 301, "text/html", new byte[0], null);
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            respond(exchange, 302, "text/html", new byte[0], null);
        });
        server.createContext("/big", exchange -> respond(exchange, 200, "text/html", new byte[200_000], null));
        server.createContext("/pdf", exchange -> respond(exchange, 200, "application/pdf", new byte[10], null));
        server.createContext("/missing", exchange -> respond(exchange, 404, "text/html", new byte[0], null));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8), null);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A fetcher whose time limit no answer of the test server comes near, however busy the machine. */
    private static PageFetcher fetcher() {
        return fetcher(Duration.ofSeconds(30));
    }

    private static PageFetcher fetcher(Duration limit) {
        return new PageFetcher(PageFetcher.Options.defaults().withAllowPrivate(true)
                .withTotalTimeout(limit).withMaxBytes(100_000));
    }

    @Test
    void refusesLoopbackAddressesUnlessAllowed() {
        PageFetcher guarded = new PageFetcher(PageFetcher.Options.defaults());

        assertThatThrownBy(() -> guarded.fetch(base + "/page"))
                .isInstanceOf(PageFetcher.FetchException.class)
                .hasMessageContaining("is a non-public address (127.0.0.1)")
                .hasMessageContaining("--allow-private");
    }

    @Test
    void fetchesAPageKeepingTheUrlAsGivenAsOrigin() throws IOException {
        RawDocument document = fetcher().fetch(base + "/page");

        assertThat(document.origin()).isEqualTo(base + "/page");
        assertThat(new String(document.bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(document.given().url()).map(Attested::value).contains(base + "/page");
    }

    @Test
    void decompressesGzipBodies() throws IOException {
        assertThat(new String(fetcher().fetch(base + "/gzip").bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void reportsATruncatedGzipBody() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/truncated")).hasMessageEndingWith("gzip body is truncated");
    }

    @Test
    void followsRedirectsAndRecordsTheFinalUrl() throws IOException {
        RawDocument document = fetcher().fetch(base + "/moved");

        assertThat(document.origin()).isEqualTo(base + "/moved");
        assertThat(document.given().url()).map(Attested::value).contains(base + "/page");
        assertThat(document.given().url()).map(Attested::evidence).hasValueSatisfying(e -> assertThat(e).endsWith("after 1 redirect(s)"));
    }

    @Test
    void stopsARedirectLoop() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/loop")).hasMessageContaining("more than 5 redirects");
    }

    @Test
    void capsTheBodySize() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/big")).hasMessageContaining("page is over the 97.7 KB limit");
    }

    @Test
    void givesUpOnASlowServerWithinTheTimeLimit() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(2)).fetch(base + "/slow")).hasMessageContaining("within 2 s");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(4.5);
    }

    @Test
    void refusesNonHtmlContentAndErrorStatuses() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/pdf")).hasMessageContaining("content type 'application/pdf' is not an HTML page");
        assertThatThrownBy(() -> fetcher().fetch(base + "/missing")).hasMessageContaining("HTTP 404");
    }

    @Test
    void refusesUrlsItCannotFetch() {
        assertThatThrownBy(() -> fetcher().fetch("ftp://example.com/x")).hasMessageContaining("only http and https URLs");
        assertThatThrownBy(() -> fetcher().fetch("http://exa mple.com/")).hasMessageContaining("not a valid URL");
    }

    @Test
    void connectsToTheAddressThatPassedTheCheckWithoutASecondLookup() throws IOException {
        List<String> lookups = new java.util.concurrent.CopyOnWriteArrayList<>();
        PageFetcher fetcher = new PageFetcher(PageFetcher.Options.defaults().withAllowPrivate(true)
                .withTotalTimeout(Duration.ofSeconds(30)), host -> {
            lookups.add(host);
            return new InetAddress[]{InetAddress.getLoopbackAddress()};
        });
        String port = base.substring(base.lastIndexOf(':'));
        RawDocument document = fetcher.fetch("http://news.example" + port + "/page");
        assertThat(new String(document.bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(lookups).containsExactly("news.example");
    }

    @Test
    void aHostRebindingToALoopbackAddressAfterTheCheckNeverReachesIt() {
        // The first answer is public and passes the check; every later answer is loopback. A fetcher that looked the
        // host up again to connect would reach the local server.
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        PageFetcher fetcher = new PageFetcher(PageFetcher.Options.defaults()
                .withTotalTimeout(Duration.ofSeconds(3)), host -> asked.getAndIncrement() == 0
                ? new InetAddress[]{InetAddress.getByAddress(host, new byte[]{(byte) 192, 0, 2, 1})}
                : new InetAddress[]{InetAddress.getLoopbackAddress()});
        String port = base.substring(base.lastIndexOf(':'));
        assertThatThrownBy(() -> fetcher.fetch("http://rebind.example" + port + "/page"))
                .isInstanceOf(PageFetcher.FetchException.class);
        assertThat(requests.get()).as("requests that reached the loopback server").isZero();
        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void theCharsetOfTheHttpAnswerReachesTheDecoder() throws IOException {
        RawDocument document = fetcher().fetch(base + "/latin1");
        assertThat(document.charset()).contains("ISO-8859-1");
        Article article = new HtmlPageExtractor().extract(document);
        assertThat(article.text()).contains("café owners");
        assertThat(article.problems()).noneSatisfy(p -> assertThat(p.message()).contains("charset"));
    }

    @Test
    void tellsPublicFromNonPublicAddresses() throws IOException {
        assertThat(PageFetcher.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1"}) {
            assertThat(PageFetcher.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body, String encoding) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        if (encoding != null) {
            exchange.getResponseHeaders().add("Content-Encoding", encoding);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
