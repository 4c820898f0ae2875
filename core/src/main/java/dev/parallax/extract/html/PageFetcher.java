package dev.parallax.extract.html;

import dev.parallax.core.Metadata;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Reads: an http(s) URL. Adds: a {@link RawDocument} of the page — origin the URL as given, bytes decompressed,
 * the final URL (after redirects) as given metadata. Guards: a connect timeout and a total time limit for the
 * whole exchange, a size cap on the body (compressed and decompressed), a redirect limit (each hop re-checked), and
 * no requests to loopback, private, link-local or other non-public addresses unless {@code allowPrivate}.
 * The transport is Apache HttpClient 5 with a DNS resolver of our own: a host is looked up once per hop, its
 * addresses are checked, and the connection is made to exactly those addresses, so a host whose DNS answer changes
 * between the check and the connection (DNS rebinding) cannot lead the fetch to a private address.
 * Bad input and network failure: a {@link FetchException} whose message names the URL and the cause.
 */
public final class PageFetcher {

    /** Limits of one fetch. */
    public record Options(Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects,
                          boolean allowPrivate) {
        public Options {
            if (maxBytes <= 0 || maxRedirects < 0) {
                throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
            }
        }

        public static Options defaults() {
            return new Options(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5, false);
        }

        public Options withAllowPrivate(boolean allow) {
            return new Options(connectTimeout, totalTimeout, maxBytes, maxRedirects, allow);
        }

        public Options withTotalTimeout(Duration timeout) {
            return new Options(connectTimeout, timeout, maxBytes, maxRedirects, allowPrivate);
        }

        public Options withMaxBytes(long bytes) {
            return new Options(connectTimeout, totalTimeout, bytes, maxRedirects, allowPrivate);
        }
    }

    /** A URL that could not be fetched, and why. */
    public static final class FetchException extends IOException {
        public FetchException(String message) {
            super(message);
        }
    }

    private static final List<String> TEXTUAL = List.of("text/html", "application/xhtml+xml", "text/plain",
            "application/xml", "text/xml");

    /** Looks up a host's addresses: the system resolver, or a test's. */
    public interface NameResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * The system's TLS setup (trust store and all), made once and only for https: loading it takes seconds on a
     * busy machine, which must not count against a fetch's time limit nor be paid by plain http.
     */
    private static final class Tls {
        static final org.apache.hc.client5.http.ssl.TlsSocketStrategy STRATEGY =
                org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy.createDefault();

        /** Hands the upgrade to {@link #STRATEGY}, loading it on the first https connection. */
        static final org.apache.hc.client5.http.ssl.TlsSocketStrategy LAZY = (socket, target, port, attachment,
                context) -> STRATEGY.upgrade(socket, target, port, attachment, context);
    }

    /** Ends the exchanges that run past their time limit. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parallax-fetch-timer");
        t.setDaemon(true);
        return t;
    });

    private final Options options;
    private final NameResolver names;

    public PageFetcher(Options options) {
        this(options, InetAddress::getAllByName);
    }

    /** A fetcher that looks hosts up with {@code names}. */
    public PageFetcher(Options options, NameResolver names) {
        this.options = options;
        this.names = names;
    }

    /** Whether an argument names a web page rather than a file. */
    public static boolean isUrl(String argument) {
        String a = argument.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    public RawDocument fetch(String url) throws FetchException {
        URI uri = parse(url);
        if (uri.getScheme().equalsIgnoreCase("https")) {
            Objects.requireNonNull(Tls.STRATEGY); // loaded before the clock starts
        }
        long deadline = System.nanoTime() + options.totalTimeout().toNanos();
        for (int hop = 0; ; hop++) {
            Answer response = send(url, uri, deadline);
            int status = response.status();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.header("location").orElseThrow(() ->
                        new FetchException(url + ": HTTP " + status + " redirect without a Location header"));
                if (hop >= options.maxRedirects()) {
                    throw new FetchException(url + ": more than " + options.maxRedirects()
                            + " redirects (last to " + location + "); is it a redirect loop?");
                }
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new FetchException(url + ": HTTP " + status + " from " + uri);
            }
            String type = response.header("content-type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && TEXTUAL.stream().noneMatch(type::startsWith)) {
                throw new FetchException(url + ": content type '" + type + "' is not an HTML page");
            }
            byte[] body = decompress(url, response);
            String evidence = "fetched from " + uri + (hop == 0 ? "" : " after " + hop + " redirect(s)");
            return new RawDocument(url, body, Format.HTML, Metadata.builder().url(uri.toString(), evidence).build(),
                    Metadata.EMPTY, charsetOf(response.header("content-type").orElse("")));
        }
    }

