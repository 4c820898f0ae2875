package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.brief.Briefing;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.SearchFilter;
import dev.parallax.index.SearchHit;
import dev.parallax.index.SearchRequest;
import dev.parallax.index.SearchResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code parallax search}: hybrid, full-text or semantic search of the corpus's sentences. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the sentences of the corpus. By default by words and by meaning at once: BM25 with "
                + "English stemming (any word may match; more matching words rank higher) fused with the nearest "
                + "sentence vectors, with a cut-off. \"Phrases\", +must, -not and pre* ask for exact words and use "
                + "BM25 alone; --mode text or --mode semantic uses one side only.",
                "Filters narrow the articles searched; a bad value is exit code 2. Each hit names its article's "
                + "origin and the matching span."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
    List<String> words;

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--mode", defaultValue = "hybrid", paramLabel = "hybrid|text|semantic",
            description = "hybrid (words and meaning, the default), text (words, BM25) or semantic (meaning).")
    String mode;

    @Option(names = "--semantic", description = "Same as --mode semantic.")
    boolean semantic;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Skip the first N hits (paging).")
    int offset;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", paramLabel = "N",
            description = "At most N hits (default: ${DEFAULT-VALUE}; never more than 100).")
    int limit;

    @Option(names = "--outlet", paramLabel = "NAME") Optional<String> outlet;
    @Option(names = {"--perspective-side", "--side"}, paramLabel = "SIDE",
            description = "Only articles of outlets on this side (e.g. China).") Optional<String> side;
    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (2024, 2024-05, 2024-05-14).")
    Optional<String> from;
    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (inclusive of the whole period).")
    Optional<String> to;
    @Option(names = "--actor", paramLabel = "NAME") Optional<String> actor;
    @Option(names = "--speaker", paramLabel = "NAME") Optional<String> speaker;
    @Option(names = "--story", paramLabel = "ID") Optional<String> story;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json") String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; use text or json");
        }
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        String query = String.join(" ", words);
        if (query.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "empty query");
        }
        SearchFilter filter;
        SearchRequest.Mode searchMode;
        try {
            filter = new SearchFilter(outlet, side, from, to, actor, speaker, story);
            searchMode = semantic ? SearchRequest.Mode.SEMANTIC : SearchRequest.Mode.of(mode);
            new SearchRequest(query, searchMode, limit, offset, Optional.empty()); // validates before the index opens
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (CorpusIndex index = CorpusIndex.openForReading(corpus.data)) {
            Optional<Set<String>> allowed = Optional.empty();
            if (!filter.isEmpty()) {
                Briefing briefing = new BriefingStore(corpus.data).latest().map(BriefingStore.Version::briefing)
                        .orElseThrow(() -> new IOException("filters need the corpus briefing, and " + corpus.data
                                + " has none yet; run `parallax ingest` without --no-brief"));
                try {
                    allowed = filter.articles(briefing);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            SearchResults results = index.search(new SearchRequest(query, searchMode, limit, offset, allowed),
                    new BgeSmallEmbedder());
            List<SearchHit> hits = results.hits();
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("query", query);
                json.put("mode", searchMode.label());
                json.put("total", results.total());
                json.put("offset", results.offset());
                json.put("hits", hits);
                out.print(JSON.writeValueAsString(json) + "\n");
            } else {
                if (results.total() == 0) {
                    out.println("no hits for: " + query + (searchMode == SearchRequest.Mode.HYBRID ? ""
                            : " (try --mode hybrid, which finds by words and by meaning)"));
                } else {
                    out.printf("%d hits for: %s (%s)%s%n", results.total(), query, searchMode.label(),
                            results.total() > offset + hits.size() ? "; showing " + (offset + 1) + "–"
                                    + (offset + hits.size()) + ", --offset " + (offset + hits.size()) + " for more" : "");
                }
                int rank = offset;
                for (SearchHit h : hits) {
                    out.printf("%2d. %.3f %-13s %s — %s%s%n      %s [%d, %d)%n      %s%n", ++rank, h.score(), h.match(),
                            h.title().isEmpty() ? "(untitled)" : h.title(), h.outlet().isEmpty() ? "?" : h.outlet(),
                            h.published().isEmpty() ? "" : ", " + h.published(), h.origin(), h.start(), h.end(),
                            h.snippet().replaceAll("\\s+", " "));
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
