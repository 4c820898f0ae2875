package dev.parallax.pipeline;

import dev.parallax.annotate.Sentence;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The News of the sample corpus: what happened at the Geneva talks, in whole sentences from both sides' coverage. */
class TheNewsTest {

    private static Briefing briefing;
    private static Map<String, List<Span>> sentences;

    @BeforeAll
    static void brief() {
        List<AnalysedArticle> analysed = SampleCorpus.analysed();
        briefing = new Pipeline().brief(analysed, SampleCorpus.corpus().problems());
        sentences = analysed.stream().collect(Collectors.toMap(AnalysedArticle::id,
                a -> a.annotated().sentences().stream().map(Sentence::span).toList()));
    }

    private static StoryBrief geneva() {
        return briefing.stories().stream()
                .filter(s -> s.news().stream().anyMatch(g -> g.text().contains("Geneva"))).findFirst().orElseThrow();
    }

    @Test
    void theNewsOfTheTalksIsAboutGenevaFromBothSidesCoverage() {
        StoryBrief story = geneva();

        assertThat(story.news()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(story.news()).flatExtracting(Grounded::sources).extracting(SourceRef::article)
                .extracting(id -> briefing.article(id).side()).contains("United States", "China");
    }

    @Test
    void everyItemOfTheNewsIsOneWholeSentenceOfOneArticleWithItsSpan() {
        List<Grounded> news = briefing.stories().stream().flatMap(s -> s.news().stream()).toList();

        assertThat(news).isNotEmpty().allSatisfy(g -> {
            assertThat(g.sources()).hasSize(1);
            SourceRef ref = g.sources().getFirst();
            ArticleView article = briefing.article(ref.article());
            assertThat(ref.span().of(article.text())).isEqualTo(g.text());
            assertThat(sentences.get(ref.article())).contains(ref.span());
        });
    }
}