    /** The charset a Content-Type header names ({@code text/html; charset=ISO-8859-1}), as written. */
    static Optional<String> charsetOf(String contentType) {
        try {
            return Optional.ofNullable(org.apache.hc.core5.http.ContentType.parseLenient(contentType))
                    .map(t -> t.getParameter("charset")).filter(c -> !c.isBlank()).map(String::strip);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static URI parse(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(url + ": not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url + ": only http and https URLs are fetched, not '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException(url + ": URL has no host");
        }
        return uri;
    }

    /** A host refused for its address: the resolver's answer, never connected to. */
    private static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String message) {
            super(message);
        }
    }

    /**
     * The resolver of one exchange: each lookup of a host is checked, and the addresses it answers are the ones the
     * connection uses (HttpClient connects to what its resolver returns; nothing is looked up twice).
     */
    private DnsResolver checkedResolver(String url) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses;
                try {
                    addresses = names.resolve(host);
                } catch (UnknownHostException e) {
                    throw new RefusedAddress(url + ": unknown host '" + host + "'");
                }
                if (!options.allowPrivate()) {
                    for (InetAddress address : addresses) {
                        if (!isPublic(address)) {
                            throw new RefusedAddress(url + ": host '" + host + "' is a non-public address ("
                                    + address.getHostAddress() + "); refused to protect local services"
                                    + " (--allow-private allows it)");
                        }
                    }
                }
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 0 || first == 100 && second >= 64 && second < 128 // 100.64/10 carrier-grade NAT
                || first == 192 && second == 0 && (b[2] & 0xff) == 0 || first >= 240);
    }

    /** One HTTP answer: status, the headers we read, and the body as it came (still compressed). */
    private record Answer(int status, java.util.Map<String, String> headers, byte[] body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }

    private Answer send(String url, URI uri, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException(url + ": no answer within " + options.totalTimeout().toSeconds() + " s");
        }
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept-Encoding", "gzip");
        get.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        get.setHeader("User-Agent", "Parallax/0.1 (news extraction)");
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledFuture<?> timer = null;
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(options.connectTimeout()))
                .setSocketTimeout(Timeout.of(Duration.ofNanos(remaining)))
                .build();
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedResolver(url))
                        .setDefaultConnectionConfig(connection)
                        .setTlsSocketStrategy(Tls.LAZY)
                        .build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build()) {
            // The time limit covers the exchange itself, from the lookup on.
            timer = TIMER.schedule(() -> {
                late.set(true);
                get.cancel();
            }, Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return client.execute(get, response -> {
                java.util.Map<String, String> headers = new java.util.HashMap<>();
                for (String name : List.of("location", "content-type", "content-encoding")) {
                    Header h = response.getFirstHeader(name);
                    if (h != null) {
                        headers.put(name, h.getValue());
                    }
                }
                byte[] body = new byte[0];
                HttpEntity entity = response.getEntity();
                if (entity != null) {
                    ByteArrayOutputStream collected = new ByteArrayOutputStream();
                    try (InputStream in = entity.getContent()) {
                        byte[] buffer = new byte[1 << 16];
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            collected.write(buffer, 0, n);
                            if (collected.size() > options.maxBytes()) {
                                get.cancel(); // stop the download here
                                throw new FetchException(url + ": page is over the " + size(options.maxBytes())
                                        + " limit");
                            }
                        }
                    }
                    body = collected.toByteArray();
                }
                return new Answer(response.getCode(), headers, body);
            });
        } catch (FetchException e) {
            throw e;
        } catch (RefusedAddress e) {
            throw new FetchException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (late.get() || e instanceof java.net.SocketTimeoutException) {
                throw new FetchException(url + ": no complete answer within " + options.totalTimeout().toSeconds()
                        + " s from " + uri);
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FetchException(url + ": " + why);
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    private byte[] decompress(String url, Answer response) throws FetchException {
        Optional<String> encoding = response.header("content-encoding");
        if (encoding.isEmpty() || !encoding.get().toLowerCase(Locale.ROOT).contains("gzip")) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > options.maxBytes()) {
                    throw new FetchException(url + ": page is over the " + size(options.maxBytes())
                            + " limit once decompressed");
                }
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw new FetchException(url + ": gzip body is truncated");
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(url + ": gzip body is corrupt (" + e.getMessage() + ")");
        }
    }

    static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : bytes >= 1 << 10 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " bytes";
    }
}
