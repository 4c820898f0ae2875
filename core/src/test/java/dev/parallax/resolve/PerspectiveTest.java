package dev.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerspectiveTest {

    private final OutletRegistry registry = OutletRegistry.bundled();
    private final Outlet globalTimes = registry.byId("globaltimes").orElseThrow();
    private final Outlet semafor = registry.byId("semafor").orElseThrow();
    private final Outlet scmp = registry.byId("scmp").orElseThrow();
    private final Outlet reuters = registry.byId("reuters").orElseThrow();
    private final UnknownOutlet unknown = new UnknownOutlet(Optional.of("Example Gazette"), Optional.empty());

    @Test
    void countrySidesAreReadableCountryNames() {
        Perspective country = Perspective.country();
        assertThat(country.sideOf(globalTimes)).isEqualTo("China");
        assertThat(country.sideOf(semafor)).isEqualTo("United States");
        assertThat(country.sideOf(scmp)).isEqualTo("Hong Kong");
        assertThat(country.sideOf(reuters)).isEqualTo("United Kingdom");
    }

    @Test
    void ownershipSidesAreCategoryLabels() {
        Perspective ownership = Perspective.ownership();
        assertThat(ownership.sideOf(globalTimes)).isEqualTo("state-owned or state-affiliated");
        assertThat(ownership.sideOf(semafor)).isEqualTo("private");
        assertThat(ownership.sideOf(reuters)).isEqualTo("wire agency");
    }

    @Test
    void unknownOutletIsOnTheUnknownSideUnderEveryAxis() {
        CustomGroups groups = CustomGroups.parse("US media: semafor.com", "g.txt", registry);
        for (Perspective p : List.of(Perspective.country(), Perspective.ownership(), groups)) {
            assertThat(p.sideOf(unknown)).as(p.name()).isEqualTo(Perspective.UNKNOWN);
        }
    }

    @Test
    void anUnknownOutletTakesTheCountryOfItsDomainsCountryCodeButNotOfAGenericOne() {
        Perspective country = Perspective.country();
        assertThat(country.sideOf(new UnknownOutlet(Optional.empty(), Optional.of("www.chinadaily.com.cn")))).isEqualTo("China");
        assertThat(country.sideOf(new UnknownOutlet(Optional.empty(), Optional.of("news.example.co.uk")))).isEqualTo("United Kingdom");
        assertThat(country.sideOf(new UnknownOutlet(Optional.empty(), Optional.of("www.tagesspiegel.de")))).isEqualTo("Germany");
        assertThat(country.sideOf(new UnknownOutlet(Optional.empty(), Optional.of("example.io")))).isEqualTo(Perspective.UNKNOWN);
        assertThat(country.sideOf(new UnknownOutlet(Optional.empty(), Optional.of("example.com")))).isEqualTo(Perspective.UNKNOWN);
        assertThat(Perspective.ownership().sideOf(new UnknownOutlet(Optional.empty(), Optional.of("www.tagesspiegel.de"))))
                .isEqualTo(Perspective.UNKNOWN);
    }

    @Test
    void coverageGroupsAStorysOutletsBySideWithUnknownLast() {
        var coverage = Perspective.country().coverage(List.of(semafor, unknown, globalTimes, reuters));
        assertThat(coverage.keySet()).containsExactly("China", "United Kingdom", "United States", "unknown");
        assertThat(coverage.get("United States")).containsExactly(semafor);
    }
}
