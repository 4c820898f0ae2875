package dev.parallax.render;

import dev.parallax.brief.ActorView;
import dev.parallax.brief.Briefing;
import dev.parallax.resolve.OutletRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WhoQuotesWhomTest {

    private static final Briefing BRIEFING = new Briefing(Briefing.SCHEMA, "2024-05-15", "country", List.of(),
            List.of(actor("person:wang-wenbin", "Wang Wenbin", "person", List.of()),
                    actor("government:united-states", "United States", "government", List.of("US", "White House")),
                    actor("media:wapo", "The Washington Post", "media", List.of("Washington Post"))),
            List.of(), List.of(), List.of());

    private static ActorView actor(String id, String name, String type, List<String> aliases) {
        return new ActorView(id, name, type, aliases, List.of(), null, List.of());
    }

    private static WhoQuotesWhom.Voice classify(String label) {
        return WhoQuotesWhom.classify(BRIEFING, OutletRegistry.bundled(), label);
    }

    @Test
    void aResolvedPersonIsAPersonNamedWithoutTheRole() {
        assertThat(classify("Wang Wenbin (Chinese Foreign Ministry spokesperson)"))
                .isEqualTo(new WhoQuotesWhom.Voice("Wang Wenbin", WhoQuotesWhom.Kind.PERSON));
    }

    @Test
    void anActorOfTypeMediaOrAnOutletOfTheRegistryIsAnOutlet() {
        assertThat(classify("Washington Post"))
                .isEqualTo(new WhoQuotesWhom.Voice("The Washington Post", WhoQuotesWhom.Kind.OUTLET));
        assertThat(classify("Reuters").kind()).isEqualTo(WhoQuotesWhom.Kind.OUTLET);
        assertThat(classify("a report by Reuters"))
                .isEqualTo(new WhoQuotesWhom.Voice("Reuters", WhoQuotesWhom.Kind.OUTLET));
    }

    @Test
    void aGovernmentOrAnInstitutionalNameIsAnInstitution() {
        assertThat(classify("White House").kind()).isEqualTo(WhoQuotesWhom.Kind.INSTITUTION);
        assertThat(classify("Ministry of Commerce").kind()).isEqualTo(WhoQuotesWhom.Kind.INSTITUTION);
    }

    @Test
    void aDescriptionInsteadOfANameIsAnUnnamedSource() {
        for (String label : List.of("experts", "US officials", "Chinese experts", "one US official",
                "the head of research at ByteDance", "a reporter for Reuters at the scene")) {
            assertThat(classify(label).kind()).as(label).isEqualTo(WhoQuotesWhom.Kind.UNNAMED);
            assertThat(classify(label).name()).as(label).isEqualTo(label);
        }
    }

    @Test
    void aCapitalisedNameWithoutAnActorIsAPerson() {
        assertThat(classify("Jane Roe (analyst)"))
                .isEqualTo(new WhoQuotesWhom.Voice("Jane Roe", WhoQuotesWhom.Kind.PERSON));
    }
}
