package dev.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletRegistryTest {

    private static final String HEADER = "id,name,aliases,domains,country,languages,ownership,groups,source\n";

    private final OutletRegistry registry = OutletRegistry.bundled();

    @Test
    void findsOutletByFullUrl() {
        assertThat(registry.byDomain("https://www.semafor.com/article/11/13/2023/us-china-ai-talks?utm=x#top"))
                .map(Outlet::id).contains("semafor");
    }

    @Test
    void findsOutletBySubdomainOfARegisteredDomain() {
        assertThat(registry.byDomain("news.bbc.co.uk")).map(Outlet::id).contains("bbc");
        assertThat(registry.byDomain("https://asia.nikkei.com/Politics")).map(Outlet::id).contains("nikkei");
        assertThat(registry.byDomain("WWW.GlobalTimes.cn:443")).map(Outlet::id).contains("globaltimes");
    }

    @Test
    void longestRegisteredDomainWinsOnSharedHosts() {
        assertThat(registry.byDomain("https://timesofindia.indiatimes.com/india/x.cms")).map(Outlet::id).contains("toi");
        assertThat(registry.byDomain("economictimes.indiatimes.com")).map(Outlet::id).contains("economictimes");
        assertThat(registry.byDomain("indiatimes.com")).isEmpty();
    }

    @Test
    void doesNotMatchADomainThatMerelyEndsWithTheSameLetters() {
        assertThat(registry.byDomain("notbbc.co.uk")).isEmpty();
        assertThat(registry.byDomain("co.uk")).isEmpty();
    }

    @Test
    void findsOutletByNameIgnoringCaseLeadingTheAndPossessive() {
        assertThat(registry.byName("the Global Times")).map(Outlet::id).contains("globaltimes");
        assertThat(registry.byName("GLOBAL TIMES’s")).map(Outlet::id).contains("globaltimes");
        assertThat(registry.byName("Reuters'")).map(Outlet::id).contains("reuters");
        assertThat(registry.byName("washington post")).map(Outlet::id).contains("wapo");
        assertThat(registry.byName("The Washington Post's")).map(Outlet::id).contains("wapo");
    }

    @Test
    void doesNotGuessNamesThatAreNotListed() {
        assertThat(registry.byName("Global Times newspaper")).isEmpty();
        assertThat(registry.byName("Globe Times")).isEmpty();
        assertThat(registry.byName("Hill")).isEmpty();
    }

    @Test
    void resolvesArticleByUrlBeforeName() {
        Metadata metadata = Metadata.builder()
                .url("https://www.globaltimes.cn/page/202311/1301770.shtml", "given")
                .outlet("Some Aggregator", "given").build();
        assertThat(registry.resolve(metadata)).isInstanceOf(Outlet.class)
                .extracting(ResolvedOutlet::displayName).isEqualTo("Global Times");
    }

    @Test
    void resolvesArticleByOutletNameWhenTheUrlIsUnknown() {
        Metadata metadata = Metadata.builder().url("https://syndication.example.org/a/1", "given")
                .outlet("Semafor", "og:site_name").build();
        assertThat(registry.resolve(metadata)).extracting(ResolvedOutlet::displayName).isEqualTo("Semafor");
    }

    @Test
    void unknownOutletStaysUnknownAndKeepsWhatItWasSeenAs() {
        Metadata metadata = Metadata.builder().url("https://www.example-gazette.org/news/1", "given")
                .outlet("Example Gazette", "og:site_name").build();
        ResolvedOutlet resolved = registry.resolve(metadata);
        assertThat(resolved).isEqualTo(new UnknownOutlet(Optional.of("Example Gazette"), Optional.of("example-gazette.org")));
        assertThat(resolved.displayName()).isEqualTo("Example Gazette (unknown outlet)");
    }

    @Test
    void articleWithoutUrlOrOutletIsUnknown() {
        assertThat(registry.resolve(Metadata.EMPTY)).isEqualTo(UnknownOutlet.NOTHING_SEEN);
    }

    @Test
    void malformedRowBecomesAProblemWithFileAndLineAndOtherRowsSurvive() {
        String csv = HEADER
                + "semafor,Semafor,,semafor.com,US,en,private,,https://en.wikipedia.org/wiki/Semafor_(website)\n"
                + "broken,Broken Daily,,broken.example,US,en,owned-by-aliens,,https://example.org\n"
                + "short,Short Row,,short.example\n"
                + "badcountry,Bad Country,,bad.example,USA,en,private,,https://example.org\n"
                + "reuters,Reuters,,reuters.com,GB,en,wire,wire,https://en.wikipedia.org/wiki/Reuters\n";
        OutletRegistry parsed = OutletRegistry.parse(csv, "my-outlets.csv");
        assertThat(parsed.outlets()).extracting(Outlet::id).containsExactly("semafor", "reuters");
        assertThat(parsed.problems()).extracting(Problem::location)
                .containsExactly("my-outlets.csv:3", "my-outlets.csv:4", "my-outlets.csv:5");
        assertThat(parsed.problems().get(0).message()).contains("owned-by-aliens", "private, public-broadcaster");
        assertThat(parsed.problems().get(1).message()).contains("missing comma");
        assertThat(parsed.problems().get(2).message()).contains("country 'USA'");
    }

    @Test
    void unbalancedQuoteKeepsEarlierRowsAndReportsWhere() {
        String csv = HEADER
                + "semafor,Semafor,,semafor.com,US,en,private,,https://en.wikipedia.org/wiki/Semafor_(website)\n"
                + "bad,\"Unclosed,,bad.example,US,en,private,,https://example.org\n";
        OutletRegistry parsed = OutletRegistry.parse(csv, "q.csv");
        assertThat(parsed.outlets()).extracting(Outlet::id).containsExactly("semafor");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith("q.csv:");
            assertThat(p.message()).contains("quote");
        });
    }

    @Test
    void headerWithoutRequiredColumnsIsAProblemNotACrash() {
        OutletRegistry parsed = OutletRegistry.parse("name,domain\nSemafor,semafor.com\n", "x.csv");
        assertThat(parsed.outlets()).isEmpty();
        assertThat(parsed.problems()).anySatisfy(p -> assertThat(p.message()).contains("header lacks", "id", "domains"));
    }

    @Test
    void duplicateIdsDomainsAndSharedNamesAreProblems() {
        String csv = HEADER
                + "a,Alpha News,Daily,alpha.example,US,en,private,,https://example.org/a\n"
                + "a,Alpha Again,,alpha2.example,US,en,private,,https://example.org/a2\n"
                + "b,Beta News,Daily,alpha.example;beta.example,US,en,private,,https://example.org/b\n";
        OutletRegistry parsed = OutletRegistry.parse(csv, "d.csv");
        assertThat(parsed.outlets()).extracting(Outlet::id).containsExactly("a", "b");
        assertThat(parsed.byDomain("alpha.example")).map(Outlet::id).contains("a");
        assertThat(parsed.byName("Daily")).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("duplicate outlet id 'a'"))
                .anySatisfy(m -> assertThat(m).contains("domain 'alpha.example' is claimed by 'a' and 'b'"))
                .anySatisfy(m -> assertThat(m).contains("'Daily' is used by both 'a' and 'b'"));
    }

    @Test
    void commentLinesAndUrlsInTheDomainColumnAreAccepted() {
        String csv = "# my outlets\n" + HEADER
                + "x,Example Post,,https://www.example-post.org/,US,en,private,,https://example.org\n";
        OutletRegistry parsed = OutletRegistry.parse(csv, "c.csv");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.byDomain("example-post.org")).map(Outlet::id).contains("x");
    }
}
