package dev.parallax.attribute;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String text) {
        return finder.find(text, "t").quotations().stream().map(q -> q.span().of(text)).toList();
    }

    @Test
    void findsEveryCommonQuotationStyle() {
        String text = "He said “curly” and \"straight\" and «angled» and 「corner」 and ‘single’.";
        assertThat(quotes(text)).containsExactly("“curly”", "\"straight\"", "«angled»", "「corner」", "‘single’");
    }

    @Test
    void takesApostrophesForApostrophes() {
        assertThat(quotes("China’s leaders don’t agree; the players’ union did.")).isEmpty();
        assertThat(quotes("She called it ‘China’s moment’ today.")).containsExactly("‘China’s moment’");
    }

    @Test
    void readsDoubledApostrophesAsDoubleQuotes() {
        String text = "''It's a good day,'' said Mr. Smith.";
        assertThat(quotes(text)).containsExactly("''It's a good day,''");
    }

    @Test
    void pairsMixedCurlyAndStraightMarks() {
        assertThat(quotes("“At this point, I don’t think so,\" said the mayor.")).hasSize(1);
    }

    @Test
    void linksAQuotationLeftOpenAtAParagraphEndToTheNextParagraph() {
        String text = "“The first paragraph goes on,” she said. “And on\n\n“Then it ends here.”";
        List<Quotation> found = finder.find(text, "t").quotations();
        assertThat(found).hasSize(3);
        assertThat(found.get(1).continues()).isFalse();
        assertThat(found.get(2).continues()).isTrue();
    }

    @Test
    void reportsAQuotationThatNeverCloses() {
        QuoteFinder.Found found = finder.find("He said “this never ends.\n\nA new paragraph.", "doc.txt");
        assertThat(found.quotations()).isEmpty();
        assertThat(found.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith("doc.txt@");
            assertThat(p.message()).contains("never closed");
        });
    }
}
