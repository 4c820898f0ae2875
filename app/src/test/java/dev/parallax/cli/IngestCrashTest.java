package dev.parallax.cli;

import dev.parallax.index.BriefingStore;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.SentenceSplitter;
import dev.parallax.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code parallax ingest} in a child JVM exactly as a user would, kills it with SIGKILL during the analysis
 * (right after its first commit) and again while it groups and briefs the stories, runs it again, and checks that
 * the corpus holds every article, its analysis and its story placement exactly once, and that no story is lost.
 * Then kills {@code parallax reanalyze --all} after its first commit and checks that a plain {@code reanalyze} goes
 * on where it stopped.
 */
class IngestCrashTest {

    private static final int ARTICLES = 100;
    private static final String[] TOPICS = {"harbour", "vaccine", "election", "drought", "railway", "satellite",
            "tariff", "glacier", "orchestra", "refinery"};

    @TempDir
    Path tmp;

    @Test
    void rerunAfterKillNineLeavesEveryArticleExactlyOnce() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve(String.format("%03d.txt", i)), article(i));
        }
        SentenceSplitter splitter = new SentenceSplitter();
        int expectedSentences = new Pipeline().read(List.of(corpus)).articles().stream()
                .mapToInt(a -> splitter.split(a.text()).size()).sum();
        Path data = tmp.resolve("data");

        Process first = ingest(corpus, data, "--no-brief", "--quiet");
        killAtLine(first, "parallax: committed ");


        int committedBeforeKill;
        try (CorpusIndex index = CorpusIndex.openForReading(data)) {
            committedBeforeKill = index.counts().get("article");
        }
        assertThat(committedBeforeKill).isBetween(10, ARTICLES - 1);

        // The second run analyses the rest and is killed while it briefs the stories (before their commit).
        Process second = ingest(corpus, data);
        killAtLine(second, "parallax: brief ");
        try (CorpusIndex index = CorpusIndex.openForReading(data)) {
            assertThat(index.counts()).containsEntry("analysis", ARTICLES).containsEntry("member", 0)
                    .containsEntry("story", 0);
        }

        Run third = finish(ingest(corpus, data));
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(third.out()).contains("indexed " + ARTICLES + " inputs: 0 new articles (analysed 0), " + ARTICLES
                + " already in the corpus");
        assertThat(third.out()).contains("(" + ARTICLES + " articles placed, ");

        Run fourth = finish(ingest(corpus, data));
        assertThat(fourth.exit()).as(fourth.err()).isZero();
        assertThat(fourth.out()).contains("indexed " + ARTICLES + " inputs: 0 new articles (analysed 0), " + ARTICLES
                + " already");

        try (CorpusIndex index = CorpusIndex.openForReading(data)) {
            List<String> ids = index.articleIds();
            assertThat(ids).hasSize(ARTICLES);
            assertThat(new HashSet<>(ids)).hasSize(ARTICLES);
            Map<String, Integer> counts = index.counts();
            assertThat(counts).containsEntry("raw", ARTICLES).containsEntry("article", ARTICLES)
                    .containsEntry("sentence", expectedSentences).containsEntry("analysis", ARTICLES)
                    .containsEntry("member", ARTICLES);
            List<String> placed = index.memberships().stream().map(CorpusIndex.Membership::article).toList();
            assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
            assertThat(counts.get("story")).isEqualTo(index.storyIds().size()).isPositive();
            var briefing = new BriefingStore(data).latest().orElseThrow().briefing();
            assertThat(briefing.stories()).hasSize(counts.get("story"));
            assertThat(briefing.stories().stream().flatMap(st -> st.articles().stream()))
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
            assertThat(index.rawDocuments()).extracting(d -> Path.of(d.origin()).getFileName().toString())
                    .doesNotHaveDuplicates().hasSize(ARTICLES);
        }
    }

    @Test
    void reanalyzeAllKilledGoesOnWhereItStopped() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        int n = 30;
        for (int i = 0; i < n; i++) {
            Files.writeString(corpus.resolve(String.format("%03d.txt", i)), article(i));
        }
        Path data = tmp.resolve("data");
        Run ingest = finish(ingest(corpus, data, "--quiet"));
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        List<String> stories;
        try (CorpusIndex index = CorpusIndex.openForReading(data)) {
            stories = List.copyOf(index.storyIds());
        }

        Process all = reanalyze(data, "--all", "--quiet");
        killAtLine(all, "parallax: committed ");
        Run rest = finish(reanalyze(data, "--quiet"));
        assertThat(rest.exit()).as(rest.err()).isZero();
        Matcher m = Pattern.compile("analysed (\\d+) of " + n + " articles again").matcher(rest.out());
        assertThat(m.find()).as(rest.out()).isTrue();
        int redone = Integer.parseInt(m.group(1));
        assertThat(redone).as("the rerun redoes only what the killed run had not committed").isBetween(1, n - 10);

        Run again = finish(reanalyze(data, "--quiet"));
        assertThat(again.out()).contains("analysed 0 of " + n + " articles again");
        try (CorpusIndex index = CorpusIndex.openForReading(data)) {
            assertThat(index.counts()).containsEntry("article", n).containsEntry("analysis", n)
                    .containsEntry("member", n);
            assertThat(index.storyIds()).containsExactlyInAnyOrderElementsOf(stories);
            assertThat(index.marker("reanalyze-all")).isEmpty();
        }
    }

    private Process reanalyze(Path data, String... options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Xss8m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.parallax.cli.Main", "reanalyze", "--data", data.toString(), "--batch", "10"));
        cmd.addAll(List.of(options));
        return new ProcessBuilder(cmd).directory(tmp.toFile()).start();
    }

    private static String article(int i) {
        String topic = TOPICS[i % TOPICS.length];
        return "Report number " + i + " on the " + topic + "\n\n"
                + "Officials in district " + i + " said on Monday that the " + topic + " project would continue. "
                + "The council met " + (i * 7 % 31 + 1) + " times this year to discuss the " + topic + ". "
                + "Residents of block " + (1000 + i) + " asked for a public hearing before any decision.\n";
    }

    /** Reads the process's standard error until a line starts with {@code prefix}, then kills it with SIGKILL. */
    private static void killAtLine(Process p, String prefix) throws Exception {
        boolean seen = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    seen = true;
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no final commit
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the run printed '" + prefix + "' before it was killed").isTrue();
        assertThat(p.exitValue()).as("the run was killed, not finished").isNotZero();
    }

    private Process ingest(Path corpus, Path data, String... options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Xss8m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.parallax.cli.Main", "ingest", corpus.toString(), "--data", data.toString(), "--batch", "10"));
        cmd.addAll(List.of(options));
        return new ProcessBuilder(cmd).directory(tmp.toFile()).start();
    }

    record Run(int exit, String out, String err) {
    }

    private static Run finish(Process p) throws Exception {
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
