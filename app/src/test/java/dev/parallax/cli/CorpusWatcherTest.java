package dev.parallax.cli;

import com.sun.net.httpserver.HttpServer;
import dev.parallax.core.Progress;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.StoryChange;
import dev.parallax.pipeline.CorpusUpdater;
import dev.parallax.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Watching a directory and polling a feed served on loopback, with real files, HTTP, Lucene and CoreNLP. */
class CorpusWatcherTest {

    @TempDir
    Path tmp;

    private static final String ARTICLE = """
            Geneva talks open
            
            Delegations from the two countries met in Geneva on Tuesday to discuss the risks of artificial intelligence.
            """;

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Loopback Wire</title><link>http://127.0.0.1/</link><description>t</description>
            <item><title>Geneva talks continue</title><link>http://127.0.0.1/a1</link><pubDate>Wed, 15 May 2024 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;The delegations met again in Geneva on Wednesday and agreed to keep talking about artificial intelligence.&lt;/p&gt;</description></item>
            </channel></rss>
            """;

    @Test
    void aFileDroppedIntoTheWatchedDirectoryAndAFeedEntryBecomeNewVersionsOfTheStory() throws Exception {
        Path watched = Files.createDirectories(tmp.resolve("inbox"));
        HttpServer feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/feed.xml", ex -> {
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        feedServer.start();
        URI feed = URI.create("http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feed.xml");
        List<IndexReport> reports = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            CorpusUpdater updater = new CorpusUpdater(new Pipeline(), index, new BgeSmallEmbedder(), 16);
            CorpusWatcher watcher = new CorpusWatcher(updater, List.of(watched), List.of(feed), Duration.ofHours(1),
                    true, tmp.resolve("data/feeds"), report -> {
                        reports.add(report);
                        updater.update(report.problems(), Progress.NONE);
                        return false;
                    }, new PrintWriter(new StringWriter()));
            Thread thread = new Thread(() -> {
                try {
                    watcher.run(stop::get);
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            thread.start();
            try {
                waitFor(() -> reports.size() >= 1, failure); // the feed, polled at once
                Files.writeString(watched.resolve("geneva.txt"), ARTICLE);
                waitFor(() -> reports.size() >= 2, failure);
            } finally {
                stop.set(true);
                thread.join(10_000);
                feedServer.stop(0);
            }
            assertThat(failure.get()).isNull();
            assertThat(index.articleCount()).isEqualTo(2);
            var latest = updater.store().latest().orElseThrow();
            assertThat(latest.number()).isEqualTo(2);
            assertThat(latest.briefing().articles()).extracting(a -> a.origin())
                    .anySatisfy(o -> assertThat(o).isEqualTo("http://127.0.0.1/a1"))
                    .anySatisfy(o -> assertThat(o).endsWith("geneva.txt"));
            String storyOfFile = latest.briefing().stories().stream()
                    .filter(s -> s.articles().stream().anyMatch(id -> latest.briefing().article(id).origin().endsWith("geneva.txt")))
                    .findFirst().orElseThrow().id();
            StoryChange change = updater.store().changeOf(storyOfFile);
            assertThat(change.newArticles()).hasSize(1);
        }
    }

    @Test
    void aFeedOnAPrivateAddressIsRefusedUnlessAllowed() {
        var fetcher = new dev.parallax.ingest.FeedFetcher(false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:9/feed"), tmp))
                .hasMessageContaining("private address").hasMessageContaining("--allow-private-feeds");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd"), tmp))
                .hasMessageContaining("only http and https");
    }

    private static void waitFor(java.util.function.BooleanSupplier done, AtomicReference<Throwable> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!done.getAsBoolean()) {
            if (failure.get() != null) {
                throw new AssertionError("watcher failed", failure.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the watcher");
            }
            Thread.sleep(100);
        }
    }
}
