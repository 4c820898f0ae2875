package dev.parallax.index;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.brief.Briefing;
import dev.parallax.cluster.ArticleSignal;
import dev.parallax.embed.AnalysedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The binary form of what a corpus stores: Jackson Smile (binary JSON with back-references for repeated names and
 * short strings, so a POS tag or relation name costs a byte or two) over the project's own records. Only record
 * components are written (no derived getters), so the encoding is exactly the record. See docs/corpus.md.
 */
public final class AnalysisCodec {

    private static final ObjectMapper SMILE = new ObjectMapper(SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build())
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
            .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .setVisibility(PropertyAccessor.GETTER, Visibility.NONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AnalysisCodec() {
    }

    public static byte[] encode(AnalysedArticle analysis) {
        return write(analysis);
    }

    public static AnalysedArticle analysis(byte[] bytes) {
        return read(bytes, AnalysedArticle.class);
    }

    public static byte[] encode(AnnotatedArticle annotated) {
        return write(annotated);
    }

    public static AnnotatedArticle annotated(byte[] bytes) {
        return read(bytes, AnnotatedArticle.class);
    }

    public static byte[] encode(ArticleSignal signal) {
        return write(signal);
    }

    public static ArticleSignal signal(byte[] bytes) {
        return read(bytes, ArticleSignal.class);
    }

    public static byte[] encode(Briefing briefing) {
        return write(briefing);
    }

    public static Briefing briefing(byte[] bytes) {
        return read(bytes, Briefing.class);
    }

    private static byte[] write(Object value) {
        try {
            return SMILE.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("a " + value.getClass().getSimpleName() + " did not serialise", e);
        }
    }

    private static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return SMILE.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored " + type.getSimpleName() + " is not readable (written by "
                    + "another version of Parallax? run `parallax reanalyze --all`)", e);
        }
    }
}
