package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ActorResolverTest {

    private static final ActorResolver RESOLVER = new ActorResolver(OutletRegistry.bundled());
    private static List<Actor> sample;

    @BeforeAll
    static void resolveTheSampleCorpus() {
        sample = RESOLVER.resolve(SampleCorpus.annotated());
    }

    private static List<Actor> named(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).toList();
    }

    private static Actor one(String name) {
        List<Actor> found = named(sample, name);
        assertThat(found).as(name).hasSize(1);
        return found.getFirst();
    }

    private static Actor withMention(List<Actor> actors, AnnotatedArticle a, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = a.text().indexOf(text, at + 1);
        }
        int start = at;
        return actors.stream().filter(x -> x.mentions().stream()
                        .anyMatch(m -> m.article().equals(a.id()) && m.span().start() == start))
                .findFirst().orElseThrow(() -> new AssertionError("no actor mentioned as '" + text + "' at " + start));
    }

    private static Optional<Role> role(Actor a, String title) {
        return a.roles().stream().filter(r -> r.title().equals(title)).findFirst();
    }

    @Test
    void theSevenPeopleOfTheSampleAreOneActorEachWithTheirRoles() {
        for (String name : List.of("Kai-Fu Lee", "Liu Wei", "Lü Xiang", "Wang Wenbin", "Elon Musk", "Joe Biden", "Xi Jinping")) {
            Actor a = one(name);
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
            assertThat(a.roles()).as(name).isNotEmpty();
        }
        assertThat(role(one("Wang Wenbin"), "spokesperson")).hasValueSatisfying(r ->
                assertThat(r.affiliation()).contains("Chinese Foreign Ministry"));
        assertThat(one("Wang Wenbin").side()).contains("China");
        assertThat(one("Liu Wei").roles()).anySatisfy(r -> {
            assertThat(r.title()).startsWith("director of the human-machine interaction");
            assertThat(r.affiliation()).contains("Beijing University of Posts and Telecommunications");
        });
        assertThat(role(one("Lü Xiang"), "research fellow")).hasValueSatisfying(r ->
                assertThat(r.affiliation()).contains("Chinese Academy of Social Sciences"));
        assertThat(role(one("Elon Musk"), "founder")).hasValueSatisfying(r ->
                assertThat(r.affiliation()).contains("Tesla"));
        assertThat(role(one("Joe Biden"), "President")).isPresent();
        assertThat(one("Joe Biden").side()).contains("United States");
        assertThat(role(one("Xi Jinping"), "leader")).isPresent();
        assertThat(one("Xi Jinping").side()).contains("China");
        assertThat(role(one("Kai-Fu Lee"), "tech pioneer")).isPresent();
    }

    @Test
    void aSurnameAloneJoinsTheFullNameWithinAndAcrossArticles() {
        Actor lee = one("Kai-Fu Lee");
        assertThat(lee.aliases()).contains("Lee");
        assertThat(lee.mentions()).hasSize(3);
        assertThat(named(sample, "Lee")).isEmpty();
        // "the Biden administration" in the Global Times piece is the Joe Biden of Semafor's.
        Actor biden = one("Joe Biden");
        assertThat(biden.articles()).containsExactlyInAnyOrder(SampleCorpus.article("000").id(),
                SampleCorpus.article("002").id());
        assertThat(named(sample, "Liu")).isEmpty();
        assertThat(named(sample, "Lü")).isEmpty();
    }

    @Test
    void aTitleBeforeTheNameIsARoleNotPartOfTheName() {
        Actor ding = one("Jeffrey Ding");
        assertThat(ding.mentions()).hasSize(2);
        assertThat(role(ding, "Professor")).hasValueSatisfying(r ->
                assertThat(r.affiliation()).contains("George Washington University"));
    }

    @Test
    void mediaOutletsAreActorsOfTheirOwnType() {
        assertThat(sample).filteredOn(a -> a.type() == ActorType.MEDIA).extracting(Actor::name)
                .contains("Global Times", "Reuters", "Breaking Defense");
        assertThat(one("GPT-4").type()).isEqualTo(ActorType.PRODUCT);
    }

    @Test
    void twoPeopleWhoShareASurnameStayApart() {
        AnnotatedArticle a = InlineArticles.annotate("""
                Senator John Smith met the engineer Jane Smith in Boston on Monday to discuss the new bridge.

                John Smith said the bridge would open next year, and Jane Smith said the design was finished.
                """);
        List<Actor> actors = RESOLVER.resolve(List.of(a));
        Actor john = named(actors, "John Smith").getFirst();
        Actor jane = named(actors, "Jane Smith").getFirst();
        assertThat(john.id()).isNotEqualTo(jane.id());
        assertThat(john.mentions()).hasSize(2).allSatisfy(m -> assertThat(m.text()).isEqualTo("John Smith"));
        assertThat(jane.mentions()).hasSize(2).allSatisfy(m -> assertThat(m.text()).isEqualTo("Jane Smith"));
    }

    @Test
    void aCapitalIsItsGovernmentOnlyAsTheSubjectOfAVerb() {
        AnnotatedArticle a = InlineArticles.annotate("""
                Washington imposed new export controls on advanced chips last week.

                Beijing said the controls would hurt global trade, and the White House declined to comment.

                A trade delegation flew to Beijing for more talks, and tourists crowded the streets of Washington.
                """);
        List<Actor> actors = RESOLVER.resolve(List.of(a));
        assertThat(withMention(actors, a, "Washington", 0).id()).isEqualTo("government:united-states");
        assertThat(withMention(actors, a, "Beijing", 0).id()).isEqualTo("government:china");
        assertThat(withMention(actors, a, "White House", 0).id()).isEqualTo("government:united-states");
        assertThat(withMention(actors, a, "Beijing", 1).type()).isEqualTo(ActorType.PLACE);
        assertThat(withMention(actors, a, "Washington", 1).type()).isEqualTo(ActorType.PLACE);
    }

    @Test
    void everyMentionSpanHoldsItsText() {
        for (Actor actor : sample) {
            for (ActorMention m : actor.mentions()) {
                AnnotatedArticle a = SampleCorpus.annotated().stream().filter(x -> x.id().equals(m.article()))
                        .findFirst().orElseThrow();
                assertThat(m.span().of(a.text())).isEqualTo(m.text());
            }
        }
    }
}
