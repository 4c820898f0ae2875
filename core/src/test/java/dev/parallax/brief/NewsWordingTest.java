package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.annotate.Sentence;
import dev.parallax.cluster.TermVectors;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.FramingTerm;
import dev.parallax.core.Ids;
import dev.parallax.core.Metadata;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The News says what happened in the plainest wording the coverage offers, in the articles' own sentences. */
class NewsWordingTest {

    private static final String LOADED = "Senate Democrats rammed through a reckless, bloated spending spree on "
            + "Tuesday, voting 69 to 30 for the so-called \"infrastructure\" bill.";
    private static final String PLAIN = "The Senate passed the infrastructure bill on Tuesday by a vote of 69 to 30.";

    private static AnnotatedArticle left;
    private static AnnotatedArticle right;
    private static List<AnnotatedArticle> story;
    private static Map<String, String> sides;

    @BeforeAll
    static void annotate() {
        // The loaded wording leads its article; the plain wording of the same fact comes second in the other's.
        left = annotate(LOADED + " The bill now passes to the House, where a vote is expected in the autumn.");
        right = annotate("Washington had mild weather this week, with sunshine expected on most days. " + PLAIN
                + " The House is expected to vote on the bill in the autumn.");
        story = List.of(left, right);
        sides = Map.of(left.id(), "right", right.id(), "left");
    }

    private static AnnotatedArticle annotate(String text) {
        Article article = new Article(Ids.ofText(text), List.of("inline-" + Ids.ofText(text) + ".txt"),
                Ids.sha256(text), Format.TEXT, text, TextMap.none(), Metadata.EMPTY, List.of(), List.of());
        return CoreNlpAnnotator.shared().annotate(article);
    }

    @Test
    void amongSentencesTellingTheSameFactThePlainerOneLeadsEvenFromLaterInItsArticle() {
        List<Grounded> news = new NewsPicker().pick(story, TermVectors.of(story), Comparison.EMPTY, sides);

        assertThat(news).isNotEmpty();
        assertThat(news.getFirst().text()).isEqualTo(PLAIN);
        assertThat(news).extracting(Grounded::text).doesNotContain(LOADED);
    }

    @Test
    void wordsNoOtherSideUsesWordsInQuotationMarksAndFramingTermsColourASentence() {
        Sentence loaded = left.sentences().getFirst();
        Sentence plain = right.sentences().get(1);
        Set<String> usedByRight = lemmas(right);
        Set<String> usedByLeft = lemmas(left);

        NewsPicker.Wording l = NewsPicker.wording(left, loaded, usedByRight, Set.of(), false);
        NewsPicker.Wording p = NewsPicker.wording(right, plain, usedByLeft, Set.of(), false);

        assertThat(l.colour()).isGreaterThan(0.4);
        assertThat(p.colour()).isLessThan(0.2);
        // Quoted words count even when the other side uses them ("infrastructure").
        NewsPicker.Wording quoted = NewsPicker.wording(left, loaded, usedByLeft, Set.of(), false);
        assertThat(quoted.coloured()).isEqualTo(1);
        // A framing term of a side colours the words of the term.
        NewsPicker.Wording framed = NewsPicker.wording(right, plain, usedByLeft, Set.of("pass"), false);
        assertThat(framed.coloured()).isEqualTo(p.coloured() + 1);
        // Reported speech of one voice costs more than the same words stated.
        assertThat(NewsPicker.wording(right, plain, usedByLeft, Set.of(), true).colour())
                .isGreaterThan(p.colour());
    }

    @Test
    void framingTermsFoundByTheContrastColourTheSentencesThatUseThem() {
        List<FramingTerm> terms = List.of(term("passed"), term("infrastructure bill"), term("vote"));
        Comparison framed = new Comparison(List.of("left", "right"), List.of(), terms);

        List<Grounded> news = new NewsPicker().pick(story, TermVectors.of(story), framed, sides);

        assertThat(news).isNotEmpty();
        assertThat(news.getFirst().text()).isNotEqualTo(PLAIN);
    }

    @Test
    void everyItemIsOneWholeSentenceOfOneArticleCitedByItsSpan() {
        List<Grounded> news = new NewsPicker().pick(story, TermVectors.of(story), Comparison.EMPTY, sides);

        assertThat(news).allSatisfy(g -> {
            assertThat(g.sources()).hasSize(1);
            SourceRef ref = g.sources().getFirst();
            AnnotatedArticle a = ref.article().equals(left.id()) ? left : right;
            assertThat(ref.span().of(a.text())).isEqualTo(g.text());
            assertThat(a.sentences()).extracting(Sentence::span).contains(ref.span());
        });
    }

    private static FramingTerm term(String words) {
        return new FramingTerm("left", words, 3.0, 2, 1, List.of(), Optional.empty());
    }

    private static Set<String> lemmas(AnnotatedArticle a) {
        return Set.copyOf(a.sentences().stream().flatMap(s -> s.tokens().stream())
                .map(t -> t.lemma().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
