package dev.parallax.extract;

import dev.parallax.core.Metadata;
import dev.parallax.core.Span;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextPageCleanerTest {

    private final TextPageCleaner cleaner = new TextPageCleaner();

    private static String sample(String name) throws IOException {
        try (InputStream in = TextPageCleanerTest.class.getResourceAsStream("/ai-talks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Article clean(String text) {
        return cleaner.extract(new RawDocument("page.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT, Metadata.EMPTY));
    }

    /** Lines of the raw text that are sentences (end like one and are long): the body paragraphs. */
    private static List<String> bodyParagraphs(String raw) {
        return Arrays.stream(raw.split("\n")).map(String::strip)
                .filter(l -> l.split("\\s+").length > 12 && l.matches(".*[.!?\"”]$"))
                .filter(l -> !l.startsWith("The author is"))
                .toList();
    }

    @Test
    void dropsEveryFurnitureLineOfCopiedPagesAndKeepsEveryBodyParagraph() throws IOException {
        List<String> furniture = List.of("icon", "Arrow Down", "Source icon", "Title icon", "Microsoft logo",
                "Semafor Logo", "share", "Photo: CFP", "Published:", "CHINA", "China US", "Supported by",
                "SIGNALS", "Semafor Signals", "The author is", "Musk promotes his own AI");
        for (String name : List.of("000_be6de4bd62aa57b5.txt", "001_4f27c6cf54a86f25.txt",
                "002_7ea9eeeb3fa4b8c8.txt", "003_183bc626ba84cb9a.txt")) {
            String raw = sample(name);
            Article article = clean(raw);
            for (String line : article.text().split("\n")) {
                assertThat(furniture).as("furniture in %s: %s", name, line)
                        .noneMatch(f -> line.strip().startsWith(f));
            }
            for (String paragraph : bodyParagraphs(raw)) {
                assertThat(article.text()).as(name).contains(paragraph);
            }
            assertThat(article.text()).as("title is metadata, not body").doesNotStartWith(article.title());
        }
    }

    @Test
    void turnsMetadataLinesIntoMetadataWithEvidence() throws IOException {
        Article gt = clean(sample("002_7ea9eeeb3fa4b8c8.txt"));
        assertThat(gt.title()).isEqualTo("US urged to abandon self-imposed constraints of technological protectionism before first high-level AI talks with China");
        assertThat(gt.meta().published()).hasValueSatisfying(p -> {
            assertThat(p.value()).isEqualTo("2024-05-14T20:21");
            assertThat(p.evidence()).contains("Published: May 14, 2024 08:21 PM");
        });
        assertThat(Metadata.valueOf(gt.meta().section())).contains("DIPLOMACY");
        assertThat(Metadata.valueOf(gt.meta().type())).isEqualTo("news");

        Article op = clean(sample("003_183bc626ba84cb9a.txt"));
        assertThat(op.meta().type()).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualTo("opinion");
            assertThat(t.evidence()).contains("The author is");
        });
        assertThat(Metadata.valueOf(op.meta().published())).isEqualTo("2024-02-11T11:48");

        Article semafor = clean(sample("000_be6de4bd62aa57b5.txt"));
        assertThat(semafor.outlet()).isEqualTo("Semafor");
        assertThat(semafor.meta().outlet().orElseThrow().evidence()).contains("logo");
    }

    @Test
    void keepsSubheadingsInsideTheBodyButDropsAHeadlineAfterIt() {
        String raw = """
                Ministers meet in Geneva

                The ministers met on Monday to discuss the accord, officials said in a statement.

                What comes next for the talks

                Negotiators will return next month to settle the remaining questions, the statement said.

                Another story you may like
                """;
        Article a = clean(raw);
        assertThat(a.title()).isEqualTo("Ministers meet in Geneva");
        assertThat(a.text()).contains("What comes next for the talks").doesNotContain("Another story");
        assertThat(a.dropped()).anySatisfy(d -> assertThat(d.reason()).contains("trailing headline"));
    }

    @Test
    void readsBylinesCopyrightAndOpinionKickers() {
        String raw = """
                OPINION
                Why the accord matters
                By Jane Doe and John Roe
                Updated: 3 June 2024 10:15 BST

                The accord signed this week is the most important in a decade, and it deserves a careful reading.

                © 2024 The Daily Planet. All rights reserved.
                """;
        Article a = clean(raw);
        assertThat(a.meta().authors()).extracting(x -> x.value()).containsExactly("Jane Doe", "John Roe");
        assertThat(Metadata.valueOf(a.meta().modified())).isEqualTo("2024-06-03T10:15+01:00");
        assertThat(a.outlet()).isEqualTo("The Daily Planet");
        assertThat(Metadata.valueOf(a.meta().type())).isEqualTo("opinion");
        assertThat(a.text()).isEqualTo("The accord signed this week is the most important in a decade, and it deserves a careful reading.");
    }

    @Test
    void mapsEveryKeptLineBackToItsRawCharacters() throws IOException {
        String raw = sample("000_be6de4bd62aa57b5.txt");
        Article a = clean(raw);
        for (String paragraph : a.text().split("\n+")) {
            int start = a.text().indexOf(paragraph);
            Span rawSpan = a.map().toRaw(new Span(start, start + paragraph.length()));
            assertThat(rawSpan.of(raw)).isEqualTo(paragraph);
        }
        for (Article.Dropped d : a.dropped()) {
            assertThat(d.raw().of(raw)).isEqualTo(d.line());
        }
    }

    @Test
    void recordsAWrongEncodingAndStillReadsTheText() {
        byte[] latin1 = "Caf\u00e9 owners said the new rules were unfair to small businesses.".getBytes(StandardCharsets.ISO_8859_1);
        Article a = cleaner.extract(new RawDocument("cafe.txt", latin1, Format.TEXT, Metadata.EMPTY));
        assertThat(a.text()).startsWith("Café owners");
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not valid UTF-8: byte 0xE9 at offset 3 (line 1)")
                .contains("decoded as Windows-1252")
                .doesNotContain("Input length"));
    }

    @Test
    void takesAHeadlineOpenedByASpeakerAndAColonForTheTitleNotForALabel() {
        String raw = """
                Graham: Trump's Rhetoric Is Destroying the Party's Chance to Win
                Tags: AI, China, Geneva

                The senator spoke on Sunday and repeated the warning he gave in March, his office said.
                """;
        Article a = clean(raw);
        assertThat(a.title()).isEqualTo("Graham: Trump's Rhetoric Is Destroying the Party's Chance to Win");
        assertThat(a.dropped()).anySatisfy(d -> {
            assertThat(d.line()).startsWith("Tags:");
            assertThat(d.reason()).isEqualTo("label line");
        });
    }

    @Test
    void readsAnOpinionPrefixOnAFirstLineThatLooksLikeALabel() {
        String raw = """
                Opinion: The accord deserves a more careful reading than it got

                The accord signed this week is the most important in a decade, and it deserves a careful reading.
                """;
        Article a = clean(raw);
        assertThat(a.title()).isEqualTo("Opinion: The accord deserves a more careful reading than it got");
        assertThat(Metadata.valueOf(a.meta().type())).isEqualTo("opinion");
    }

    @Test
    void keepsAFirstLineThatEndsWithAQuotedSentenceAsBody() {
        String raw = """
                Photo: Xinhua News Agency reporter Li Wei
                Poll: Clinton and Trump in dead heat heading into first debate.
                De Blasio says the blast was an 'intentional act.'

                Officials spoke at the scene on Saturday night and promised a full investigation, the mayor said.
                """;
        Article a = clean(raw);
        assertThat(a.text()).startsWith("Poll: Clinton and Trump in dead heat heading into first debate.\n"
                + "De Blasio says the blast was an 'intentional act.'");
        assertThat(a.dropped()).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("photo credit"));
    }

    @Test
    void recordsAnEmptyArticle() {
        Article a = clean("icon\nshare\n");
        assertThat(a.text()).isEmpty();
        assertThat(a.problems()).anySatisfy(p -> assertThat(p.message()).contains("no article text"));
    }
}
