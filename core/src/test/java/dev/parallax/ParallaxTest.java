package dev.parallax;

import dev.parallax.attribute.AttributedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.extract.Article;
import dev.parallax.index.IndexReport;
import dev.parallax.index.SearchResults;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade, through the README's example and each of its verbs, on real models and a real index. */
class ParallaxTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/readme/Headlines.java");

    @TempDir
    Path tmp;

    @Test
    void readmeShowsTheExampleThisTestRuns() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String example = Files.readString(EXAMPLE);
        assertThat(readme).contains("```java\n" + example + "```\n");
    }

    @Test
    void readmeExampleCompilesAgainstTheLibraryAndPrintsTheSampleHeadlines() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        // Surefire runs tests from a manifest-only jar; it names the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "--release", "21", "-cp", classPath,
                "-d", classes.toString(), EXAMPLE.toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("Headlines").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[]{SampleCorpus.directory().toString()});
        } finally {
            System.setOut(stdout);
        }
        List<String> headlines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        // Each story is headed by one of its articles' titles; the sample has more than one story.
        assertThat(headlines).hasSizeGreaterThan(1).isSubsetOf(
                "US and China\u2019s AI talks likely won't result in any deals",
                "US urged to abandon self-imposed constraints of technological protectionism before first high-level AI"
                        + " talks with China",
                "For the US, China is a partner rather than a foe in the new AI game",
                "AI Safety Summit | US and China Declare Cooperation at UK AI Security Summit, but Still Compete Secretly");
        assertThat(headlines).doesNotHaveDuplicates().allMatch(h -> !h.isBlank());
    }

    @Test
    void extractsAPageWithTheGivenUrl() {
        String html = """
                <html><head><title>Talks end | Example News</title></head><body>
                <nav>Home | World | Sign in</nav>
                <article><h1>US and Chinese envoys meet in Geneva</h1>
                <p>Envoys of the United States and China met in Geneva on Tuesday for their first talks on the risks of
                artificial intelligence, officials of both governments said after the meeting ended.</p>
                <p>The talks covered the military uses of the technology and how each side manages its own risks,
                according to a statement that the two delegations released in the evening.</p>
                </article></body></html>""";
        try (Parallax parallax = Parallax.create()) {
            Article article = parallax.extract(html, "https://news.example.com/2024/05/14/geneva-talks");
            assertThat(article.meta().url()).get().extracting(a -> a.value())
                    .isEqualTo("https://news.example.com/2024/05/14/geneva-talks");
            assertThat(article.text()).startsWith("Envoys of the United States").doesNotContain("Sign in");
            assertThat(article.title()).contains("Geneva");
        }
    }

    @Test
    void attributesAQuoteToItsSpeaker() {
        String text = "\u201cWe are not going to make a deal,\u201d said Jake Sullivan, the national security adviser.";
        try (Parallax parallax = Parallax.builder().threads(1).build()) {
            AttributedArticle attributed = parallax.attribute(text);
            assertThat(attributed.attributions()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(Attribution.Kind.DIRECT);
                assertThat(a.content().of(attributed.text())).contains("make a deal");
                assertThat(a.speaker().name()).contains("Sullivan");
            });
        }
    }

    @Test
    void corpusIngestsOnceSearchesAndListsItsStories() throws IOException {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(SampleCorpus.directory().resolve("000_be6de4bd62aa57b5.txt"), inputs.resolve("semafor.txt"));
        try (Parallax parallax = Parallax.builder().threads(1).corpus(tmp.resolve("data")).build()) {
            Parallax.Corpus corpus = parallax.open();
            assertThat(corpus.stories()).isEmpty();
            IndexReport first = corpus.ingest(List.of(inputs));
            IndexReport again = corpus.ingest(List.of(inputs));
            assertThat(first.added()).isEqualTo(1);
            assertThat(again.added()).isZero();
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(corpus.stories()).singleElement().satisfies(s -> assertThat(s.articles()).hasSize(1));
            SearchResults results = corpus.search("talks in Geneva");
            assertThat(results.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.origin()).endsWith("semafor.txt"));
        }
        // Closing the instance closed its corpus: the index can be opened again.
        try (Parallax parallax = Parallax.create(); Parallax.Corpus corpus = parallax.open(tmp.resolve("data"))) {
            assertThat(corpus.stories()).hasSize(1);
        }
    }

    @Test
    void rejectsAPerspectiveThatIsNeitherAnAxisNorAFile() {
        assertThatThrownBy(() -> Parallax.builder().perspective("continent").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'continent' is neither");
    }

    @Test
    void aClosedInstanceSaysSo() {
        Parallax parallax = Parallax.create();
        parallax.close();
        assertThatThrownBy(() -> parallax.brief(List.of(tmp)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
