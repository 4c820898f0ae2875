package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.attribute.AttributedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.attribute.Attributor;
import dev.parallax.attribute.CitedSource;
import dev.parallax.attribute.QuotedTerm;
import dev.parallax.attribute.ReportingWords;
import dev.parallax.attribute.Speaker;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.Ingested;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parallax quotes}: who said what in each article, with offsets into the input. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Finds who said what: direct quotes, reported speech and cited sources, each attributed to its "
                + "speaker (name, role, affiliation, kind) with the cue word and the intermediary outlet.",
                "Scare quotes, titles and names in quotation marks are not statements and are never attributed.",
                "",
                "JSONL: one object per attribution: doc (input file name without extension), kind (direct, indirect, "
                        + "mixed), content [start, end] and text, parts (the quoted pieces), cue [start, end] and "
                        + "cueText, reporting [start, end] and reportingText (the cue with the auxiliaries and negation "
                        + "before it: \"did not say\"), source [start, end] and sourceText or null, speaker {name, "
                        + "role, affiliation, kind}, via {name, span} "
                        + "or null. Offsets are character offsets (UTF-16) into the input text as given; for HTML "
                        + "inputs, into the extracted article text.",
                "",
                "Exit codes: 0 all inputs handled, 1 some input failed (reported on stderr), 2 bad usage."})
final class QuotesCommand implements Callable<Integer> {

    enum Format { jsonl, md }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles: text, HTML or JSON files, or directories.")
    private List<Path> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or md.")
    private Format format;

