package dev.parallax.cluster;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StoryClustererTest {

    private static Story storyOf(List<Story> stories, String articleId) {
        return stories.stream().filter(s -> s.articles().contains(articleId)).findFirst().orElseThrow();
    }

    @Test
    void putsTheTwoGenevaReportsInOneEventAndTheOpEdInTheSameStoryline() {
        List<Story> stories = new StoryClusterer().cluster(SampleCorpus.analysed());
        String semafor = SampleCorpus.article("000").id();
        String bletchley = SampleCorpus.article("001").id();
        String gtNews = SampleCorpus.article("002").id();
        String gtOpEd = SampleCorpus.article("003").id();
        assertThat(storyOf(stories, semafor).articles()).contains(gtNews);
        assertThat(storyOf(stories, bletchley).articles()).doesNotContain(semafor, gtNews);
        assertThat(storyOf(stories, gtOpEd).storyline()).isEqualTo(storyOf(stories, gtNews).storyline());
        assertThat(stories.stream().flatMap(s -> s.articles().stream())).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void readsTermsNamesAndNumbersOfTheLeadOnly() {
        var semafor = SampleCorpus.analysed("000");
        ArticleSignal signal = StoryClusterer.signal(semafor);
        String text = semafor.annotated().text();
        assertThat(text.indexOf("undergraduate")).as("a word of a later paragraph").isGreaterThan(StoryClusterer.LEAD_CHARS);
        assertThat(TermVectors.counts(semafor.annotated())).containsKey("undergraduate");
        assertThat(signal.terms()).doesNotContainKey("undergraduate").containsKeys("geneva", "talk");
        assertThat(signal.entities()).contains("geneva").doesNotContain("bloomberg");
        assertThat(signal.numbers()).as("the 60 countries are stated further down").isEmpty();
    }

    @Test
    void clusteringDoesNotDependOnInputOrder() {
        StoryClusterer clusterer = new StoryClusterer();
        List<ArticleSignal> signals = clusterer.signals(SampleCorpus.analysed());
        StoryIndex reference = new StoryIndex();
        reference.add(signals);
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            List<ArticleSignal> shuffled = new ArrayList<>(signals);
            Collections.shuffle(shuffled, random);
            StoryIndex index = new StoryIndex();
            index.add(shuffled);
            assertThat(index.stories()).isEqualTo(reference.stories());
        }
    }

    @Test
    void storyIdsStayTheSameWhenMoreArticlesArrive() {
        List<ArticleSignal> signals = new StoryClusterer().signals(SampleCorpus.analysed());
        StoryIndex index = new StoryIndex();
        index.add(signals.subList(0, 2));
        List<String> before = index.stories().stream().map(Story::id).toList();
        index.add(signals.subList(2, signals.size()));
        index.add(signals.subList(0, 1)); // an article seen before is ignored
        assertThat(index.stories().stream().map(Story::id)).containsAll(before);
        assertThat(index.size()).isEqualTo(signals.size());
    }
}
