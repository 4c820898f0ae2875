package dev.parallax.embed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmbedderTest {

    @Test
    void returnsUnitVectorsInInputOrderAndZeroForBlankText() {
        List<float[]> v = Embedder.shared().embed(List.of("The talks were held in Geneva.", " ", "Rain fell all day."));
        assertThat(v).hasSize(3);
        assertThat(Embedder.cosine(v.get(0), v.get(0))).isCloseTo(1.0, within(1e-4));
        assertThat(v.get(1)).containsOnly(0f);
        assertThat(v.get(0)).hasSize(Embedder.DIMENSIONS);
    }

    @Test
    void sentencesWithTheSameMeaningAreCloserThanUnrelatedOnes() {
        List<float[]> v = Embedder.shared().embed(List.of(
                "Washington will not negotiate on its technology protection policies.",
                "US officials said their tech protection rules are not up for negotiation.",
                "The football club signed a new goalkeeper on Monday."));
        assertThat(Embedder.cosine(v.get(0), v.get(1))).isGreaterThan(Embedder.cosine(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void batchesGiveTheSameVectorsAsSingleTexts() {
        List<String> texts = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "Sentence number " + i + " about talks.").toList();
        List<float[]> batched = Embedder.shared().embed(texts);
        assertThat(Embedder.cosine(batched.get(35), Embedder.shared().embed(texts.get(35)))).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void givesLangChain4jsOwnVectorsOnOneThreadAndOnMany() {
        String text = "Chinese and US officials met in Geneva to talk about the risks of artificial intelligence.";
        float[] reference = Embedder.normalised(new dev.langchain4j.model.embedding.onnx.bgesmallenv15q
                .BgeSmallEnV15QuantizedEmbeddingModel().embed(text).content().vector());
        assertThat(Embedder.cosine(Embedder.shared().withThreads(1).embed(text), reference)).isCloseTo(1.0, within(1e-5));
        List<float[]> spread = Embedder.shared().withThreads(2).embed(List.of(text, "Rain fell all day.", text));
        assertThat(Embedder.cosine(spread.get(0), reference)).isCloseTo(1.0, within(1e-5));
        assertThat(Embedder.cosine(spread.get(2), reference)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void shortTextsRunInBatchesGiveTheirOwnVectorsInInputOrder() {
        String longText = "The delegations met again in Geneva to discuss military uses of artificial intelligence. "
                .repeat(40);
        List<String> texts = List.of(
                "Chinese and US officials met in Geneva to talk about the risks of artificial intelligence.",
                "Rain fell all day.",
                " ",
                "The football club signed a new goalkeeper on Monday after a long search for a replacement.",
                longText,
                "Beijing accused Washington of protectionism.",
                "Markets rose.",
                "The central bank kept interest rates unchanged, citing persistent inflation in services.");
        List<float[]> batched = Embedder.shared().withThreads(2).embedShort(texts);
        List<float[]> single = Embedder.shared().withThreads(1).embed(texts);
        assertThat(batched).hasSize(texts.size());
        assertThat(batched.get(2)).containsOnly(0f);
        // Past the model's input: the same one-at-a-time run as embed.
        assertThat(Embedder.cosine(batched.get(4), single.get(4))).isCloseTo(1.0, within(1e-5));
        for (int i = 0; i < texts.size(); i++) {
            if (i == 2) {
                continue;
            }
            // The model rounds its activations per run, so a batched vector is close to, not equal to, the
            // one-at-a-time vector (cosine 0.991 at worst over 524 PolNeAR sentences), and nearest to its own text's.
            assertThat(Embedder.cosine(batched.get(i), single.get(i))).as(texts.get(i)).isGreaterThan(0.98);
            for (int j = 0; j < texts.size(); j++) {
                if (j != i && j != 2) {
                    assertThat(Embedder.cosine(batched.get(i), single.get(j)))
                            .isLessThan(Embedder.cosine(batched.get(i), single.get(i)));
                }
            }
        }
    }

    @Test
    void refusesFewerThanOneThread() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Embedder.shared().withThreads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 thread");
    }
}