    @Option(names = "--timing", description = "Print parse and attribution time on stderr at the end.")
    private boolean timing;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ingested ingested = new Ingester().ingest(paths);
        boolean failed = !ingested.problems().isEmpty();
        ingested.problems().forEach(p -> err.println("parallax quotes: " + p));
        ArticleExtractor extractor = new ArticleExtractor();
        Attributor attributor = new Attributor();
        ObjectMapper json = new ObjectMapper();
        long parse = 0;
        long attribute = 0;
        int n = 0;
        List<RawDocument> documents = ingested.documents();
        for (RawDocument document : documents) {
            n++;
            if (documents.size() > 1) {
                err.println("[" + n + "/" + documents.size() + "] " + document.origin());
                err.flush();
            }
            Article article = extractor.extract(document);
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = CoreNlpAnnotator.shared().annotate(article);
            long t1 = System.nanoTime();
            AttributedArticle attributed = attributor.attribute(annotated);
            long t2 = System.nanoTime();
            parse += t1 - t0;
            attribute += t2 - t1;
            for (Problem p : article.problems()) {
                err.println("parallax quotes: " + p);
            }
            for (Problem p : annotated.problems()) {
                err.println("parallax quotes: " + p);
                failed = true;
            }
            for (Problem p : attributed.problems()) {
                err.println("parallax quotes: " + p);
            }
            String doc = docName(document.origin());
            if (format == Format.jsonl) {
                for (Attribution a : attributed.attributions()) {
                    out.println(jsonl(json, doc, attributed, a));
                }
            } else {
                out.print(markdown(doc, attributed));
            }
            out.flush();
        }
        if (timing) {
            err.printf(Locale.ROOT, "parallax quotes: %d articles; parsing %.1f s, attribution %.2f s (%.1f%% of parsing)%n",
                    n, parse / 1e9, attribute / 1e9, parse == 0 ? 0 : 100.0 * attribute / parse);
        }
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The input file's name without its extension (and without a feed or container entry suffix). */
    static String docName(String origin) {
        String name = origin.contains("#") ? origin.substring(0, origin.indexOf('#')) : origin;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Offsets into the input text where the article keeps a map to it, else into the clean text. */
    static Span raw(AttributedArticle a, Span clean) {
        TextMap map = a.annotated().article().map();
        return map.isEmpty() ? clean : map.toRaw(clean);
    }

    static String jsonl(ObjectMapper json, String doc, AttributedArticle article, Attribution a) {
        String text = article.text();
        ObjectNode o = json.createObjectNode();
        o.put("doc", doc);
        o.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        o.set("content", span(json, raw(article, a.content())));
        o.put("text", a.content().of(text));
        ArrayNode parts = o.putArray("parts");
        a.parts().forEach(p -> parts.add(span(json, raw(article, p))));
        o.set("cue", span(json, raw(article, a.cue())));
        o.put("cueText", a.cue().of(text));
        Span reporting = ReportingWords.of(article.annotated(), a.cue()).span();
        o.set("reporting", span(json, raw(article, reporting)));
        o.put("reportingText", reporting.of(text));
        if (a.source().isPresent()) {
            o.set("source", span(json, raw(article, a.source().get())));
            o.put("sourceText", a.source().get().of(text));
        } else {
            o.putNull("source");
        }
        ObjectNode speaker = o.putObject("speaker");
        Speaker s = a.speaker();
        if (s.kind() == Speaker.Kind.UNKNOWN) {
            speaker.putNull("name");
        } else {
            speaker.put("name", s.name());
        }
        s.role().ifPresentOrElse(r -> speaker.put("role", r), () -> speaker.putNull("role"));
        s.affiliation().ifPresentOrElse(r -> speaker.put("affiliation", r), () -> speaker.putNull("affiliation"));
        speaker.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        if (a.via().isPresent()) {
            ObjectNode via = o.putObject("via");
            via.put("name", a.via().get().name());
            via.set("span", span(json, raw(article, a.via().get().span())));
        } else {
            o.putNull("via");
        }
        return o.toString();
    }

    private static ArrayNode span(ObjectMapper json, Span s) {
        return json.createArrayNode().add(s.start()).add(s.end());
    }

    static String markdown(String doc, AttributedArticle article) {
        String text = article.text();
        StringBuilder md = new StringBuilder("## " + doc + "\n\n");
        if (article.attributions().isEmpty()) {
            md.append("No attributions found.\n\n");
        }
        for (Attribution a : article.attributions()) {
            Speaker s = a.speaker();
            md.append("- **").append(s.kind() == Speaker.Kind.UNKNOWN ? "(no speaker given)" : s.name()).append("**");
            String details = String.join(", ", s.role().stream().toList()) + (s.role().isPresent()
                    && s.affiliation().isPresent() ? "; " : "") + s.affiliation().orElse("");
            if (!details.isBlank()) {
                md.append(" (").append(details).append(")");
            }
            md.append(" · ").append(s.kind().name().toLowerCase(Locale.ROOT));
            a.source().ifPresent(src -> {
                if (!src.of(text).equals(s.name())) {
                    md.append(" · as “").append(src.of(text)).append("”");
                }
            });
            // the cue with its auxiliaries and negation: "*don't expect*", not "*expect*"
            md.append(" · ").append(a.kind().name().toLowerCase(Locale.ROOT)).append(", *")
                    .append(ReportingWords.of(article.annotated(), a.cue()).span().of(text)).append("*");
            a.via().ifPresent(v -> md.append(" · via ").append(v.name()));
            Span c = raw(article, a.content());
            md.append(" · [").append(c.start()).append("–").append(c.end()).append("]\n  > ")
                    .append(a.content().of(text).replace("\n", " ")).append("\n");
        }
        if (!article.terms().isEmpty()) {
            md.append("\nNot statements: ");
            List<String> terms = article.terms().stream().map(t -> t.span().of(text) + " ("
                    + (t.reason() == QuotedTerm.Reason.SCARE_QUOTE ? "scare quote" : "title or name") + ")").toList();
            md.append(String.join(", ", terms)).append("\n");
        }
        if (!article.sources().isEmpty()) {
            md.append("\nCited sources:\n");
            for (CitedSource c : article.sources()) {
                md.append("- ").append(c.name()).append(" (").append(c.kind().name().toLowerCase(Locale.ROOT))
                        .append("): supports ").append(c.supports().size()).append(c.supports().size() == 1
                                ? " span" : " spans").append("\n");
            }
        }
        return md.append("\n").toString();
    }
}
