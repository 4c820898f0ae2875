package dev.parallax.brief;

import static java.util.Objects.requireNonNull;

/** A voice in the briefing: the speaker, the side that quotes them and the span. */
public record VoiceView(String speaker, String side, SourceRef source) {

    public VoiceView {
        requireNonNull(speaker, "speaker");
        requireNonNull(side, "side");
        requireNonNull(source, "source");
    }
}
