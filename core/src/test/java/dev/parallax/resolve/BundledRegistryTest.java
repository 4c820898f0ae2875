package dev.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundledRegistryTest {

    private final OutletRegistry registry = OutletRegistry.bundled();

    @Test
    void loadsWithoutProblems() {
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void hasAtLeast150Outlets() {
        assertThat(registry.outlets()).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void idsAndDomainsAreUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (Outlet outlet : registry.outlets()) {
            assertThat(ids.add(outlet.id())).as("id %s", outlet.id()).isTrue();
            for (String domain : outlet.domains()) {
                assertThat(domains.add(domain)).as("domain %s of %s", domain, outlet.id()).isTrue();
            }
        }
    }

    @Test
    void everyRowHasADomainLanguageAndAWebSource() {
        assertThat(registry.outlets()).allSatisfy(o -> {
            assertThat(o.domains()).as(o.id()).isNotEmpty();
            assertThat(o.languages()).as(o.id()).isNotEmpty();
            assertThat(o.source()).as(o.id()).startsWith("https://");
        });
    }

    @Test
    void coversTheRegionsTheIssueAsksFor() {
        List<String> countries = registry.outlets().stream().map(Outlet::country).toList();
        assertThat(countries).contains("US", "CN", "HK", "TW", "GB", "FR", "DE", "RU", "JP", "KR", "IN", "QA", "IL", "IR");
    }

    @Test
    void globalTimesIsChineseStateMedia() {
        Outlet gt = registry.byDomain("globaltimes.cn").orElseThrow();
        assertThat(gt.name()).isEqualTo("Global Times");
        assertThat(gt.country()).isEqualTo("CN");
        assertThat(gt.ownership()).isEqualTo(Ownership.STATE);
    }

    @Test
    void semaforIsAPrivateUsOutlet() {
        Outlet semafor = registry.byName("Semafor").orElseThrow();
        assertThat(semafor.country()).isEqualTo("US");
        assertThat(semafor.ownership()).isEqualTo(Ownership.PRIVATE);
    }

    @Test
    void reutersAndAssociatedPressAreWireAgencies() {
        assertThat(registry.byName("Reuters").orElseThrow().ownership()).isEqualTo(Ownership.WIRE);
        assertThat(registry.byName("Associated Press").orElseThrow().ownership()).isEqualTo(Ownership.WIRE);
        assertThat(registry.byName("AP").orElseThrow().id()).isEqualTo("ap");
    }

    @Test
    void stateNewsAgenciesAreStateOwnedAndInTheWireGroup() {
        for (String name : List.of("Xinhua", "TASS")) {
            Outlet agency = registry.byName(name).orElseThrow();
            assertThat(agency.ownership()).as(name).isEqualTo(Ownership.STATE);
            assertThat(agency.inGroup("wire")).as(name).isTrue();
        }
        assertThat(registry.outlets()).filteredOn(o -> o.ownership() == Ownership.WIRE)
                .allSatisfy(o -> assertThat(o.inGroup("wire")).as(o.id()).isTrue());
    }

    @Test
    void publicBroadcastersAreNotStateMedia() {
        assertThat(registry.byName("BBC").orElseThrow().ownership()).isEqualTo(Ownership.PUBLIC_BROADCASTER);
        assertThat(registry.byName("NHK").orElseThrow().ownership()).isEqualTo(Ownership.PUBLIC_BROADCASTER);
        assertThat(registry.byName("Al Jazeera").orElseThrow().ownership()).isEqualTo(Ownership.STATE);
    }

    @Test
    void resolvesTheOutletsOfTheSampleCorpus() {
        assertThat(registry.byName("Breaking Defense")).isPresent();
        assertThat(registry.byName("South China Morning Post").orElseThrow().country()).isEqualTo("HK");
        assertThat(registry.byName("Bloomberg TV").orElseThrow().id()).isEqualTo("bloomberg");
        assertThat(registry.byName("Nikkei Asia").orElseThrow().id()).isEqualTo("nikkei");
        assertThat(registry.byName("Fox News")).isPresent();
        assertThat(registry.byName("Time")).isPresent();
    }
}
