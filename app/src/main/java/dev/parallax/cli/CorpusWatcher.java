package dev.parallax.cli;

import dev.parallax.core.Problem;
import dev.parallax.core.Progress;
import dev.parallax.index.IndexReport;
import dev.parallax.ingest.FeedFetcher;
import dev.parallax.pipeline.CorpusUpdater;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Keeps a corpus current: ingests watched directories when files appear or change (Java's WatchService, with a
 * short pause so a file being copied is read whole) and polls feeds at a fixed interval. A feed that cannot be
 * fetched is reported and polled again next time; it never stops the watch.
 */
final class CorpusWatcher {

    /** Reports one ingest run and briefs the corpus; answers whether some input failed. */
    interface Reporter {
        boolean report(IndexReport report) throws IOException;
    }

    private static final Duration SETTLE = Duration.ofMillis(400);

    private final CorpusUpdater updater;
    private final List<Path> dirs;
    private final List<URI> feeds;
    private final Duration every;
    private final FeedFetcher fetcher;
    private final Path feedDir;
    private final Reporter reporter;
    private final PrintWriter err;

    CorpusWatcher(CorpusUpdater updater, List<Path> dirs, List<URI> feeds, Duration every, boolean allowPrivate,
                  Path feedDir, Reporter reporter, PrintWriter err) {
        this.updater = updater;
        this.dirs = List.copyOf(dirs);
        this.feeds = List.copyOf(feeds);
        this.every = every;
        this.fetcher = new FeedFetcher(allowPrivate);
        this.feedDir = feedDir;
        this.reporter = reporter;
        this.err = err;
    }

    /** Runs until {@code stop} answers true (checked at least every second) or the thread is interrupted. */
    void run(BooleanSupplier stop) throws IOException, InterruptedException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    throw new IOException("cannot watch " + dir + ": not a directory");
                }
                try (Stream<Path> tree = Files.walk(dir)) {
                    for (Path d : tree.filter(Files::isDirectory).toList()) {
                        d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                    }
                }
            }
            if (!dirs.isEmpty()) {
                ingest(dirs);
            }
            long nextPoll = System.nanoTime();
            while (!stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                if (!feeds.isEmpty() && System.nanoTime() - nextPoll >= 0) {
                    poll();
                    nextPoll = System.nanoTime() + every.toNanos();
                }
                WatchKey key = service.poll(1, TimeUnit.SECONDS);
                if (key == null) {
                    continue;
                }
                registerNewDirs(key, service);
                key.reset();
                Thread.sleep(SETTLE.toMillis());
                WatchKey more;
                while ((more = service.poll()) != null) { // drain the burst: one ingest per burst of events
                    registerNewDirs(more, service);
                    more.reset();
                }
                ingest(dirs);
            }
        } catch (ClosedWatchServiceException e) {
            throw new IOException("the directory watch was closed", e);
        }
    }

    private static void registerNewDirs(WatchKey key, WatchService service) throws IOException {
        Path parent = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && Files.isDirectory(parent.resolve(name))) {
                parent.resolve(name).register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void poll() throws IOException {
        List<Path> fetched = new ArrayList<>();
        for (URI feed : feeds) {
            try {
                fetched.add(fetcher.fetch(feed, feedDir));
            } catch (IOException e) {
                err.println("parallax: " + new Problem("ingest", feed.toString(), e.getMessage()));
                err.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!fetched.isEmpty()) {
            ingest(fetched);
        }
    }

    private void ingest(List<Path> paths) throws IOException {
        IndexReport report = updater.index(paths, Progress.NONE, n -> { });
        if (report.changed()) {
            reporter.report(report);
        }
    }
}
