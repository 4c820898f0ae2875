package dev.parallax.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** A voice in the briefing: the speaker, the side that quotes them and the span. */
public record VoiceView(String speaker, String side, SourceRef source) {

    /** One speaker as quoted by one side, with every span, in order of first appearance: what a reader's line shows. */
    public record Quoted(String speaker, String side, List<SourceRef> sources) {
        public Quoted {
            sources = List.copyOf(sources);
        }
    }

    /** The voices gathered by speaker and side, in order of first appearance. */
    public static List<Quoted> bySpeaker(List<VoiceView> voices) {
        Map<List<String>, List<SourceRef>> spans = new LinkedHashMap<>();
        voices.forEach(v -> spans.computeIfAbsent(List.of(v.speaker(), v.side()), k -> new ArrayList<>()).add(v.source()));
        List<Quoted> out = new ArrayList<>();
        spans.forEach((key, sources) -> out.add(new Quoted(key.get(0), key.get(1), sources)));
        return out;
    }

    public VoiceView {
        requireNonNull(speaker, "speaker");
        requireNonNull(side, "side");
        requireNonNull(source, "source");
    }
}
