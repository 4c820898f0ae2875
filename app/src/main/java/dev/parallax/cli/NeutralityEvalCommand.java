package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.Consistency;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.StoryBrief;
import dev.parallax.cluster.Story;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.eval.NeutralityScore;
import dev.parallax.extract.Article;
import dev.parallax.index.CorpusIndex;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.Ingester;
import dev.parallax.ingest.RawDocument;
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * {@code parallax eval neutrality STORIES.jsonl ROUNDUPS.jsonl}: how close The News keeps to an editors' neutral
 * roundup of each story, beside each side's own lead, cut to the same length, in one run.
 */
@Command(name = "neutrality", mixinStandardHelpOptions = true,
        description = {"Briefs labelled stories and scores The News of each against a neutral roundup of",
                "the story written by editors, beside the lead of each side's article, every text cut",
                "to the same number of words (that of the shortest of The News, the roundup and the",
                "story's articles). The scores need no lexicon: the share of content words the roundup does not use (lower",
                "is closer), and ROUGE-1 and ROUGE-2 F1 against the roundup. STORIES: one article a",
                "line with text, title, published, outlet, a story id and optionally a side label.",
                "ROUNDUPS: one JSON object a line with the story id and the roundup text.",
                "Stories are grouped by their gold ids (default) or by Parallax (--grouping).",
                "Also prints the briefing's consistency: spans labelled both one-side and shared, and",
                "items shown twice in a story (both 0 when the briefing keeps its rules)."})
