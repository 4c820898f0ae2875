package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled filter after the rules, cue detector and content ends, as the pipeline runs it. */
class AttributionFilterTest {

    private static final String TEXT = """
            Echoing the mayor, Dana Whitfield, a historian at the University of Leeds, said that the talks were \
            encouraging.

            Despite the ministry calling the plan a priority, the budget has shrunk for three years in a row, \
            Whitfield told the Yorkshire Post on Monday.

            "We are not there yet," one delegate said.
            """;

    private static List<String> contents(Attributor attributor, AnnotatedArticle annotated) {
        return attributor.attribute(annotated).attributions().stream()
                .map(a -> a.content().of(annotated.text()) + " <- " + a.speaker().name()).toList();
    }

    @Test
    void dropsSpeechWithoutASpeakerAndKeepsNamedSpeakersAndQuotations() {
        AnnotatedArticle annotated = Texts.annotate(TEXT);
        List<Attribution> unfiltered = Attributor.unfiltered().attribute(annotated).attributions();
        List<Attribution> filtered = new Attributor().attribute(annotated).attributions();

        // The participle "Echoing" takes the whole sentence as its content and has no source: the filter drops it.
        assertThat(unfiltered).anySatisfy(a -> assertThat(a.cue().of(annotated.text())).isEqualTo("Echoing"));
        assertThat(filtered).noneSatisfy(a -> assertThat(a.cue().of(annotated.text())).isEqualTo("Echoing"));
        assertThat(filtered).hasSizeLessThan(unfiltered.size());

        // A named person's reported speech with a verb of saying is kept, wherever the tag stands.
        assertThat(contents(new Attributor(), annotated))
                .anySatisfy(c -> assertThat(c).startsWith("that the talks were encouraging")
                        .endsWith("<- Dana Whitfield"))
                .anySatisfy(c -> assertThat(c).startsWith("Despite the ministry").endsWith("<- Dana Whitfield"))
                .anySatisfy(c -> assertThat(c).contains("We are not there yet"));
    }

    @Test
    void keepsWhatItIsNotAskedAbout() {
        // Every attribution the filter keeps was found before it; quotations are never dropped.
        AnnotatedArticle annotated = Texts.annotate(TEXT);
        List<Attribution> unfiltered = Attributor.unfiltered().attribute(annotated).attributions();
        List<Attribution> filtered = new Attributor().attribute(annotated).attributions();
        assertThat(unfiltered).containsAll(filtered);
        assertThat(filtered).containsAll(unfiltered.stream()
                .filter(a -> a.kind() != Attribution.Kind.INDIRECT).toList());
    }
}
