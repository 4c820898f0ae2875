package dev.parallax.annotate;

import dev.parallax.core.Metadata;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Articles;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names with periods in them stay inside one sentence, wherever they stand in it, and so does a sentence going on. */
class GluedNameJoinerTest {

    private static final List<String> NAMES = List.of("01.AI", "U.S.", "No. 10", "U.K.", "U.N.", "Amazon.com",
            "Character.AI", "St. Louis", "Washington, D.C.", "Gov. Newsom", "Mr. Biden", "Dr. Lee", "Inflection.ai");

    private static AnnotatedArticle annotate(String text) {
        RawDocument doc = new RawDocument("inline.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT,
                Metadata.EMPTY);
        return CoreNlpAnnotator.shared().annotate(Articles.of(doc, text, TextMap.identity(text.length()),
                Metadata.EMPTY, List.of(), List.of()));
    }

    @Test
    void keepsANameInsideTheSentenceItOpens() {
        for (String name : NAMES) {
            String text = "Talks went on. " + name + " said so on Monday, according to a statement.";
            AnnotatedArticle a = annotate(text);
            assertThat(a.sentences()).as(name).extracting(s -> s.text(text))
                    .containsExactly("Talks went on.", name + " said so on Monday, according to a statement.");
        }
    }

    @Test
    void keepsANameInsideTheSentenceItStandsIn() {
        for (String name : NAMES) {
            String text = "A statement from " + name + " on Monday said the talks would go on. Officials agreed.";
            AnnotatedArticle a = annotate(text);
            assertThat(a.sentences()).as(name).extracting(s -> s.text(text)).containsExactly(
                    "A statement from " + name + " on Monday said the talks would go on.", "Officials agreed.");
        }
    }

    @Test
    void readsAStartupNameThatBeginsWithDigitsAsOneToken() {
        String text = "Chinese companies are rolling out new systems quickly. 01.AI, a startup founded by "
                + "Chinese tech pioneer Kai-Fu Lee last March, rolled out a new app Monday.";
        AnnotatedArticle a = annotate(text);
        assertThat(a.sentences()).hasSize(2);
        Sentence second = a.sentences().get(1);
        assertThat(second.tokens().getFirst().word()).isEqualTo("01.AI");
        assertThat(second.tokens().getFirst().span().of(text)).isEqualTo("01.AI");
        assertThat(second.tokens()).extracting(Token::word).contains("rolled", "Monday");
        // The parse covers the joined sentence: every token has its arc.
        assertThat(second.dependencies()).hasSize(second.tokens().size());
        for (int i = 0; i < second.tokens().size(); i++) {
            assertThat(second.parentArc(i).dependent()).isEqualTo(i);
        }
    }

    @Test
    void joinsASentenceThatGoesOnInLowerCase() {
        String text = "Sen. Dana Whitfield (D-N.Y.) told reporters the vote would wait. “Are you ready?” the clerk "
                + "asked, and the room went quiet. The crowd chanted “Why not now!” and kept marching.\n\n"
                + "eBay said it would appeal. iPhone sales fell.";
        AnnotatedArticle a = annotate(text);
        assertThat(a.sentences()).extracting(s -> s.text(text)).containsExactly(
                "Sen. Dana Whitfield (D-N.Y.) told reporters the vote would wait.",
                "“Are you ready?” the clerk asked, and the room went quiet.",
                "The crowd chanted “Why not now!” and kept marching.",
                "eBay said it would appeal.", "iPhone sales fell.");
    }
}
