package dev.parallax.resolve;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.FuzzedAnnotations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor resolver over any two annotated texts (any names, entity types, titles and dependency trees): no
 * exception, and every mention and role it reports lies inside its article's text. {@code -Pfuzz} fuzzes it; kept
 * crash inputs replay in the default run.
 */
class ActorResolverFuzzTest {

    private static final ActorResolver RESOLVER = new ActorResolver(OutletRegistry.bundled());

    @FuzzTest
    @DictionaryEntries({"President", "Minister", "Xi Jinping", "Biden", "Beijing", "Washington", "of", "the",
            "Global Times", "Reuters", "Lee", "Kai-Fu", "spokesman", "said", ", ", ". ", "'s"})
    void everyMentionLiesInsideItsArticle(FuzzedDataProvider data) {
        AnnotatedArticle first = FuzzedAnnotations.article(data, 400);
        AnnotatedArticle second = FuzzedAnnotations.article(data, 400);
        List<AnnotatedArticle> articles = first.id().equals(second.id()) ? List.of(first) : List.of(first, second);
        Map<String, Integer> lengths = new HashMap<>();
        articles.forEach(a -> lengths.put(a.id(), a.text().length()));
        for (Actor actor : RESOLVER.resolve(articles)) {
            for (ActorMention m : actor.mentions()) {
                assertThat(lengths).containsKey(m.article());
                assertThat(m.span().end()).as("mention %s of %s", m.span(), actor.name())
                        .isLessThanOrEqualTo(lengths.get(m.article()));
            }
            for (Role r : actor.roles()) {
                assertThat(lengths).containsKey(r.article());
                assertThat(r.span().end()).as("role %s of %s", r.span(), actor.name())
                        .isLessThanOrEqualTo(lengths.get(r.article()));
            }
        }
    }
}
