package dev.parallax.extract;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.core.TextMap;
import dev.parallax.ingest.Format;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One article: its clean text (never modified after extraction; every later span points into it), its metadata,
 * and what extraction left out or could not handle.
 *
 * @param id        stable id: a hash of the whitespace-normalised clean text, so the same text is one article
 * @param origins   every input this text arrived from, in arrival order
 * @param rawSha256 hash of the raw bytes of the first origin
 * @param map       clean-text offsets back to the raw text (for text inputs; empty for HTML)
 * @param dropped   lines of the raw text left out of the clean text, each with its reason
 */
public record Article(
        String id,
        List<String> origins,
        String rawSha256,
        Format format,
        String text,
        TextMap map,
        Metadata meta,
        List<Dropped> dropped,
        List<Problem> problems) {

    /** A raw line left out of the clean text: furniture, or metadata moved into {@link Metadata}. */
    public record Dropped(Span raw, String line, String reason) {
        public Dropped {
            requireNonNull(raw, "raw");
            requireNonNull(line, "line");
            requireNonNull(reason, "reason");
        }
    }

    public Article {
        requireNonNull(id, "id");
        origins = List.copyOf(origins);
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("article " + id + " has no origin");
        }
        requireNonNull(rawSha256, "rawSha256");
        requireNonNull(format, "format");
        requireNonNull(text, "text");
        requireNonNull(map, "map");
        requireNonNull(meta, "meta");
        dropped = List.copyOf(dropped);
        problems = List.copyOf(problems);
    }

    public String origin() {
        return origins.getFirst();
    }

    public String title() {
        return Metadata.valueOf(meta.title());
    }

    public String outlet() {
        return Metadata.valueOf(meta.outlet());
    }

    /** The same article with more origins (the same text arrived again). */
    public Article withOrigins(List<String> more) {
        List<String> all = new ArrayList<>(origins);
        more.stream().filter(o -> !all.contains(o)).forEach(all::add);
        return new Article(id, all, rawSha256, format, text, map, meta, dropped, problems);
    }

    public Article withMeta(Metadata newMeta) {
        return new Article(id, origins, rawSha256, format, text, map, newMeta, dropped, problems);
    }

    public Article withProblem(Problem problem) {
        return withProblems(List.of(problem));
    }

    public Article withProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Article(id, origins, rawSha256, format, text, map, meta, dropped, all);
    }
}
