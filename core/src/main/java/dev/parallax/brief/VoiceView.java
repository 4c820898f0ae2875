package dev.parallax.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A voice in the briefing: the speaker's label, the id of the speaker's actor in the briefing's {@code actors}
 * ({@code null} for an unnamed source such as "US officials"), the side that quotes them and the span.
 *
 * @param shownIn empty when the voice's line shows its words; otherwise the story section that already shows them
 *                (see {@link StoryBrief}): the line names the speaker and refers there
 * @param says    the words of the article that report the span ("accused", "did not expect"), which a paraphrase is
 *                shown after; {@code null} in a briefing written before voices had them
 */
public record VoiceView(String speaker, String actor, String side, SourceRef source, String shownIn, SourceRef says) {

    /**
     * One speaker as quoted by one side, with every span, in order of first appearance: what a reader's line shows.
     *
     * @param actor   the speaker's actor id, or {@code null}
     * @param own     the spans whose words this line shows (no other section shows them)
     * @param shownIn the sections showing the words of the other spans, each once, in order
     * @param says    the words that report each span that has them (see {@link VoiceView#says})
     */
    public record Quoted(String speaker, String actor, String side, List<SourceRef> sources, List<SourceRef> own,
                         List<String> shownIn, Map<SourceRef, SourceRef> says) {
        public Quoted {
            sources = List.copyOf(sources);
            own = List.copyOf(own);
            shownIn = List.copyOf(shownIn);
            says = Map.copyOf(says);
        }
    }

    /**
     * The voices gathered by speaker and side, in order of first appearance: one actor is one speaker whatever label
     * each article gives it (the longest label is shown); a voice with no actor goes by its label.
     */
    public static List<Quoted> bySpeaker(List<VoiceView> voices) {
        Map<List<String>, List<VoiceView>> bySpeaker = new LinkedHashMap<>();
        Map<List<String>, String> label = new LinkedHashMap<>();
        for (VoiceView v : voices) {
            List<String> key = List.of(v.actor() != null ? v.actor() : "label:" + v.speaker(), v.side());
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            label.merge(key, v.speaker(), (a, b) -> b.length() > a.length() ? b : a);
        }
        List<Quoted> out = new ArrayList<>();
        bySpeaker.forEach((key, vs) -> out.add(new Quoted(label.get(key), vs.get(0).actor(), key.get(1),
                vs.stream().map(VoiceView::source).toList(),
                vs.stream().filter(v -> v.shownIn().isEmpty()).map(VoiceView::source).toList(),
                vs.stream().map(VoiceView::shownIn).filter(x -> !x.isEmpty()).distinct().toList(),
                vs.stream().filter(v -> v.says() != null)
                        .collect(java.util.stream.Collectors.toMap(VoiceView::source, VoiceView::says, (x, y) -> x)))));
        return out;
    }

    public VoiceView {
        requireNonNull(speaker, "speaker");
        requireNonNull(side, "side");
        requireNonNull(source, "source");
        requireNonNull(shownIn, "shownIn");
    }
}
