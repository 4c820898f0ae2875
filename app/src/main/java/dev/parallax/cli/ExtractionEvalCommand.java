package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.eval.ExtractionEvaluation;
import dev.parallax.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parallax eval extraction DIR}: shingle F1 of the extracted text against gold article bodies. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {
                "Score article extraction on gold data laid out like the public article-extraction benchmark:",
                "DIR/ground-truth.json maps page ids to {\"articleBody\": ..., \"url\": ...}, and DIR/html/ID.html.gz",
                "(or ID.html) holds each page.",
                "Metric: shingles are consecutive 4-grams of lower-cased \\w+ tokens; per page, precision and",
                "recall of the extracted text's shingles against the gold body's; precision and recall averaged",
                "over pages, F1 from those averages (as the benchmark reports it) and the mean of per-page F1.",
                "Also: how many pages got a title and a published date, whether the date agrees (within a day,",
                "for time zones) with a date in the URL, and the worst pages.",
                "Exit status: 0 scored, 1 some page could not be read, 2 bad usage."})
final class ExtractionEvalCommand implements Callable<Integer> {

    enum OutputFormat { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Directory with ground-truth.json and html/.")
    private Path dir;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "List the N worst pages. Default: ${DEFAULT-VALUE}.")
    private int worst;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("parallax eval extraction: " + dir + " is not a directory");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            err.println("parallax eval extraction: no ground-truth.json in " + dir
                    + "; expected ground-truth.json and html/ID.html.gz");
            return ExitCodes.USAGE;
        }
        ExtractionEvaluation.Report report = new ExtractionEvaluation(new ArticleExtractor()).evaluate(dir);
        if (format == OutputFormat.json) {
            out.println(new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(report)));
        } else {
            text(report, out);
        }
        report.problems().stream().filter(p -> p.stage().equals("eval"))
                .forEach(p -> err.println("parallax eval extraction: " + p));
        out.flush();
        err.flush();
        return report.problems().stream().anyMatch(p -> p.stage().equals("eval")) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private void text(ExtractionEvaluation.Report r, PrintWriter out) {
        int n = r.pages().size();
        out.printf(Locale.ROOT, "pages      %d%n", n);
        out.printf(Locale.ROOT, "precision  %.4f%nrecall     %.4f%nF1         %.4f   (from mean precision and recall)%n",
                r.precision(), r.recall(), r.f1());
        out.printf(Locale.ROOT, "page F1    %.4f   (mean of per-page F1)%n", r.meanPageF1());
        out.printf(Locale.ROOT, "title      %d/%d pages%npublished  %d/%d pages; agrees with the date in the URL on %d of %d pages whose URL has one%n",
                r.titles(), n, r.publishedDates(), n, r.publishedMatchesUrl(), r.urlDated());
        out.printf(Locale.ROOT, "%nworst %d pages:%n", Math.min(worst, n));
        for (ExtractionEvaluation.PageScore p : r.worst(worst)) {
            out.printf(Locale.ROOT, "  F1 %.3f  P %.3f  R %.3f  %s  %s%n", p.f1(), p.score().precision(),
                    p.score().recall(), p.id(), p.url());
        }
    }

    private ObjectNode json(ExtractionEvaluation.Report r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = mapper.createObjectNode();
        node.put("pages", r.pages().size());
        node.put("precision", r.precision());
        node.put("recall", r.recall());
        node.put("f1", r.f1());
        node.put("meanPageF1", r.meanPageF1());
        node.put("titles", r.titles());
        node.put("publishedDates", r.publishedDates());
        node.put("urlDated", r.urlDated());
        node.put("publishedMatchesUrl", r.publishedMatchesUrl());
        ArrayNode pages = node.putArray("worst");
        for (ExtractionEvaluation.PageScore p : r.worst(worst)) {
            ObjectNode page = pages.addObject();
            page.put("id", p.id());
            page.put("url", p.url());
            page.put("f1", p.f1());
            page.put("precision", p.score().precision());
            page.put("recall", p.score().recall());
        }
        return node;
    }
}
