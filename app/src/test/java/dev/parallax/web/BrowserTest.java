package dev.parallax.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser: Playwright for Java driving Debian's Chromium ({@code /usr/bin/chromium}) against
 * servers on loopback — one over the sample corpus, one over hostile articles.
 */
class BrowserTest {

    static final Path SAMPLE = Path.of("../examples/ai-talks");
    static final Path HOSTILE = Path.of("src/test/resources/hostile");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path tmp;

    static ServedCorpus sample;
    static ServedCorpus hostile;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();
    final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        sample = ServedCorpus.of(List.of(SAMPLE), tmp.resolve("sample"), Optional.empty());
        hostile = ServedCorpus.of(List.of(HOSTILE), tmp.resolve("hostile"), Optional.empty());
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (sample != null) {
            sample.close();
        }
        if (hostile != null) {
            hostile.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
        // Nothing may be fetched from the network: any request off loopback fails the test.
        context.route(url -> !url.startsWith("http://127.0.0.1:"), route -> {
            consoleErrors.add("request off loopback: " + route.request().url());
            route.abort();
        });
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void clickingASentenceOfTheNewsOpensItsArticleWithThatSpanHighlighted() throws Exception {
        page.navigate(sample.base + "/");
        assertThat(page.locator("a.headline").count()).isEqualTo(sample.reader.briefing().stories().size());
        page.locator("a.headline").first().click();
        page.waitForURL("**/stories/**");
        Locator sentence = page.locator("#the-news li").first();
        String text = sentence.locator(".said").textContent();
        sentence.locator("a.cite").first().click();
        page.waitForURL("**/articles/**#hl");

        Locator marks = page.locator("article mark.m-hl");
        assertThat(String.join("", marks.allTextContents())).isEqualTo(text);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("highlighted-span.png")));
        assertThat(page.locator("#hl").isVisible()).isTrue();
        String rect = (String) page.evaluate("() => { const r = document.getElementById('hl').getBoundingClientRect();"
                + " return r.top + ' ' + r.bottom + ' ' + window.innerHeight; }");
        String[] v = rect.split(" ");
        assertThat(Double.parseDouble(v[0])).as("span top in view: " + rect).isBetween(-2.0, Double.parseDouble(v[2]));
        assertThat(consoleErrors).isEmpty();
    }

    /** The story both sides report: the Geneva talks, with the US and the Chinese side. */
    static String twoSidedStory() {
        return sample.reader.briefing().stories().stream().filter(s -> s.signals().size() >= 2)
                .findFirst().orElseThrow().id();
    }

    @Test
    void storyPageReadsLikeASignalsPageWithoutJsonScoresOrEnumNames() throws Exception {
        page.navigate(sample.base + "/stories/" + twoSidedStory());
        String visible = (String) page.evaluate("() => document.body.innerText");
        assertThat(visible).doesNotContain("{\"", "zScore", "Z score", "one-side", "several-sides", "Reason:");
        // Each section once, in the order of a Signals page.
        List<String> headings = page.locator("main section.story-section > h2").allTextContents();
        assertThat(headings).doesNotHaveDuplicates()
                .containsSubsequence("The News", "Signals", "Where they differ", "Timeline", "Actors", "Sources");
        assertThat(page.locator("main h1").count()).isEqualTo(1);
        assertThat(page.locator(".story-meta .dates").textContent()).matches(".*\\d{1,2} [A-Z][a-z]+ \\d{4}.*");
        // Each side's column: its framing phrases with counts, and each voice with the words it is quoted on, or,
        // when another section shows them, where.
        Locator sides = page.locator("#signals .side");
        assertThat(sides.count()).isEqualTo(2);
        assertThat(sides.locator("h3 .side-name").allTextContents()).containsExactlyInAnyOrder("United States", "China");
        for (int i = 0; i < sides.count(); i++) {
            Locator side = sides.nth(i);
            assertThat(side.locator(".phrase q").count()).as("framing phrases of side " + i).isPositive();
            side.locator(".phrase").all().forEach(p -> {
                assertThat(p.locator(".count").textContent()).matches("×\\d+");
                assertThat(p.locator("a.cite").count()).isEqualTo(1); // one marker opens all its spans
            });
            Locator voices = side.locator(".voice");
            assertThat(voices.count()).as("voices of side " + i).isPositive();
            voices.all().forEach(v -> {
                assertThat(v.locator(".speaker").textContent()).isNotBlank();
                if (v.locator("blockquote.words").count() > 0) {
                    // quoted words inside quotation marks; a paraphrase, marked as one, never inside them
                    v.locator("blockquote.words:not(.paraphrase)").all()
                            .forEach(q -> assertThat(q.textContent()).matches("(?s)“.{3,}”.*"));
                    v.locator("blockquote.paraphrase").all()
                            .forEach(q -> assertThat(q.textContent()).matches("(?s)paraphrase [^“\"].{3,}"));
                } else {
                    assertThat(v.locator("p.more").textContent()).contains("words in");
                }
            });
        }
        // Lü Xiang's reported speech ("Lü noted that China has …") reads as the writer's paraphrase, after the words that
        // report it, as the text has them.
        assertThat(page.locator(".voice blockquote.paraphrase").allTextContents())
                .anySatisfy(t -> assertThat(t).startsWith("paraphrase noted that China has"));
        // Lü Xiang, quoted five times by the Global Times, is one voice, not five lines.
        assertThat(page.locator(".voice .speaker").allTextContents()).filteredOn(t -> t.equals("Lü Xiang")).hasSize(1);
        // A named speaker carries the id of their actor in the briefing; an unnamed one ("US officials") none.
        assertThat(page.locator(".voice .speaker[data-actor='person:lu-xiang']").textContent()).isEqualTo("Lü Xiang");
        page.locator(".voice .speaker").all().stream().filter(v -> v.textContent().equals("US officials"))
                .forEach(v -> assertThat(v.getAttribute("data-actor")).isNull());
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("story.png")).setFullPage(true));
        page.locator("#signals").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("story-signals.png")));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void everyCitationOnTheStoryPageIsALinkThatOpensItsSpans() {
        page.navigate(sample.base + "/stories/" + twoSidedStory());
        List<String> hrefs = page.locator("main a.cite").all().stream().map(a -> a.getAttribute("href")).distinct().toList();
        assertThat(hrefs).hasSizeGreaterThan(20)
                .allSatisfy(h -> assertThat(h).matches("/articles/[0-9a-f]+\\?spans=\\d+-\\d+(,\\d+-\\d+)*#hl"));
        for (String href : hrefs) {
            page.navigate(sample.base + href);
            int spans = href.substring(href.indexOf("spans=") + 6, href.indexOf('#')).split(",").length;
            assertThat(page.locator("#hl").count()).as(href).isEqualTo(1);
            assertThat(page.locator(".legend mark.m-hl").textContent()).as(href)
                    .isEqualTo(spans == 1 ? "cited span" : spans + " cited spans");
            assertThat(String.join("", page.locator("article mark.m-hl").allTextContents())).as(href).isNotBlank();
        }
        // The article page leads back to its story.
        page.locator("a.story-link").first().click();
        page.waitForURL("**/stories/**");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aFramingMarkerHighlightsEveryUseOfThePhrase() throws Exception {
        page.navigate(sample.base + "/stories/" + twoSidedStory());
        Locator phrase = page.locator(".side[data-side=China] .phrase").filter(new Locator.FilterOptions()
                .setHas(page.locator("q", new Page.LocatorOptions().setHasText("cooperation")))).first();
        phrase.locator("a.cite").click();
        page.waitForURL("**/articles/**#hl");
        List<String> marked = page.locator("article mark.m-hl").allTextContents();
        assertThat(String.join(" ", marked).toLowerCase()).contains("cooperat");
        assertThat(page.locator("a.story-link").count()).isPositive();
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article.png")));
    }

    @Test
    void aParaphrasedVoiceReadsAfterTheWordsThatReportIt() throws Exception {
        List<String> paraphrases = new java.util.ArrayList<>();
        List<String> says = new java.util.ArrayList<>();
        for (var story : sample.reader.briefing().stories()) {
            page.navigate(sample.base + "/stories/" + story.id());
            paraphrases.addAll(page.locator(".voice blockquote.paraphrase").allTextContents());
            List<String> here = page.locator(".voice blockquote.paraphrase .says").allTextContents();
            says.addAll(here);
            if (here.contains("accused")) {
                Files.createDirectories(SCREENSHOTS);
                page.locator("main").screenshot(new Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("story-paraphrases.png")));
            }
        }
        // "The Chinese Ministry of Foreign Affairs accused the US of violating …": without "accused" a reader gets
        // "the US of violating market competition principles", which says nothing; "experts view the summit as …"
        // without "view" reads as a fact.
        assertThat(paraphrases)
                .anySatisfy(t -> assertThat(t).startsWith("paraphrase accused the US of violating market competition"))
                .anySatisfy(t -> assertThat(t).startsWith("paraphrase view the UK summit as a starting point"))
                // "…, the Associated Press reported": reporting words after the paraphrase are not moved before it
                .anySatisfy(t -> assertThat(t).startsWith("paraphrase The US Air Force recently held an exercise"));
        assertThat(says).contains("accused", "view", "questioned");
    }

    @Test
    void storyPageDrawsTheTimelineChartFromTheWebJar() {
        String story = sample.reader.briefing().stories().stream().filter(s -> !s.timeline().isEmpty())
                .findFirst().orElseThrow().id();
        page.navigate(sample.base + "/stories/" + story);
        page.locator("#timeline-chart canvas").waitFor();
        assertThat(page.locator("#timeline-chart").getAttribute("data-points")).isNotEqualTo("0");
        assertThat(page.locator("#the-news li").count()).isPositive();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void searchPageFindsThePhraseInBothArticles() throws Exception {
        page.navigate(sample.base + "/");
        page.locator("nav input[name=q]").fill("\"joint statement\"");
        page.locator("nav button").click();
        page.waitForURL("**/search?**");
        assertThat(page.locator(".hit .meta").allTextContents())
                .anySatisfy(t -> assertThat(t).contains("000_be6de4bd62aa57b5.txt"))
                .anySatisfy(t -> assertThat(t).contains("002_7ea9eeeb3fa4b8c8.txt"))
                .hasSize(2);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search.png")).setFullPage(true));
        page.locator(".hit a.snippet").first().click();
        page.waitForURL("**/articles/**");
        assertThat(String.join("", page.locator("article mark.m-hl").allTextContents())).containsIgnoringCase("joint statement");
    }

    /** The stories as a reader sees them: headline, the date range, the article count and the balance line. */
    private List<String[]> storiesShown(Page p) {
        return p.locator("li.story").all().stream().map(li -> new String[]{li.locator("a.headline").textContent(),
                li.locator(".dates").textContent(), li.locator(".size").textContent(),
                li.locator(".balance").textContent(),
                String.join(",", li.locator(".coverage-bar .segment").all().stream().map(x -> x.getAttribute("data-side")).toList())})
                .toList();
    }

    @Test
    void homeSortsByLatestSizeAndOneSidednessWithoutJavaScript() throws Exception {
        try (BrowserContext noJs = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setViewportSize(1200, 900))) {
            Page p = noJs.newPage();
            p.navigate(sample.base + "/");
            List<String[]> latest = storiesShown(p);
            assertThat(latest).hasSize(sample.reader.briefing().stories().size()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.locator(".sorts strong").textContent()).isEqualTo("latest");
            // Latest first: each story's last day is no later than the one above it; undated stories come last.
            List<java.time.LocalDate> ends = latest.stream().map(r -> r[1]).filter(d -> !d.equals("date unknown"))
                    .map(d -> java.time.LocalDate.parse(d.contains(" – ") ? d.substring(d.indexOf(" – ") + 3) : d,
                            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))).toList();
            assertThat(ends).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            Files.createDirectories(SCREENSHOTS);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home.png")).setFullPage(true));

            p.locator(".sorts a", new Page.LocatorOptions().setHasText("most articles")).click();
            p.waitForURL(u -> u.endsWith("/?sort=size"));
            List<Integer> sizes = storiesShown(p).stream().map(r -> Integer.parseInt(r[2].split(" ")[0])).toList();
            assertThat(sizes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(sizes.getFirst()).isGreaterThan(sizes.getLast());

            p.locator(".sorts a", new Page.LocatorOptions().setHasText("most one-sided")).click();
            p.waitForURL(u -> u.endsWith("/?sort=one-sided"));
            List<String[]> oneSided = storiesShown(p);
            // Stories one side alone covers come first; the story both sides cover evenly comes last.
            assertThat(oneSided.getFirst()[3]).startsWith("only ");
            assertThat(oneSided.getLast()[3]).isEqualTo("2 sides, evenly");
            assertThat(oneSided.getLast()[4].split(",")).containsExactlyInAnyOrder("China", "United States");
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-one-sided.png")).setFullPage(true));
        }
    }

    @Test
    void homeFiltersBySideAndDateWithTheFormAndSaysWhatIsWrong() throws Exception {
        try (BrowserContext noJs = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setViewportSize(1200, 900))) {
            Page p = noJs.newPage();
            p.navigate(sample.base + "/");
            int all = storiesShown(p).size();
            p.locator("form.story-filter select[name=side]").selectOption("China");
            p.locator("form.story-filter button").click();
            p.waitForURL(u -> u.contains("side=China"));
            List<String[]> china = storiesShown(p);
            assertThat(china).isNotEmpty().hasSizeLessThan(all)
                    .allSatisfy(r -> assertThat(r[4].split(",")).contains("China"));
            assertThat(p.locator(".shown").textContent()).startsWith(china.size() + " of " + all + " stories match");
            assertThat(p.locator("form.story-filter select[name=side] option[selected]").textContent()).isEqualTo("China");

            p.locator("form.story-filter input[name=from]").fill("2024-05");
            p.locator("form.story-filter button").click();
            p.waitForURL(u -> u.contains("from=2024-05"));
            List<String[]> may = storiesShown(p);
            assertThat(may).isNotEmpty().hasSizeLessThan(china.size())
                    .allSatisfy(r -> assertThat(r[1]).contains("May 2024"));
            Files.createDirectories(SCREENSHOTS);
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-filtered.png")).setFullPage(true));

            p.locator("form.story-filter input[name=from]").fill("last week");
            p.locator("form.story-filter button").click();
            p.waitForURL(u -> u.contains("from=last+week"));
            assertThat(p.locator("[role=alert]").textContent()).contains("from must be an ISO date").contains("last week");
            assertThat(p.locator("li.story").count()).isZero();
        }
    }

    @Test
    void theUnknownSideIsGreyAndNoSideSharesAColour() {
        page.navigate(sample.base + "/");
        @SuppressWarnings("unchecked")
        Map<String, String> colours = (Map<String, String>) page.evaluate("() => Object.fromEntries("
                + "[...document.querySelectorAll('.coverage-bar .segment')].map(s => [s.dataset.side,"
                + " getComputedStyle(s).backgroundColor]))");
        assertThat(colours).containsKeys("China", "United States", "unknown");
        assertThat(colours.get("unknown")).isEqualTo("rgb(158, 158, 158)");
        assertThat(new java.util.HashSet<>(colours.values())).hasSize(colours.size());
        assertThat(page.locator(".sides-legend").innerText()).contains("side unknown");
    }

    /** The cells of the who-quotes-whom table under {@code scope}: voice → (column header → visible text). */
    private static Map<String, Map<String, String>> quoteTable(Locator scope) {
        List<String> outlets = scope.locator("table.who-quotes thead tr:nth-child(2) th").allTextContents();
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        for (Locator tr : scope.locator("table.who-quotes tbody tr").all()) {
            Map<String, String> cells = new java.util.LinkedHashMap<>();
            cells.put("Kind", tr.locator("td.kind").textContent());
            List<String> counts = tr.locator("td.n:not(.total)").allTextContents();
            for (int i = 0; i < outlets.size(); i++) {
                cells.put(outlets.get(i), counts.get(i));
            }
            cells.put("Total", tr.locator("td.total").textContent());
            out.put(tr.locator("th.voice-name").textContent(), cells);
        }
        return out;
    }

    @Test
    void storyPageShowsWhoQuotesWhomAsATableAndAChart() throws Exception {
        page.navigate(sample.base + "/stories/" + twoSidedStory());
        assertThat(page.locator("section.story-section > h2").allTextContents()).containsOnlyOnce("Who quotes whom")
                .containsSubsequence("Where they differ", "Who quotes whom", "Timeline");
        Locator sec = page.locator("#who-quotes-whom");
        assertThat(sec.locator("th.side-head").allTextContents()).containsExactlyInAnyOrder("United States", "China");
        Map<String, Map<String, String>> table = quoteTable(sec);
        // Lü Xiang is quoted five times, all by the Global Times; the Washington Post is an outlet the Global Times
        // cites; "US officials" are not named.
        assertThat(table.get("Lü Xiang")).containsEntry("Global Times", "5").containsEntry("Semafor", "")
                .containsEntry("Kind", "person").containsEntry("Total", "5");
        assertThat(table.get("The Washington Post")).containsEntry("Kind", "outlet").containsEntry("Global Times", "2");
        assertThat(table.get("US officials")).containsEntry("Kind", "unnamed source").containsEntry("Semafor", "1");
        assertThat(table.get("Wang Wenbin")).containsEntry("Kind", "person");
        int passages = sample.reader.briefing().stories().stream().filter(x -> x.id().equals(twoSidedStory()))
                .findFirst().orElseThrow().allVoices().size();
        assertThat(table.values().stream().mapToInt(r -> Integer.parseInt(r.get("Total"))).sum()).isEqualTo(passages);
        // The chart: a bar per voice, its length the count, in the colour of the side quoting.
        Locator bar = sec.locator("svg.quotes-chart g.bar[data-voice='Lü Xiang']");
        assertThat(bar.locator("text.voice-label").textContent()).isEqualTo("Lü Xiang");
        assertThat(bar.locator("rect").count()).isEqualTo(1);
        assertThat(bar.locator("rect").getAttribute("data-side")).isEqualTo("China");
        assertThat(bar.locator("text.count").textContent()).isEqualTo("5");
        String china = (String) page.evaluate("() => getComputedStyle(document.querySelector("
                + "\"#who-quotes-whom rect[data-side='China']\")).fill");
        String us = (String) page.evaluate("() => getComputedStyle(document.querySelector("
                + "\"#who-quotes-whom rect[data-side='United States']\")).fill");
        assertThat(china).isNotEqualTo(us).isNotEqualTo("rgb(0, 0, 0)");
        double lu = Double.parseDouble(bar.locator("rect").getAttribute("width"));
        double wang = sec.locator("svg.quotes-chart g.bar[data-voice='Wang Wenbin'] rect").all().stream()
                .mapToDouble(r -> Double.parseDouble(r.getAttribute("width"))).sum();
        assertThat(lu).isCloseTo(2.5 * wang, org.assertj.core.data.Offset.offset(0.2)); // 5 passages against 2
        // A count from one article opens its passages.
        sec.locator("tr[data-voice='Lü Xiang'] td a").click();
        page.waitForURL("**/articles/**#hl");
        assertThat(page.locator(".legend mark.m-hl").textContent()).isEqualTo("5 cited spans");
        page.goBack();
        Files.createDirectories(SCREENSHOTS);
        page.locator("#who-quotes-whom").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("story-who-quotes-whom.png")));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void corpusPageShowsWhomEachSideLetsSpeak() throws Exception {
        page.navigate(sample.base + "/");
        page.locator("nav a", new Page.LocatorOptions().setHasText("Who quotes whom")).click();
        page.waitForURL("**/voices");
        assertThat(page.locator("h1").textContent()).isEqualTo("Who quotes whom");
        int passages = sample.reader.briefing().stories().stream().mapToInt(x -> x.allVoices().size()).sum();
        Map<String, Map<String, String>> table = quoteTable(page.locator("#who-quotes-whom"));
        assertThat(table.values().stream().mapToInt(r -> Integer.parseInt(r.get("Total"))).sum()).isEqualTo(passages);
        // Voices of every story: Arati Prabhakar is quoted only in the February Global Times story.
        assertThat(table.get("Arati Prabhakar")).containsEntry("Global Times", "1").containsEntry("Kind", "person");
        // Per side, how its passages split over persons, institutions, outlets and unnamed sources.
        Locator kinds = page.locator("table.kinds tbody tr");
        assertThat(kinds.locator("th").allTextContents()).contains("China", "United States", "unknown");
        for (Locator row : kinds.all()) {
            int all = Integer.parseInt(row.locator("td.total").textContent());
            int sum = row.locator("td[data-kind]").allTextContents().stream().filter(t -> !t.equals("–"))
                    .mapToInt(t -> Integer.parseInt(t.split(" ")[0])).sum();
            assertThat(sum).as(row.locator("th").textContent()).isEqualTo(all);
        }
        assertThat(page.locator("svg.quotes-chart g.bar").count()).isBetween(1, 20);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("voices.png")).setFullPage(true));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void storyPageLinksItsClaimsQuotesAndTimelineAsCsvAndJson() throws Exception {
        page.navigate(sample.base + "/stories/" + twoSidedStory());
        assertThat(page.locator(".export").innerText()).contains("claims (CSV, JSON)", "quotes (CSV, JSON)",
                "timeline (CSV, JSON)", "who quotes whom (CSV, JSON)");
        Files.createDirectories(SCREENSHOTS);
        page.locator(".export").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("story-export.png")));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.dataformat.csv.CsvMapper csv = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        Map<String, String> texts = new java.util.HashMap<>();
        sample.reader.briefing().articles().forEach(a -> texts.put(a.id(), a.text()));
        for (String table : List.of("claims", "quotes", "timeline")) {
            Locator link = page.locator(".export a[href$='/" + table + "?format=csv']");
            com.microsoft.playwright.Download download = page.waitForDownload(link::click);
            assertThat(download.suggestedFilename()).isEqualTo(twoSidedStory() + "-" + table + ".csv");
            List<Map<String, String>> rows;
            try (var it = csv.readerFor(Map.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema()
                    .withHeader()).<Map<String, String>>readValues(download.path().toFile())) {
                rows = it.readAll();
            }
            String jsonHref = page.locator(".export a[href$='/" + table + "']").getAttribute("href");
            com.fasterxml.jackson.databind.JsonNode doc = json.readTree(java.net.URI.create(sample.base + jsonHref).toURL());
            assertThat(doc.path("table").asText()).isEqualTo(table);
            assertThat(rows).as(table).isNotEmpty().hasSize(doc.path("rows").size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                assertThat(row.get("text")).as(table + " row " + i).isEqualTo(doc.path("rows").get(i).path("text").asText())
                        .isEqualTo(texts.get(row.get("article")).substring(Integer.parseInt(row.get("start")),
                                Integer.parseInt(row.get("end"))));
            }
            switch (table) {
                case "claims" -> assertThat(rows).extracting(r -> r.get("relation")).contains("shared");
                case "quotes" -> assertThat(rows).filteredOn(r -> r.get("voice").equals("Lü Xiang")).hasSize(5)
                        .allSatisfy(r -> assertThat(r).containsEntry("kind", "person").containsEntry("outlet", "Global Times"));
                default -> assertThat(rows).allSatisfy(r -> assertThat(r.get("date")).matches("\\d{4}.*"));
            }
        }
    }

    @Test
    void apiPageLoadsOfflineAndListsEveryEndpointOfTheDocument() throws Exception {
        page.navigate(sample.base + "/");
        page.locator("nav a", new Page.LocatorOptions().setHasText("API")).click();
        page.waitForURL("**/api-docs");
        page.locator("#swagger-ui .opblock").first().waitFor();
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                java.net.URI.create(sample.base + "/api/openapi.json").toURL());
        List<String> documented = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(documented::add);
        List<String> shown = page.locator("#swagger-ui .opblock-summary-path").allTextContents().stream()
                .map(t -> t.replace("\u200b", "").strip()).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(documented);
        assertThat(page.locator("#swagger-ui .opblock-summary-method").allTextContents()).allMatch(m -> m.equals("GET"));
        assertThat(page.locator("#swagger-ui").innerText()).contains("Parallax corpus API");
        // Opening an operation shows its parameters and its responses, including the 400.
        page.locator("#swagger-ui .opblock-summary-path", new Page.LocatorOptions().setHasText("/api/search"))
                .first().click();
        Locator params = page.locator("#swagger-ui .parameters .parameter__name");
        params.first().waitFor();
        assertThat(params.allTextContents()).anySatisfy(t -> assertThat(t).startsWith("q"))
                .anySatisfy(t -> assertThat(t).startsWith("limit"));
        assertThat(page.locator("#swagger-ui .responses-table td.response-col_status").allTextContents()
                .stream().map(String::strip).toList()).contains("200", "400");
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-docs.png")).setFullPage(true));
        assertThat(consoleErrors).as("nothing blocked, nothing fetched off loopback").isEmpty();
    }

    @Test
    void hostileArticleRendersInertOnEveryPage() {
        List<String> urls = new ArrayList<>(List.of("/", "/voices", "/search?q=script", "/search?q=talks&mode=semantic"));
        hostile.reader.briefing().stories().forEach(s -> urls.add("/stories/" + s.id()));
        hostile.reader.briefing().articles().forEach(a -> {
            urls.add("/articles/" + a.id());
            urls.add("/articles/" + a.id() + "?start=0&end=" + a.text().length() + "#hl");
        });
        assertThat(hostile.reader.briefing().articles()).hasSize(3);
        for (String url : urls) {
            page.navigate(hostile.base + url);
            page.locator("a, p, li").first().hover(); // event handlers such as onmouseover would fire now
            assertThat(page.evaluate("() => window.__pwned")).as("script ran on " + url).isNull();
            assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('*')].some(e => "
                    + "[...e.attributes].some(a => a.name.toLowerCase().startsWith('on')))"))
                    .as("event-handler attribute on " + url).isFalse();
            assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('[href],[src]')].some(e => "
                    + "/^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src')))"))
                    .as("javascript: URL on " + url).isFalse();
            assertThat(page.locator("main script, main iframe, main img, main svg:not(.quotes-chart), main style").count())
                    .as("markup from the article became elements on " + url).isZero();
            // The one chart the page draws holds bars, labels and tooltips only.
            assertThat(page.locator("main svg.quotes-chart *:not(g):not(rect):not(text):not(title)").count())
                    .as("foreign element in the chart on " + url).isZero();
        }
        String scripted = hostile.reader.briefing().articles().stream()
                .filter(a -> a.title() != null && a.title().startsWith("<script>")).findFirst().orElseThrow().id();
        page.navigate(hostile.base + "/articles/" + scripted);
        assertThat(page.locator("h1").textContent()).startsWith("<script>window.__pwned = 'title'</script>");
        assertThat(page.locator(".outlet").textContent()).contains("<svg onload=");
        assertThat(page.locator("article.text").textContent()).contains("<script>window.__pwned='text'</script>");
        assertThat(dialogs).isEmpty();
    }
}
