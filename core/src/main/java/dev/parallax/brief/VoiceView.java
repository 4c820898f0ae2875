package dev.parallax.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A voice in the briefing: the speaker's label, the id of the speaker's actor in the briefing's {@code actors}
 * ({@code null} for an unnamed source such as "US officials"), the side that quotes them and the span.
 */
public record VoiceView(String speaker, String actor, String side, SourceRef source) {

    /**
     * One speaker as quoted by one side, with every span, in order of first appearance: what a reader's line shows.
     * {@code actor} is the speaker's actor id, or {@code null}.
     */
    public record Quoted(String speaker, String actor, String side, List<SourceRef> sources) {
        public Quoted {
            sources = List.copyOf(sources);
        }
    }

    /**
     * The voices gathered by speaker and side, in order of first appearance: one actor is one speaker whatever label
     * each article gives it (the longest label is shown); a voice with no actor goes by its label.
     */
    public static List<Quoted> bySpeaker(List<VoiceView> voices) {
        Map<List<String>, List<SourceRef>> spans = new LinkedHashMap<>();
        Map<List<String>, VoiceView> first = new LinkedHashMap<>();
        for (VoiceView v : voices) {
            List<String> key = List.of(v.actor() != null ? v.actor() : "label:" + v.speaker(), v.side());
            spans.computeIfAbsent(key, k -> new ArrayList<>()).add(v.source());
            first.merge(key, v, (a, b) -> b.speaker().length() > a.speaker().length() ? b : a);
        }
        List<Quoted> out = new ArrayList<>();
        spans.forEach((key, sources) -> out.add(new Quoted(first.get(key).speaker(), first.get(key).actor(), key.get(1),
                sources)));
        return out;
    }

    public VoiceView {
        requireNonNull(speaker, "speaker");
        requireNonNull(side, "side");
        requireNonNull(source, "source");
    }
}
