package dev.parallax.extract.html;

import dev.parallax.core.Metadata;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Reads: an http(s) URL. Adds: a {@link RawDocument} of the page — origin the URL as given, bytes decompressed,
 * the final URL (after redirects) as given metadata. Guards: a connect timeout and a total time limit for the
 * whole exchange, a size cap on the body (compressed and decompressed), a redirect limit (each hop re-checked), and
 * no requests to loopback, private, link-local or other non-public addresses unless {@code allowPrivate}.
 * The address check resolves the host before the request; a host whose DNS answer changes between the check and
 * the connection (DNS rebinding) is not caught.
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

    private final Options options;
    private final HttpClient client;

    public PageFetcher(Options options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Whether an argument names a web page rather than a file. */
    public static boolean isUrl(String argument) {
        String a = argument.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    public RawDocument fetch(String url) throws FetchException {
        URI uri = parse(url);
        long deadline = System.nanoTime() + options.totalTimeout().toNanos();
        for (int hop = 0; ; hop++) {
            checkAddress(url, uri);
            HttpResponse<byte[]> response = send(url, uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("location").orElseThrow(() ->
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
            String type = response.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && TEXTUAL.stream().noneMatch(type::startsWith)) {
                throw new FetchException(url + ": content type '" + type + "' is not an HTML page");
            }
            byte[] body = decompress(url, response);
            String evidence = "fetched from " + uri + (hop == 0 ? "" : " after " + hop + " redirect(s)");
            return new RawDocument(url, body, Format.HTML, Metadata.builder().url(uri.toString(), evidence).build());
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

    private void checkAddress(String url, URI uri) throws FetchException {
        if (options.allowPrivate()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(url + ": unknown host '" + uri.getHost() + "'");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException(url + ": host '" + uri.getHost() + "' is a non-public address ("
                        + address.getHostAddress() + "); refused to protect local services (--allow-private allows it)");
            }
        }
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

    private HttpResponse<byte[]> send(String url, URI uri, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException(url + ": no answer within " + options.totalTimeout().toSeconds() + " s");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .header("User-Agent", "Parallax/0.1 (news extraction)")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBody(options.maxBytes()));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(url + ": no complete answer within " + options.totalTimeout().toSeconds()
                    + " s from " + uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new FetchException(url + ": interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new FetchException(url + ": " + why);
        }
    }

    private byte[] decompress(String url, HttpResponse<byte[]> response) throws FetchException {
        Optional<String> encoding = response.headers().firstValue("content-encoding");
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

    /** Collects a body up to a size cap, cancelling the download beyond it. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
            if (out.size() > max) {
                subscription.cancel();
                result.completeExceptionally(new IOException("page is over the " + size(max) + " limit"));
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
