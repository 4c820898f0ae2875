package dev.parallax.extract.html;

import dev.parallax.core.Attested;
import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.extract.Article;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPageExtractorTest {

    private static final String BODY = """
            <p>The city council voted on Tuesday to expand the bus network, adding four new routes that will connect
            the northern suburbs with the hospital district, according to documents seen by reporters.</p>
            <p>Officials said the plan, which will cost about 12 million euros over three years, had been delayed twice
            because of disagreements over funding, but a compromise was reached late on Monday night.</p>
            <p>"This is a good day for everyone who depends on public transport," the mayor told a news conference,
            adding that the first of the new routes would open in the spring.</p>
            <p>Opposition members criticised the cost, saying the money would be better spent on repairing roads,
            and warned that ticket prices could rise as a result of the expansion.</p>
            """;

    private static Article extract(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8));
    }

    private static Article extract(byte[] bytes) {
        return new HtmlPageExtractor().extract(new RawDocument("page.html", bytes, Format.HTML, Metadata.EMPTY));
    }

    private static String page(String head, String article) {
        return "<!doctype html><html><head>" + head + "</head><body>"
                + "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>"
                + " <a href=\"/sport\">Sport</a></nav></header>"
                + "<main>" + article + "</main>"
                + "<footer><p>Copyright 2024 The Daily Example. All rights reserved. Contact us for licensing.</p></footer>"
                + "</body></html>";
    }

    @Test
    void keepsArticleParagraphsAndDropsNavigationAndFooter() {
        Article article = extract(page("<title>Council expands bus network</title>",
                "<article><h1>Council expands bus network</h1>" + BODY + "</article>"));

        assertThat(article.text()).startsWith("The city council voted on Tuesday")
                .contains("\n\nOfficials said the plan")
                .endsWith("as a result of the expansion.")
                .doesNotContain("Home").doesNotContain("Copyright").doesNotContain("Council expands bus network");
        assertThat(article.problems()).isEmpty();
    }

    @Test
    void dropsRelatedStoriesShareBarsCaptionsNewsletterAndCookieNotices() {
        Article article = extract(page("", """
                <article>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <figure><img src="bus.jpg"><figcaption>A bus in the city centre. Photo: Agency</figcaption></figure>
                """ + BODY + """
                <div class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story.</p></div>
                <div class="related-stories"><h3>Related</h3><ul>
                <li><a href="/a">Tram line to close for repairs over the summer months</a></li>
                <li><a href="/b">Cycling lanes planned for the old town centre next year</a></li></ul></div>
                <div id="cookie-consent"><p>We use cookies to improve your experience on our website.</p></div>
                </article>"""));

        assertThat(article.text()).contains("The city council voted")
                .doesNotContain("Share on").doesNotContain("Photo: Agency").doesNotContain("newsletter")
                .doesNotContain("Tram line").doesNotContain("cookies");
    }

    @Test
    void dropsTheArticleHeaderBylineDatelineAndAuthorBio() {
        Article article = extract(page("", """
                <article><header><h1>Council expands bus network</h1>
                <h2 class="sub-head">Four new routes will link the suburbs with the hospitals, at a cost.</h2></header>
                <p>By Ana Lopez and Ben Okoro on Monday, November 18th, 2019</p>
                <p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p>
                """ + BODY + """
                <div class="author-bio"><p>Ana Lopez covers transport and city politics for the Daily Example.</p></div>
                </article>"""));

        assertThat(article.text()).startsWith("The city council voted").endsWith("as a result of the expansion.");
    }

    @Test
    void keepsASentenceThatIsMostlyALinkButDropsALinkLine() {
        Article article = extract(page("", "<article>" + BODY
                + "<p>The inquiry had been shelved in 2017 but <a href=\"/x\">was re-opened earlier this year after new"
                + " evidence emerged</a>.</p><p>Read more: <a href=\"/y\">Tram line to close for repairs</a></p></article>"));

        assertThat(article.text()).contains("The inquiry had been shelved").doesNotContain("Read more");
    }

    @Test
    void joinsAnArticleSplitIntoChunksBetweenAds() {
        String[] paragraphs = BODY.split("</p>");
        Article article = extract(page("", "<article><div class=\"chunks\">"
                + "<div class=\"grid\"><div class=\"body\">" + paragraphs[0] + "</p>" + paragraphs[1] + "</p></div>"
                + "<div class=\"ad-rail\"></div></div>"
                + "<div class=\"grid\"><div class=\"body\">" + paragraphs[2] + "</p>" + paragraphs[3] + "</p></div>"
                + "<div class=\"ad-rail\"></div></div></div></article>"));

        assertThat(article.text()).contains("The city council voted").contains("Opposition members criticised");
    }

    @Test
    void keepsTextWrittenStraightIntoAContainerBesideItsBlocks() {
        Article article = extract(page("", "<div class=\"content\">" + BODY.replace("<p>", "").replace("</p>", "<br><br>")
                + "<center><em>A picture of a bus</em></center>More text follows the picture, as the mayor explained"
                + " at length to the assembled reporters on Tuesday afternoon.</div>"));

        assertThat(article.text()).contains("The city council voted").contains("More text follows the picture");
    }

    @Test
    void keepsAPageWrapperWhoseClassNamesTheLayoutsSidebar() {
        Article article = extract(page("", "<div class=\"container penci_sidebar\"><h1>Bus news</h1>"
                + "<article>" + BODY + "</article></div>"));

        assertThat(article.text()).contains("The city council voted").contains("Opposition members criticised");
    }

    @Test
    void keepsLongProseInsideAPaywallBoxButDropsAShortPaywallNotice() {
        String[] paragraphs = BODY.split("</p>");
        Article article = extract(page("", "<article>" + paragraphs[0] + "</p>"
                + "<div class=\"paywall\">" + paragraphs[1] + "</p>" + paragraphs[2] + "</p>" + paragraphs[3] + "</p></div>"
                + "<div class=\"paywall-notice\"><p>Subscribe now to keep reading, only 1 euro a month.</p></div>"
                + "</article>"));

        assertThat(article.text()).contains("The city council voted").contains("Opposition members criticised")
                .doesNotContain("Subscribe now");
    }

    @Test
    void readsMetadataFromJsonLdGraphBeforeOpenGraph() {
        String head = """
                <title>Ignored title | The Daily Example</title>
                <meta property="og:title" content="OpenGraph title">
                <meta property="og:site_name" content="The Daily Example">
                <meta property="article:published_time" content="2024-01-01T00:00:00Z">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Daily Example Website"},
                  {"@type": "NewsArticle", "headline": "Council expands bus network",
                   "datePublished": "2024-05-14T20:21:00+02:00", "dateModified": "2024-05-15T08:00:00+02:00",
                   "author": [{"@type": "Person", "name": "Ana Lopez"}, {"@type": "Person", "name": "Ben Okoro"}],
                   "publisher": {"@type": "Organization", "name": "Daily Example"},
                   "articleSection": "Local", "url": "https://example.com/news/bus"}]}</script>
                """;
        Metadata meta = extract(page(head, "<article>" + BODY + "</article>")).meta();

        assertThat(meta.title()).contains(new Attested("Council expands bus network", "JSON-LD NewsArticle headline"));
        assertThat(meta.published()).map(Attested::value).contains("2024-05-14T20:21+02:00");
        assertThat(meta.published()).map(Attested::evidence).contains("JSON-LD NewsArticle datePublished");
        assertThat(meta.modified()).map(Attested::value).contains("2024-05-15T08:00+02:00");
        assertThat(meta.authors()).extracting(Attested::value).containsExactly("Ana Lopez", "Ben Okoro");
        assertThat(meta.outlet()).map(Attested::value).contains("Daily Example");
        assertThat(meta.section()).map(Attested::value).contains("Local");
        assertThat(meta.url()).map(Attested::value).contains("https://example.com/news/bus");
        assertThat(meta.type()).map(Attested::value).contains("news");
    }

    @Test
    void fallsBackToMicrodataThenMetaTagsThenVisibleBylineAndTime() {
        String head = """
                <title>Council expands bus network - The Daily Example</title>
                <meta property="og:site_name" content="The Daily Example">
                """;
        Metadata meta = extract(page(head, """
                <article itemscope itemtype="https://schema.org/NewsArticle">
                <h1 itemprop="headline">Council expands bus network</h1>
                <p class="byline">By <a rel="author" href="/authors/ana">Ana Lopez</a></p>
                <time datetime="2024-05-14T09:30:00Z">14 May 2024</time>
                """ + BODY + "</article>")).meta();

        assertThat(meta.title()).map(Attested::evidence).contains("microdata itemprop=headline");
        assertThat(meta.published()).contains(new Attested("2024-05-14T09:30Z", "<time datetime> '2024-05-14T09:30:00Z'"));
        assertThat(meta.authors()).extracting(Attested::value).containsExactly("Ana Lopez");
        assertThat(meta.outlet()).map(Attested::value).contains("The Daily Example");
    }

    @Test
    void removesTheSiteNameFromTheTitle() {
        Metadata meta = extract(page("<title>Council expands bus network | The Daily Example</title>"
                + "<meta property=\"og:site_name\" content=\"The Daily Example\">", "<article>" + BODY + "</article>")).meta();

        assertThat(meta.title()).map(Attested::value).contains("Council expands bus network");
        assertThat(meta.title()).map(Attested::evidence).contains("<title> (site name removed)");
    }

    @Test
    void readsALabelledDatelineWhenNothingElseDatesThePage() {
        Metadata meta = extract(page("", "<article><p>Published: Monday, November 18th, 2019 at 11:08 a.m.</p>"
                + BODY + "</article>")).meta();

        assertThat(meta.published()).map(Attested::value).contains("2019-11-18");
    }

    @Test
    void readsAuthorAndDateFromAVisibleBylineLine() {
        Metadata meta = extract(page("", "<article><p class=\"meta\">By <a href=\"/staff/louis\">Louis Jacobson</a>"
                + " on Monday, November 18th, 2019 at 11:04 a.m.</p>" + BODY + "</article>")).meta();

        assertThat(meta.authors()).extracting(Attested::value).containsExactly("Louis Jacobson");
        assertThat(meta.published()).map(Attested::value).contains("2019-11-18");
    }

    @Test
    void classifiesOpinionAndAnalysis() {
        String opinion = "<script type=\"application/ld+json\">{\"@type\": \"OpinionNewsArticle\", \"headline\": \"x\"}</script>";
        String analysis = "<meta name=\"author\" content=\"Analysis by Chris Writer, Editor-at-large\">";

        assertThat(extract(page(opinion, "<article>" + BODY + "</article>")).meta().type())
                .map(Attested::value).contains("opinion");
        Metadata analysed = extract(page(analysis, "<article>" + BODY + "</article>")).meta();
        assertThat(analysed.type()).map(Attested::value).contains("analysis");
        assertThat(analysed.authors()).extracting(Attested::value).containsExactly("Chris Writer");
    }

    @Test
    void identifiesTheLanguageOfTheTextOverAWrongDeclaration() {
        String german = """
                <p>Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern. Vier neue Linien sollen die
                nördlichen Vororte mit dem Krankenhausviertel verbinden, wie aus Unterlagen hervorgeht.</p>
                <p>Die Kosten von rund zwölf Millionen Euro verteilen sich auf drei Jahre. Der Plan war zweimal
                verschoben worden, weil man sich über die Finanzierung nicht einigen konnte.</p>
                <p>„Das ist ein guter Tag für alle, die auf den Nahverkehr angewiesen sind“, sagte der Bürgermeister
                bei einer Pressekonferenz. Die erste neue Linie soll im Frühjahr eröffnet werden.</p>""";
        Article article = extract("<html lang=\"en\"><body><article>" + german + "</article></body></html>");

        assertThat(article.meta().language()).map(Attested::value).contains("de");
        assertThat(article.meta().language()).map(Attested::evidence).hasValueSatisfying(e -> assertThat(e).contains("Lingua"));
    }

    @Test
    void keepsADeclaredLanguageTheTextBearsOut() {
        Article article = extract(page("", "<article>" + BODY + "</article>").replace("<html>", "<html lang=\"en-GB\">"));

        assertThat(article.meta().language()).map(Attested::value).contains("en");
        assertThat(article.meta().language()).map(Attested::evidence)
                .hasValueSatisfying(e -> assertThat(e).contains("html lang attribute 'en-GB', confirmed by Lingua"));
    }

    @Test
    void recordsBrokenJsonLdAndStillReadsTheOtherSources() {
        Article article = extract(page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", headline: </script>"
                + "<meta property=\"og:title\" content=\"Council expands bus network\">", "<article>" + BODY + "</article>"));

        assertThat(article.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("JSON-LD block 1 is not valid JSON"));
        assertThat(article.title()).isEqualTo("Council expands bus network");
    }

    // ---- bad input

    @Test
    void recordsAProblemForAnEmptyBody() {
        Article article = extract("<html><head><title>Nothing here</title></head><body></body></html>");

        assertThat(article.text()).isEmpty();
        assertThat(article.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("no article text found"));
    }

    @Test
    void recordsAProblemForBytesThatAreNotHtml() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Article article = extract(bytes);

        assertThat(article.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("not valid UTF-8"));
    }

    @Test
    void survivesNestingOneHundredThousandDeep() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + BODY + "</div>".repeat(depth) + "</body></html>";
        long start = System.nanoTime();
        Article article = new ArticleExtractor().extract(
                new RawDocument("deep.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML, Metadata.EMPTY));

        assertThat(article.problems()).noneMatch(Problem::isInternal);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    void readsOnlyTheBeginningOfAFiftyMegabytePage() {
        StringBuilder html = new StringBuilder("<html><body><article>").append(BODY);
        String filler = "<div><p>Filler paragraph of a page far too big to be an article, repeated.</p></div>\n";
        while (html.length() < 50 << 20) {
            html.append(filler);
        }
        Article article = extract(html.toString());

        assertThat(article.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("page is 50.0 MB; only its first 8 MB were read"));
    }

    @Test
    void readsUtf8BytesUnderALyingCharsetDeclaration() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><article>"
                + BODY.replace("euros", "€ — Zürich") + "</article></body></html>";
        Article article = extract(html.getBytes(StandardCharsets.UTF_8));

        assertThat(article.text()).contains("€ — Zürich");
        assertThat(article.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("page declares charset 'windows-1252' but its bytes are valid UTF-8; read as UTF-8"));
    }

    @Test
    void readsLatin1BytesThatClaimToBeUtf8AsWindows1252() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><article>"
                + BODY.replace("euros", "Zürich café") + "</article></body></html>";
        Article article = extract(html.getBytes(Charset.forName("windows-1252")));

        assertThat(article.text()).contains("Zürich café");
        assertThat(article.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("page declares UTF-8 but its bytes are not valid UTF-8"));
    }

    @Test
    void readsADeclaredLegacyCharset() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\"></head>"
                + "<body><article><p>Городской совет во вторник проголосовал за расширение автобусной сети города.</p>"
                + BODY + "</article></body></html>";
        Article article = extract(html.getBytes(Charset.forName("KOI8-R")));

        assertThat(article.text()).contains("Городской совет");
        assertThat(article.problems()).isEmpty();
    }
}
