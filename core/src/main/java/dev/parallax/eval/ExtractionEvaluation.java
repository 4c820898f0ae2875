package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.DateLines;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads: a directory laid out like the public article-extraction benchmark — {@code ground-truth.json} mapping
 * page ids to {@code {"articleBody": ..., "url": ...}} and {@code html/ID.html.gz} (or {@code html/ID.html}).
 * Adds: per-page shingle precision, recall and F1 of the extracted text, their averages (F1 from the averaged
 * precision and recall, as the benchmark reports it, and the mean of per-page F1), and a metadata check: how many
 * pages got a title and a published date, and — where the URL carries a date — how often the published date
 * agrees with it within a day (an independent witness the gold file does not otherwise give).
 * Bad input: a page that cannot be read scores zero and is listed as a problem; the evaluation goes on.
 */
public final class ExtractionEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|-)");

    /** One page's scores, with what was extracted. */
    public record PageScore(String id, String url, ShingleScore score, String title, String published,
                            List<Problem> problems) {
        public PageScore {
            problems = List.copyOf(problems);
        }

        public double f1() {
            return score.f1();
        }
    }

    /**
     * The whole evaluation.
     *
     * @param urlDated            pages whose URL carries a date
     * @param publishedMatchesUrl of those, pages whose extracted published date is that date, give or take a day
     */
    public record Report(List<PageScore> pages, double precision, double recall, double f1, double meanPageF1,
                         int titles, int publishedDates, int urlDated, int publishedMatchesUrl) {
        public Report {
            pages = List.copyOf(pages);
        }

        /** The {@code n} pages with the lowest F1, worst first. */
        public List<PageScore> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(n).toList();
        }

        public List<Problem> problems() {
            return pages.stream().flatMap(p -> p.problems().stream()).toList();
        }
    }

    private final ArticleExtractor extractor;

    public ExtractionEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Scores every page listed in {@code dir/ground-truth.json}. */
    public Report evaluate(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            throw new IOException("no ground-truth.json in " + dir + "; expected the benchmark layout"
                    + " (ground-truth.json and html/ID.html.gz)");
        }
        JsonNode gold = JSON.readTree(truth.toFile());
        if (gold == null || !gold.isObject()) {
            throw new IOException(truth + " is not a JSON object mapping page ids to {articleBody, url}");
        }
        List<PageScore> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            pages.add(score(dir, entry.getKey(), entry.getValue()));
        }
        double p = pages.stream().mapToDouble(s -> s.score().precision()).average().orElse(0);
        double r = pages.stream().mapToDouble(s -> s.score().recall()).average().orElse(0);
        double meanF1 = pages.stream().mapToDouble(PageScore::f1).average().orElse(0);
        int titles = 0;
        int published = 0;
        int urlDated = 0;
        int matches = 0;
        for (PageScore page : pages) {
            titles += page.title().isEmpty() ? 0 : 1;
            published += page.published().isEmpty() ? 0 : 1;
            Optional<LocalDate> urlDate = urlDate(page.url());
            if (urlDate.isPresent()) {
                urlDated++;
                Optional<LocalDate> date = DateLines.dateOf(page.published());
                // Within a day: a page dated in UTC may fall on the next day of the newsroom's calendar.
                if (date.isPresent() && Math.abs(date.get().toEpochDay() - urlDate.get().toEpochDay()) <= 1) {
                    matches++;
                }
            }
        }
        return new Report(pages, p, r, ShingleScore.f1(p, r), meanF1, titles, published, urlDated, matches);
    }

    private PageScore score(Path dir, String id, JsonNode gold) {
        String body = gold.path("articleBody").asText("");
        String url = gold.path("url").asText("");
        Optional<Path> file = pageFile(dir, id);
        if (file.isEmpty()) {
            return new PageScore(id, url, ShingleScore.of("", body), "", "", List.of(new Problem("eval",
                    dir.resolve("html").resolve(id + ".html.gz").toString(), "page listed in ground-truth.json is missing")));
        }
        byte[] bytes;
        try {
            bytes = read(file.get());
        } catch (IOException e) {
            return new PageScore(id, url, ShingleScore.of("", body), "", "", List.of(new Problem("eval",
                    file.get().toString(), "cannot read: " + e.getMessage())));
        }
        Metadata given = url.isEmpty() ? Metadata.EMPTY : Metadata.builder().url(url, "ground-truth.json url").build();
        Article article = extractor.extract(new RawDocument(file.get().toString(), bytes, Format.HTML, given));
        return new PageScore(id, url, ShingleScore.of(article.text(), body), article.title(),
                Metadata.valueOf(article.meta().published()), article.problems());
    }

    private static Optional<Path> pageFile(Path dir, String id) {
        for (String name : List.of(id + ".html.gz", id + ".html")) {
            Path p = dir.resolve("html").resolve(name);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    static Optional<LocalDate> urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
