package dev.parallax.extract;

import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import dev.parallax.resolve.Resolver;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's "IST" is read by the country of the outlet its URL names, as the pipeline's extractor does it. */
class OutletTimeZoneTest {

    private static final String PAGE = """
            <html><head><title>Cabinet approves new data protection rules</title></head><body>
            <article><h1>Cabinet approves new data protection rules</h1>
            <p class="dateline">Published: May 14, 2024 08:21 PM IST</p>
            <p>The Union Cabinet on Tuesday approved rules under the data protection law, officials said after the
            meeting in New Delhi, setting out how companies must seek consent before they process personal data.</p>
            <p>The rules give firms eighteen months to comply and create a board to hear complaints from users.</p>
            </article></body></html>""";

    private static Article extract(String url) {
        Metadata given = Metadata.builder().url(url, "test").build();
        RawDocument page = new RawDocument("page.html", PAGE.getBytes(StandardCharsets.UTF_8), Format.HTML, given);
        return new ArticleExtractor(Resolver.bundled()::countryOf).extract(page);
    }

    @Test
    void anIndianOutletsIstIsIndiaStandardTime() {
        assertThat(extract("https://www.ptinews.com/story/national/cabinet-data-rules").meta().published()
                .map(Attested::value)).hasValue("2024-05-14T20:21+05:30");
    }

    @Test
    void anOutletOfNoCountryWithAnIstKeepsTheTimeWithoutAZone() {
        assertThat(extract("https://example.org/cabinet-data-rules").meta().published().map(Attested::value))
                .hasValue("2024-05-14T20:21");
    }
}
