package dev.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutletMentionsTest {

    private final OutletRegistry registry = OutletRegistry.bundled();

    private List<String> found(String text) {
        return registry.mentions(text).stream().map(m -> m.span().of(text) + "=" + m.outlet().id()).toList();
    }

    @Test
    void findsCitedOutletsInASentence() {
        String text = "“We are not there yet,” Reuters quoted one US official, according to The Washington Post"
                + " and the Global Times.";
        assertThat(found(text)).containsExactly("Reuters=reuters", "The Washington Post=wapo", "Global Times=globaltimes");
    }

    @Test
    void lowerCaseTheBeforeAMultiWordNameIsPartOfTheMention() {
        assertThat(found("as first reported by the Washington Post on Monday"))
                .containsExactly("the Washington Post=wapo");
    }

    @Test
    void prefersTheLongestName() {
        assertThat(found("Lee told Bloomberg TV on Monday.")).containsExactly("Bloomberg TV=bloomberg");
        assertThat(found("Insights from South China Morning Post, Bloomberg’s The China Show"))
                .containsExactly("South China Morning Post=scmp", "Bloomberg=bloomberg");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(found("The APEC summit and the Reutersfeld report")).isEmpty();
        assertThat(found("the AP reported")).containsExactly("AP=ap");
    }

    @Test
    void keepsTheRegistrysCapitalisationSoCommonWordsAreNotOutlets() {
        assertThat(found("At the time, the hill was quiet and the sun set over the atlantic.")).isEmpty();
        assertThat(found("According to a report by Time, the summit")).containsExactly("Time=time");
    }

    @Test
    void ignoresNamesThatEndALongerInstitutionName() {
        assertThat(found("the Chinese Ministry of Foreign Affairs accused the US")).isEmpty();
        assertThat(found("an essay in Foreign Affairs, the journal of the Council on Foreign Relations"))
                .containsExactly("Foreign Affairs=foreignaffairs");
        assertThat(found("China’s Xinhua and Japan's NHK")).containsExactly("Xinhua=xinhua", "NHK=nhk");
    }

    @Test
    void singleWordNamesWithTheNeedTheirListedSpelling() {
        assertThat(found("Senators on the Hill told the Guardian")).containsExactly("the Guardian=guardian");
    }

    @Test
    void spansStayInsideTheText() {
        String text = "Xinhua, TASS and AFP; also CGTN and NHK World.";
        assertThat(registry.mentions(text)).hasSize(5)
                .allSatisfy(m -> assertThat(m.span().end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void mentionsOfRandomTextAreOrderedInBoundsAndAgreeWithLookupByName() {
        Random random = new Random(20231113);
        List<String> pieces = new ArrayList<>(List.of("the", "said", "of", "Ministry", ",", "’s", "\n", "“", "told"));
        registry.outlets().forEach(o -> pieces.addAll(o.names()));
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 30; k++) {
                text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextBoolean() ? " " : "");
            }
            String t = text.toString();
            int previousEnd = 0;
            for (OutletMention m : registry.mentions(t)) {
                assertThat(m.span().start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.span().end()).isLessThanOrEqualTo(t.length());
                assertThat(registry.byName(m.span().of(t))).as(t).contains(m.outlet());
                previousEnd = m.span().end();
            }
        }
    }

    @Test
    void textWithoutOutletsHasNoMentions() {
        assertThat(registry.mentions("")).isEmpty();
        assertThat(registry.mentions("Nothing to see here.")).isEmpty();
    }
}