final class NeutralityEvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STORIES.jsonl", description = "Labelled articles, one JSON object a line.")
    Path storiesFile;

    @Parameters(index = "1", paramLabel = "ROUNDUPS.jsonl", description = "One roundup a line: story id and text.")
    Path roundupsFile;

    @Option(names = "--field", defaultValue = "story", description = "Story id field of both files (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--roundup-field", defaultValue = "roundup",
            description = "Roundup text field (default: ${DEFAULT-VALUE}).")
    String roundupField;

    @Option(names = "--side-field", defaultValue = "side",
            description = {"Side label field of the articles (default: ${DEFAULT-VALUE}); articles without one are",
                    "on their outlet's side under --perspective."})
    String sideField;

    @Option(names = "--grouping", defaultValue = "gold", paramLabel = "gold|parallax",
            description = {"Which stories are briefed (default: ${DEFAULT-VALUE}): the gold stories, which keeps",
                    "grouping errors out of the score of The News' wording, or Parallax's own events (each",
                    "gold story is then scored with the event holding most of its articles)."})
    String grouping;

    @Option(names = "--cache", paramLabel = "DIR",
            description = {"A corpus directory keeping the articles' analyses between runs: articles analysed",
                    "by this version are read from it, the others analysed and added."})
    Path cache;

    @Option(names = "--details", paramLabel = "FILE.jsonl",
            description = "Also write, per story, the roundup, The News, each lead as cut and their scores.")
    Path details;

    @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Mixin
    PerspectiveOptions sides;

    @Spec
    CommandSpec spec;

    private static final String NEWS = "The News";

    /** One scored text of one story. */
    record Scored(String story, String text, String side, String article, String cut, NeutralityScore score) {
    }

    @Override
    public Integer call() throws IOException {
        if (!grouping.equals("gold") && !grouping.equals("parallax")) {
            throw new ParameterException(spec.commandLine(), "--grouping must be gold or parallax, not '" + grouping + "'");
        }
        Map<String, String> roundups = roundups();
        Map<String, Map<String, String>> labels = labels();
        Map<String, String> storyByOrigin = labels.getOrDefault(field, Map.of());
        if (storyByOrigin.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "no line of " + storiesFile + " has a '" + field + "' field; name the story field with --field");
        }
        Pipeline pipeline = new Pipeline(sides.resolver(spec), threads);
        Corpus corpus = pipeline.read(List.of(storiesFile));
        List<Article> articles = corpus.articles().stream().filter(a -> !a.text().isBlank()).toList();
        List<AnalysedArticle> analysed = analyse(pipeline, articles);

        Map<String, String> story = new LinkedHashMap<>();
        Map<String, String> side = new HashMap<>();
        for (Article a : articles) {
            for (String origin : a.origins()) {
                String label = storyByOrigin.get(origin);
                if (label != null) {
                    story.putIfAbsent(a.id(), label);
                }
                String s = labels.getOrDefault(sideField, Map.of()).get(origin);
                if (s != null) {
                    side.putIfAbsent(a.id(), s);
                }
            }
        }
        Map<String, List<String>> gold = new LinkedHashMap<>();
        story.forEach((id, label) -> gold.computeIfAbsent(label, k -> new ArrayList<>()).add(id));
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<Story> briefed = grouping.equals("gold")
                ? gold.entrySet().stream().map(e -> new Story("gold-" + e.getKey(),
                        byId.get(e.getValue().getFirst()).title(), e.getValue(), "gold-" + e.getKey())).toList()
                : pipeline.cluster(analysed);
        Briefing briefing = pipeline.brief(analysed, briefed, side, corpus.problems());
        Map<String, String> sideOf = new HashMap<>();
        for (ArticleView v : briefing.articles()) {
            sideOf.put(v.id(), side.getOrDefault(v.id(), v.side() == null ? "unknown" : v.side()));
        }

        List<Scored> scored = new ArrayList<>();
        int missing = 0;
        int empty = 0;
        for (Map.Entry<String, List<String>> g : gold.entrySet()) {
            String roundup = roundups.get(g.getKey());
            if (roundup == null) {
                missing++;
                continue;
            }
            StoryBrief brief = storyOf(briefing, g.getValue());
            String news = String.join(" ", brief.news().stream().map(Grounded::text).toList());
            List<NeutralityScore.Word> reference = NeutralityScore.words(roundup);
            List<NeutralityScore.Word> newsWords = NeutralityScore.words(news);
            if (newsWords.isEmpty()) {
                empty++;
            }
            // One length for every text of the story: the shortest of the roundup, The News and the articles.
            int length = reference.size();
            if (!newsWords.isEmpty()) {
                length = Math.min(length, newsWords.size());
            }
            for (String id : g.getValue()) {
                length = Math.min(length, NeutralityScore.words(byId.get(id).text()).size());
            }
            scored.add(new Scored(g.getKey(), NEWS, "", "", cut(news, length),
                    NeutralityScore.of(news, roundup, length)));
            for (String id : g.getValue()) {
                String text = byId.get(id).text();
                scored.add(new Scored(g.getKey(), "lead", sideOf.get(id), id, cut(text, length),
                        NeutralityScore.of(text, roundup, length)));
            }
        }
        print(scored, gold.size(), missing, empty);
        consistency(Consistency.of(briefing));
        if (details != null) {
            writeDetails(scored, roundups);
        }
        return ExitCodes.OK;
    }

    /** The story briefing holding most of the gold story's articles (the gold story's own under gold grouping). */
    private static StoryBrief storyOf(Briefing briefing, List<String> articles) {
        return briefing.stories().stream()
                .max(Comparator.comparingLong((StoryBrief s) -> s.articles().stream().filter(articles::contains).count()))
                .orElseThrow();
    }

    /** The first {@code length} words of the text as the score counts them, for the details file. */
    private static String cut(String text, int length) {
        List<NeutralityScore.Word> words = NeutralityScore.words(text);
        return String.join(" ", words.subList(0, Math.min(length, words.size())).stream()
                .map(NeutralityScore.Word::stem).toList());
    }

    private void print(List<Scored> scored, int stories, int missing, int empty) {
        PrintWriter out = spec.commandLine().getOut();
        List<Scored> news = scored.stream().filter(s -> s.text().equals(NEWS)).toList();
        out.printf(Locale.ROOT, "corpus  %s: %d stories, %d with a roundup in %s, %d with an empty News (scored 0);"
                        + " grouping: %s%n", storiesFile, stories, news.size(), roundupsFile, empty, grouping);
        if (missing > 0) {
            out.printf(Locale.ROOT, "        %d stories have no roundup and are not scored%n", missing);
        }
        out.printf(Locale.ROOT, "%-24s %7s %7s %12s %8s %8s   %s%n", "text", "stories", "words", "unsupported",
                "ROUGE-1", "ROUGE-2", "The News on the same stories: unsupported, ROUGE-1, ROUGE-2; stories where "
                        + "The News has fewer unsupported words");
        row(out, NEWS, news, null);
        Map<String, Map<String, List<Scored>>> bySide = new TreeMap<>();
        scored.stream().filter(s -> !s.text().equals(NEWS)).forEach(s -> bySide
                .computeIfAbsent(s.side(), k -> new LinkedHashMap<>())
                .computeIfAbsent(s.story(), k -> new ArrayList<>()).add(s));
        Map<String, Scored> newsOf = new HashMap<>();
        news.forEach(n -> newsOf.put(n.story(), n));
        bySide.forEach((side, byStory) -> {
            // One figure per story: the mean over the side's articles in it.
            List<Scored> leads = byStory.entrySet().stream().map(e -> mean(e.getKey(), side, e.getValue())).toList();
            row(out, "lead: " + side, leads, newsOf);
        });
        List<Scored> any = scored.stream().filter(s -> !s.text().equals(NEWS))
                .collect(java.util.stream.Collectors.groupingBy(Scored::story, LinkedHashMap::new,
                        java.util.stream.Collectors.toList()))
                .entrySet().stream().map(e -> mean(e.getKey(), "any", e.getValue())).toList();
        row(out, "lead: any outlet", any, newsOf);
        out.flush();
    }

    /** The briefing's departures from its rules: both are 0 when each claim has one label and each item is shown once. */
    private void consistency(Consistency c) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "consistency  %d stories briefed: %d spans labelled both one-side and shared, %d items"
                + " shown twice in a story%n", c.stories(), c.mixedLabels(), c.repeats());
        c.examples().forEach(e -> out.printf("             %s%n", e));
        out.flush();
    }

    private static Scored mean(String story, String side, List<Scored> leads) {
        return new Scored(story, "lead", side, "", "", new NeutralityScore(
                (int) Math.round(average(leads, s -> s.score().words())),
                average(leads, s -> s.score().unsupported()), average(leads, s -> s.score().rouge1()),
                average(leads, s -> s.score().rouge2())));
    }

    private static void row(PrintWriter out, String label, List<Scored> rows, Map<String, Scored> newsOf) {
        String paired = "";
        if (newsOf != null) {
            List<Scored> same = rows.stream().map(r -> newsOf.get(r.story())).toList();
            long wins = rows.stream().filter(r -> newsOf.get(r.story()).score().unsupported() < r.score().unsupported())
                    .count();
            long ties = rows.stream().filter(r -> newsOf.get(r.story()).score().unsupported() == r.score().unsupported())
                    .count();
            paired = String.format(Locale.ROOT, "%.3f %.3f %.3f; %d won, %d tied, %d lost",
                    average(same, s -> s.score().unsupported()), average(same, s -> s.score().rouge1()),
                    average(same, s -> s.score().rouge2()), wins, ties, rows.size() - wins - ties);
        }
        out.printf(Locale.ROOT, "%-24s %7d %7.1f %12.3f %8.3f %8.3f   %s%n", label, rows.size(),
                average(rows, s -> s.score().words()), average(rows, s -> s.score().unsupported()),
                average(rows, s -> s.score().rouge1()), average(rows, s -> s.score().rouge2()), paired);
    }

    private static double average(List<Scored> rows, ToDoubleFunction<Scored> value) {
        return rows.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    private void writeDetails(List<Scored> scored, Map<String, String> roundups) throws IOException {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        StringBuilder out = new StringBuilder();
        Map<String, List<Scored>> byStory = new LinkedHashMap<>();
        scored.forEach(s -> byStory.computeIfAbsent(s.story(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<Scored>> e : byStory.entrySet()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("story", e.getKey());
            line.put("roundup", roundups.get(e.getKey()));
            line.put("texts", e.getValue().stream().map(s -> {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("text", s.text());
                t.put("side", s.side());
                t.put("article", s.article());
                t.put("words", s.score().words());
                t.put("unsupported", s.score().unsupported());
                t.put("rouge1", s.score().rouge1());
                t.put("rouge2", s.score().rouge2());
                t.put("cut", s.cut());
                return t;
            }).toList());
            out.append(json.writeValueAsString(line)).append('\n');
        }
        Files.writeString(details, out, StandardCharsets.UTF_8);
    }

    /**
     * Analyses the articles, reading and adding to the --cache corpus when given. The cache is only read (no lock,
     * so runs may share it) when it holds every analysis.
     */
    private List<AnalysedArticle> analyse(Pipeline pipeline, List<Article> articles) throws IOException {
        if (cache == null) {
            return pipeline.analyse(articles, ProgressBars.onStderr(quiet));
        }
        Map<String, AnalysedArticle> done = new HashMap<>();
        List<Article> todo = new ArrayList<>(articles);
        if (Files.isDirectory(cache.resolve("index"))) {
            try (CorpusIndex index = CorpusIndex.openForReading(cache)) {
                Map<String, CorpusIndex.Stamp> stamps = index.analysisStamps();
                todo.clear();
                for (Article a : articles) {
                    CorpusIndex.Stamp stamp = stamps.get(a.id());
                    var stored = stamp != null && stamp.version() == Pipeline.ANALYSIS_VERSION
                            ? index.analysis(a.id()) : java.util.Optional.<AnalysedArticle>empty();
                    if (stored.isPresent()) {
                        done.put(a.id(), stored.get());
                    } else {
                        todo.add(a);
                    }
                }
            }
        }
        if (!todo.isEmpty()) {
            Files.createDirectories(cache);
            try (CorpusIndex index = CorpusIndex.openForWriting(cache)) {
                for (AnalysedArticle a : pipeline.analyse(todo, ProgressBars.onStderr(quiet))) {
                    index.putAnalysis(a, Pipeline.ANALYSIS_VERSION);
                    done.put(a.id(), a);
                }
                index.commit();
            }
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "parallax: %d analyses read from %s, %d added%n",
                articles.size() - todo.size(), cache, todo.size());
        return articles.stream().map(a -> done.get(a.id())).toList();
    }

    /** The roundup text of each story id. */
    private Map<String, String> roundups() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(roundupsFile, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            JsonNode id = node.get(field);
            JsonNode text = node.get(roundupField);
            if (id != null && text != null && !text.asText().isBlank()) {
                out.put(id.asText(), text.asText());
            }
        }
        if (out.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no line of " + roundupsFile + " has both a '" + field
                    + "' and a '" + roundupField + "' field");
        }
        return out;
    }

    /**
     * The story id and side label of each record, by origin, read exactly as the ingester splits and names the
     * records ({@code FILE#N}), as {@code eval stories} reads its gold labels.
     */
    private Map<String, Map<String, String>> labels() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, String>> out = new HashMap<>();
        for (RawDocument d : new Ingester().ingest(List.of(storiesFile)).documents()) {
            if (d.format() == Format.RECORD) {
                JsonNode record = json.readTree(d.bytes());
                for (String name : List.of(field, sideField)) {
                    JsonNode value = record.get(name);
                    if (value != null && !value.isNull() && !value.asText().isBlank()) {
                        out.computeIfAbsent(name, k -> new HashMap<>()).put(d.origin(), value.asText());
                    }
                }
            }
        }
        return out;
    }
}
