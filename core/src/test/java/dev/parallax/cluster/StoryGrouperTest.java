package dev.parallax.cluster;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StoryGrouperTest {

    @Test
    void groupingDoesNotDependOnInputOrder() {
        List<AnnotatedArticle> articles = SampleCorpus.annotated();
        StoryGrouper grouper = new StoryGrouper();
        List<Story> reference = grouper.group(articles);
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            List<AnnotatedArticle> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);
            assertThat(grouper.group(shuffled)).isEqualTo(reference);
        }
    }

    @Test
    void everyArticleWithTextIsInExactlyOneStory() {
        List<Story> stories = new StoryGrouper(0.0).group(SampleCorpus.annotated());
        assertThat(stories).hasSize(1);
        assertThat(stories.getFirst().articles()).hasSize(4).doesNotHaveDuplicates();
        List<Story> apart = new StoryGrouper(1.01).group(SampleCorpus.annotated());
        assertThat(apart).hasSize(4).allSatisfy(s -> assertThat(s.articles()).hasSize(1));
    }
}
