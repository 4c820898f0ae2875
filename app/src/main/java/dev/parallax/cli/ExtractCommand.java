package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.html.PageFetcher;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code parallax extract}: pages in, articles (main text and metadata with evidence) out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Extract the article from news pages: the main text (paragraphs separated by blank lines) and its",
                "metadata - url, title, published and modified dates (ISO 8601), authors, outlet, language, section,",
                "type (news, analysis, opinion, other) - each with the evidence it came from.",
                "",
                "Inputs are HTML files (.html, .html.gz), directories of them, other inputs 'ingest' reads (text,",
                "JSON records, feeds), or http(s) URLs, which are fetched (timeouts, size cap, redirect limit; no",
                "loopback or private addresses unless --allow-private).",
                "One input prints one JSON object; several print JSON Lines, one article a line.",
                "Problems go to standard error, naming the input and the cause.",
                "Exit status: 0 all inputs extracted, 1 some input failed, 2 bad usage."},
        sortOptions = false)
final class ExtractCommand implements Callable<Integer> {

    enum OutputFormat { json, text }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "HTML files, directories or URLs.")
    private List<String> inputs;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "Output: json (one object, or JSON Lines for several inputs) or text. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--fetch", description = "Treat every input as a URL to fetch (URL-looking inputs are fetched anyway).")
    private boolean fetch;

    @Option(names = "--allow-private", description = "Allow fetching from loopback, private and link-local addresses.")
    private boolean allowPrivate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit for fetching one URL, redirects included. Default: ${DEFAULT-VALUE}.")
    private int timeoutSeconds;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds < 1) {
            err.println("parallax extract: --timeout must be at least 1 second, got " + timeoutSeconds);
            return ExitCodes.USAGE;
        }
        PageFetcher fetcher = new PageFetcher(PageFetcher.Options.defaults()
                .withAllowPrivate(allowPrivate).withTotalTimeout(Duration.ofSeconds(timeoutSeconds)));
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            if (fetch || PageFetcher.isUrl(input)) {
                try {
                    documents.add(fetcher.fetch(input));
                } catch (PageFetcher.FetchException e) {
                    problems.add(new Problem("fetch", input, e.getMessage()));
                }
            } else {
                files.add(Path.of(input));
            }
        }
        Ingested ingested = new Ingester().ingest(files);
        documents.addAll(ingested.documents());
        problems.addAll(ingested.problems());

        ArticleExtractor extractor = new ArticleExtractor();
        boolean failed = !problems.isEmpty();
        boolean many = documents.size() + problems.size() > 1;
        for (RawDocument document : documents) {
            Article article = extractor.extract(document);
            article.problems().forEach(p -> err.println("parallax extract: " + p));
            if (article.text().isBlank()) {
                failed = true;
            }
            out.println(format == OutputFormat.json ? json(article, many) : text(article));
            out.flush();
        }
        problems.forEach(p -> err.println("parallax extract: " + p));
        err.flush();
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    static ObjectNode toJson(Article article) {
        Metadata m = article.meta();
        ObjectNode node = JSON.createObjectNode();
        ObjectNode sources = JSON.createObjectNode();
        node.put("origin", article.origin());
        put(node, sources, "url", m.url());
        put(node, sources, "title", m.title());
        node.put("text", article.text());
        put(node, sources, "published", m.published());
        put(node, sources, "modified", m.modified());
        ArrayNode authors = node.putArray("authors");
        ArrayNode authorSources = JSON.createArrayNode();
        for (Attested a : m.authors()) {
            authors.add(a.value());
            authorSources.add(a.evidence());
        }
        if (!authorSources.isEmpty()) {
            sources.set("authors", authorSources);
        }
        put(node, sources, "outlet", m.outlet());
        put(node, sources, "language", m.language());
        put(node, sources, "section", m.section());
        put(node, sources, "type", m.type());
        put(node, sources, "description", m.description());
        node.set("sources", sources);
        ArrayNode problems = node.putArray("problems");
        article.problems().forEach(p -> problems.add(p.message()));
        return node;
    }

    private static void put(ObjectNode node, ObjectNode sources, String field, Optional<Attested> value) {
        if (value.isPresent()) {
            node.put(field, value.get().value());
            sources.put(field, value.get().evidence());
        } else {
            node.putNull(field);
        }
    }

    private static String json(Article article, boolean many) {
        try {
            ObjectNode node = toJson(article);
            return many ? JSON.writeValueAsString(node)
                    : JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static String text(Article article) {
        Metadata m = article.meta();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(article.title().isEmpty() ? "(no title)" : article.title()).append('\n');
        line(sb, "origin", article.origin());
        line(sb, "url", Metadata.valueOf(m.url()));
        line(sb, "outlet", article.outlet());
        line(sb, "published", Metadata.valueOf(m.published()));
        line(sb, "modified", Metadata.valueOf(m.modified()));
        line(sb, "authors", String.join(", ", m.authors().stream().map(Attested::value).toList()));
        line(sb, "language", Metadata.valueOf(m.language()));
        line(sb, "section", Metadata.valueOf(m.section()));
        line(sb, "type", Metadata.valueOf(m.type()));
        sb.append('\n').append(article.text()).append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (!value.isEmpty()) {
            sb.append(key).append(": ").append(value).append('\n');
        }
    }
}
