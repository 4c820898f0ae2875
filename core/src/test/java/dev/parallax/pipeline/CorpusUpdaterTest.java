package dev.parallax.pipeline;

import dev.parallax.brief.Briefing;
import dev.parallax.brief.StoryBrief;
import dev.parallax.core.Progress;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.index.BgeSmallEmbedder;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IndexReport;
import dev.parallax.index.Indexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus that grows: each update in a fresh updater over a reopened index, as a new process would see it, with the
 * sample's real analyses (made once per test run and counted as they are asked for).
 */
class CorpusUpdaterTest {

    @TempDir
    Path tmp;

    private final Map<String, Integer> analysedTimes = new HashMap<>();

    private List<AnalysedArticle> analyse(List<Article> articles, Progress progress) {
        Map<String, AnalysedArticle> sample = SampleCorpus.analysed().stream()
                .collect(Collectors.toMap(AnalysedArticle::id, Function.identity()));
        return articles.stream().map(a -> {
            analysedTimes.merge(a.id(), 1, Integer::sum);
            return sample.get(a.id());
        }).toList();
    }

    private CorpusUpdater.Update ingest(String... files) throws IOException {
        return ingest(tmp, new Pipeline(), files);
    }

    private CorpusUpdater.Update ingest(Path dir, Pipeline pipeline, String... files) throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(dir)) {
            CorpusUpdater updater = new CorpusUpdater(pipeline, (Indexer.Analyser) this::analyse, index,
                    new BgeSmallEmbedder(pipeline.threads()), 16);
            List<Path> inputs = java.util.Arrays.stream(files).map(f -> file(f)).toList();
            IndexReport report = updater.index(inputs, Progress.NONE, n -> { });
            assertThat(report.analysed()).isEqualTo(report.added());
            return updater.update(report.problems(), Progress.NONE);
        }
    }

    private static Path file(String prefix) {
        return SampleCorpus.directory().resolve(switch (prefix) {
            case "000" -> "000_be6de4bd62aa57b5.txt";
            case "001" -> "001_4f27c6cf54a86f25.txt";
            case "002" -> "002_7ea9eeeb3fa4b8c8.txt";
            default -> "003_183bc626ba84cb9a.txt";
        });
    }

    private static StoryBrief storyOf(Briefing b, String articleId) {
        return b.stories().stream().filter(s -> s.articles().contains(articleId)).findFirst().orElseThrow();
    }

    @Test
    void storyIdsStayAndOnlyTheStoryThatGainedAnArticleIsBriefedAgain() throws IOException {
        String semafor = SampleCorpus.analysed("000").id();
        String summit = SampleCorpus.analysed("001").id();
        String gtNews = SampleCorpus.analysed("002").id();

        CorpusUpdater.Update first = ingest("000", "001");
        assertThat(first.placed()).isEqualTo(2);
        assertThat(first.storiesBriefed()).isEqualTo(first.stories());
        Briefing before = first.version().briefing();
        StoryBrief geneva = storyOf(before, semafor);
        StoryBrief bletchley = storyOf(before, summit);

        // The Global Times report of the Geneva talks arrives in a later run: it joins the Semafor story.
        CorpusUpdater.Update second = ingest("002");
        assertThat(second.placed()).isEqualTo(1);
        assertThat(second.storiesBriefed()).isEqualTo(1);
        Briefing after = second.version().briefing();
        assertThat(second.version().number()).isEqualTo(first.version().number() + 1);
        assertThat(storyOf(after, gtNews).id()).isEqualTo(geneva.id());
        assertThat(storyOf(after, gtNews).articles()).containsExactlyInAnyOrder(semafor, gtNews);
        assertThat(after.stories()).extracting(StoryBrief::id).containsAll(before.stories().stream()
                .map(StoryBrief::id).toList());
        // The story that gained nothing keeps its stored briefing, untouched.
        assertThat(storyOf(after, summit)).isEqualTo(bletchley);

        // Nothing new: nothing analysed, placed or briefed; the briefing version stays.
        CorpusUpdater.Update third = ingest("000", "001", "002");
        assertThat(third.placed()).isZero();
        assertThat(third.storiesBriefed()).isZero();
        assertThat(third.version().number()).isEqualTo(second.version().number());
        assertThat(analysedTimes).containsOnlyKeys(semafor, summit, gtNews).allSatisfy((id, n) -> assertThat(n).isOne());
    }

    @Test
    void oneThreadAndTwoThreadsBriefTheSameStories() throws IOException {
        // The update reads the arriving analyses and briefs the stories on the pipeline's threads.
        Briefing one = ingest(tmp.resolve("one"), new Pipeline(dev.parallax.resolve.Resolver.bundled(), 1),
                "000", "001", "002", "003").version().briefing();
        Briefing two = ingest(tmp.resolve("two"), new Pipeline(dev.parallax.resolve.Resolver.bundled(), 2),
                "000", "001", "002", "003").version().briefing();
        assertThat(two.stories()).hasSize(3);
        assertThat(two.stories()).isEqualTo(one.stories());
        assertThat(two.timeline()).isEqualTo(one.timeline());
    }
}
