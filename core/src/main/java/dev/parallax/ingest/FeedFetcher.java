package dev.parallax.ingest;

import dev.parallax.core.Ids;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads: a feed URL (http or https). Adds: the feed's current bytes in a file under a directory, one file per URL,
 * replaced on each fetch, ready for the {@link Ingester} (which keeps each entry as its own raw document). Refuses
 * loopback, private and link-local addresses unless allowed (a feed URL must not reach into the local network),
 * feeds over {@link #MAX_BYTES}, and non-2xx answers — each with an {@link IOException} naming the URL.
 */
public final class FeedFetcher {

    public static final long MAX_BYTES = 20L << 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final boolean allowPrivate;

    public FeedFetcher(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public Path fetch(URI url, Path dir) throws IOException, InterruptedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("feed " + url + ": only http and https URLs can be polled");
        }
        if (url.getHost() == null) {
            throw new IOException("feed " + url + ": no host in URL");
        }
        if (!allowPrivate) {
            for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
                    throw new IOException("feed " + url + " resolves to the private address " + a.getHostAddress()
                            + "; pass --allow-private-feeds if that is intended");
                }
            }
        }
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("User-Agent", "Parallax feed poller").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("feed " + url + " answered HTTP " + response.statusCode());
        }
        byte[] body = response.body();
        if (body.length > MAX_BYTES) {
            throw new IOException("feed " + url + " is " + body.length + " bytes, over the " + MAX_BYTES + " limit");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(Ids.sha256(url.toString()).substring(0, 16) + ".rss");
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.write(tmp, body);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
