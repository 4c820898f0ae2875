package dev.parallax.cli;

import dev.parallax.core.Problem;
import dev.parallax.extract.html.PageFetcher;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PATH and URL arguments of {@code brief} and {@code ingest}. A URL ({@code scheme://...}) is fetched with the
 * {@link PageFetcher}'s guards (http and https only; no loopback or private address unless allowed; timeouts, size
 * cap, redirect limit) — never read as a path; a URL it refuses or cannot fetch is a problem naming the URL and why.
 * Paths are checked before any work: a missing one ends the command at once, before any model loads.
 */
final class Inputs {

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final List<Path> paths = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();

    Inputs(List<String> arguments) {
        for (String a : arguments) {
            if (URL.matcher(a).matches()) {
                urls.add(a);
            } else {
                paths.add(Path.of(a));
            }
        }
    }

    boolean isEmpty() {
        return paths.isEmpty() && urls.isEmpty();
    }

    /**
     * Prints each path that does not exist, with the likely cause; true when there was one. Checked before
     * anything loads, so a typo costs no wait.
     */
    boolean reportMissing(PrintWriter err) {
        boolean missing = false;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("parallax: " + p + ": no such file or directory"
                        + (p.isAbsolute() ? "" : " (relative to " + Path.of("").toAbsolutePath() + ")"));
                missing = true;
            }
        }
        err.flush();
        return missing;
    }

    /** Reads the paths and fetches the URLs: every document found, and a problem for each input that gave none. */
    Ingested read(Ingester ingester, PageFetcher fetcher) {
        Ingested files = ingester.ingest(paths);
        List<RawDocument> documents = new ArrayList<>(files.documents());
        List<Problem> problems = new ArrayList<>(files.problems());
        for (String url : urls) {
            try {
                documents.add(fetcher.fetch(url));
            } catch (PageFetcher.FetchException e) {
                problems.add(new Problem("fetch", url, e.getMessage()));
            }
        }
        return new Ingested(documents, problems);
    }

    /**
     * When nothing was found: prints the problems met and says so, with what was given; the command then ends with
     * exit code 1 before any model loads.
     */
    Optional<Integer> nothingFound(Ingested ingested, PrintWriter err) {
        if (!ingested.documents().isEmpty()) {
            return Optional.empty();
        }
        ingested.problems().forEach(p -> err.println("parallax: " + p));
        List<String> given = new ArrayList<>();
        paths.forEach(p -> given.add(p.toString()));
        given.addAll(urls);
        err.println("parallax: no articles found in " + String.join(", ", given)
                + (ingested.problems().isEmpty() ? " (no readable files: hidden files and metadata.csv are skipped)"
                : " (" + ingested.problems().size() + " problem(s) above)") + "; nothing to do");
        err.flush();
        return Optional.of(ExitCodes.FAILED);
    }

    /** The fetcher every command that takes URLs uses, with its defaults. */
    static PageFetcher fetcher(boolean allowPrivate) {
        return new PageFetcher(PageFetcher.Options.defaults().withAllowPrivate(allowPrivate));
    }
}
