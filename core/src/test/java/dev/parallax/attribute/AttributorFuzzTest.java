package dev.parallax.attribute;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.FuzzedAnnotations;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attributor over any annotated text (any words, tags, entity types and dependency trees): no exception, and
 * every span it reports lies inside the text. {@code -Pfuzz} fuzzes it; kept crash inputs replay in the default run.
 */
class AttributorFuzzTest {

    private static final Attributor ATTRIBUTOR = new Attributor();

    @FuzzTest
    @DictionaryEntries({"said", "says", "told", "according to", "\"", "'", "Mr.", "spokesman", "he", "she", "they",
            "the minister", "Reuters", "reported", "believes", "added", ", ", ". "})
    void everySpanLiesInsideTheText(FuzzedDataProvider data) {
        AnnotatedArticle article = FuzzedAnnotations.article(data, 600);
        AttributedArticle attributed = ATTRIBUTOR.attribute(article);
        int length = article.text().length();
        for (Span s : spans(attributed)) {
            assertThat(s.end()).as("span %s in a text of %d characters", s, length).isLessThanOrEqualTo(length);
        }
        for (Attribution a : attributed.attributions()) {
            assertThat(a.sentence()).isBetween(0, article.sentences().size() - 1);
        }
    }

    static List<Span> spans(AttributedArticle a) {
        List<Span> out = new ArrayList<>();
        for (Attribution x : a.attributions()) {
            out.add(x.content());
            out.addAll(x.parts());
            out.add(x.cue());
            x.source().ifPresent(out::add);
            x.via().ifPresent(v -> out.add(v.span()));
        }
        a.terms().forEach(t -> out.add(t.span()));
        for (CitedSource c : a.sources()) {
            out.addAll(c.mentions());
            out.addAll(c.supports());
        }
        return out;
    }
}
