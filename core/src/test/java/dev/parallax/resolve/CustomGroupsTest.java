package dev.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Problem;
import org.junit.jupiter.api.Test;

class CustomGroupsTest {

    private final OutletRegistry registry = OutletRegistry.bundled();

    @Test
    void mapsOutletsListedByDomainOrNameToTheirGroup() {
        CustomGroups groups = CustomGroups.parse("""
                # the two sides of the AI-talks story
                US media: semafor.com, https://www.washingtonpost.com, Associated Press

                Chinese state media: globaltimes.cn, Xinhua, the People's Daily
                """, "groups.txt", registry);
        assertThat(groups.problems()).isEmpty();
        assertThat(groups.labels()).containsExactly("US media", "Chinese state media");
        assertThat(groups.sideOf(registry.byId("semafor").orElseThrow())).isEqualTo("US media");
        assertThat(groups.sideOf(registry.byId("ap").orElseThrow())).isEqualTo("US media");
        assertThat(groups.sideOf(registry.byId("peoplesdaily").orElseThrow())).isEqualTo("Chinese state media");
        assertThat(groups.sideOf(registry.byId("xinhua").orElseThrow())).isEqualTo("Chinese state media");
    }

    @Test
    void knownOutletInNoGroupIsOther() {
        CustomGroups groups = CustomGroups.parse("US media: semafor.com", "groups.txt", registry);
        assertThat(groups.sideOf(registry.byId("bbc").orElseThrow())).isEqualTo(CustomGroups.OTHER);
    }

    @Test
    void badLinesAndUnknownEntriesBecomeProblemsWithTheirLine() {
        CustomGroups groups = CustomGroups.parse("""
                US media: semafor.com, example-gazette.org
                just some words without a label
                Chinese state media: globaltimes.cn, Semafor
                """, "groups.txt", registry);
        assertThat(groups.problems()).extracting(Problem::location)
                .containsExactly("groups.txt:1", "groups.txt:2", "groups.txt:3");
        assertThat(groups.problems().get(0).message()).contains("'example-gazette.org'", "not a domain or name");
        assertThat(groups.problems().get(1).message()).contains("expected 'Label: outlet, outlet, ...'");
        assertThat(groups.problems().get(2).message()).contains("already in group 'US media'");
        assertThat(groups.sideOf(registry.byId("semafor").orElseThrow())).isEqualTo("US media");
        assertThat(groups.sideOf(registry.byId("globaltimes").orElseThrow())).isEqualTo("Chinese state media");
    }
}
