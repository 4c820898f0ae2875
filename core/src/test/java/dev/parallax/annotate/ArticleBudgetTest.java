package dev.parallax.annotate;

import dev.parallax.core.Ids;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis budget with the real CoreNLP annotator over texts of 1 MB and 10 MB made here. */
class ArticleBudgetTest {

    private static final String PARAGRAPH = """
            GENEVA, May 14 (Reuters) - Officials from Washington and Beijing met on Tuesday to talk about the risks \
            of artificial intelligence. "We were candid," said Jake Sullivan, the US national security adviser. \
            China's foreign ministry said the talks were constructive.

            """;

    private static Article article(String text) {
        return new Article(Ids.ofText(text), List.of("long.txt"), Ids.sha256(text), Format.TEXT, text,
                TextMap.identity(text.length()), Metadata.EMPTY, List.of(), List.of());
    }

    /** Paragraphs numbered so no two are alike, cut to exactly {@code chars} characters. */
    private static String text(int chars) {
        StringBuilder b = new StringBuilder(chars + PARAGRAPH.length() + 16);
        for (int i = 1; b.length() < chars; i++) {
            b.append(i).append(". ").append(PARAGRAPH);
        }
        return b.substring(0, chars);
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {1 << 20, 10 << 20})
    void analysesTheBudgetAndKeepsTheRestWithAProblemNamingIt(int chars) {
        String text = text(chars);
        ArticleBudget budget = new ArticleBudget(3_000, 1_500, Duration.ofHours(1));

        AnnotatedArticle annotated = budget.annotate(article(text), CoreNlpAnnotator.shared()::annotate);

        assertThat(annotated.text()).isSameAs(text);
        assertThat(annotated.sentences()).hasSizeGreaterThan(10);
        for (int i = 0; i < annotated.sentences().size(); i++) {
            Sentence s = annotated.sentences().get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.span().end()).isLessThanOrEqualTo(3_000);
            for (Token t : s.tokens()) {
                assertThat(t.span().of(text)).isEqualTo(t.word());
            }
        }
        assertThat(annotated.entities()).allSatisfy(e -> assertThat(e.span().of(text)).isEqualTo(e.text()));
        assertThat(annotated.entities()).extracting(EntityMention::text).contains("Jake Sullivan", "Beijing");
        int analysed = annotated.sentences().getLast().span().end();
        assertThat(annotated.problems()).singleElement().satisfies(p -> {
            assertThat(p.isInternal()).isFalse();
            assertThat(p.location()).isEqualTo("long.txt");
            assertThat(p.message())
                    .matches("characters [\\d,]+-[\\d,]+ of [\\d,]+ \\(from \".*…\"\\) are not analysed: .*")
                    .contains("-" + String.format("%,d", chars) + " of " + String.format("%,d", chars) + " (from")
                    .contains("the text is longer than the analysis budget of 3,000 characters per article");
            int from = Integer.parseInt(p.message().replaceAll("^characters ([\\d,]+)-.*", "$1").replace(",", ""));
            assertThat(from).isBetween(analysed, 3_000);
        });
    }

    @Test
    void stopsAfterThePieceThatReachedTheTimeBudget() {
        String text = text(20_000);
        AtomicLong clock = new AtomicLong();
        // Each reading of the clock is a minute later: the first piece is analysed, then the minute budget is spent.
        ArticleBudget budget = new ArticleBudget(50_000, 2_000, Duration.ofMinutes(1),
                () -> clock.getAndAdd(Duration.ofMinutes(1).toNanos()));

        AnnotatedArticle annotated = budget.annotate(article(text), CoreNlpAnnotator.shared()::annotate);

        int analysed = annotated.sentences().getLast().span().end();
        assertThat(analysed).isBetween(1_000, 2_000);
        assertThat(annotated.problems()).extracting(Problem::message).singleElement().asString()
                .contains("of 20,000")
                .contains("are not analysed: its analysis reached the time budget of 60 s per article");
    }

    @Test
    void aTextWithinTheBudgetIsAnnotatedWhole() {
        String text = text(1_200);
        ArticleBudget budget = new ArticleBudget(3_000, 1_500, Duration.ofHours(1));

        AnnotatedArticle annotated = budget.annotate(article(text), CoreNlpAnnotator.shared()::annotate);

        assertThat(annotated.problems()).isEmpty();
        assertThat(annotated.sentences().getLast().span().end()).isGreaterThan(1_100);
    }

    @Test
    void piecesEndAtParagraphsThenSentencesAndNeverSplitACharacter() {
        String text = "First paragraph.\n\nSecond one. It goes on and on and on";
        assertThat(ArticleBudget.cut(text, 0, 30)).isEqualTo("First paragraph.\n\n".length());
        assertThat(ArticleBudget.cut(text, 18, 36)).isEqualTo(text.indexOf("It"));
        assertThat(ArticleBudget.cut("aaaa bbbb cccc", 0, 12)).isEqualTo("aaaa bbbb ".length());
        assertThat(ArticleBudget.cut("aaaabbbbcccc", 0, 8)).isEqualTo(8);
        assertThat(ArticleBudget.cut(text, 0, 1_000)).isEqualTo(text.length());
        String emoji = "😀".repeat(20);
        assertThat(ArticleBudget.cut(emoji, 0, 11)).isEqualTo(10);
        assertThat(ArticleBudget.cut(emoji, 10, 11)).isEqualTo(12);
    }
}
