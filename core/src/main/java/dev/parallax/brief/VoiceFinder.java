package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;

import java.util.List;

/**
 * The voices an article quotes. The attribution stage provides the real one (speakers and cues over dependency
 * parses); {@link #NONE} leaves the Voices sections empty until it is connected in the pipeline.
 */
@FunctionalInterface
public interface VoiceFinder {

    VoiceFinder NONE = article -> List.of();

    List<Voice> voices(AnnotatedArticle article);
}
