package dev.parallax.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A voice in the briefing: the speaker, the side that quotes them and the span.
 *
 * @param shownIn empty when the voice's line shows its words; otherwise the story section that already shows them
 *                (see {@link StoryBrief}): the line names the speaker and refers there
 */
public record VoiceView(String speaker, String side, SourceRef source, String shownIn) {

    /**
     * One speaker as quoted by one side, with every span, in order of first appearance: what a reader's line shows.
     *
     * @param own     the spans whose words this line shows (no other section shows them)
     * @param shownIn the sections showing the words of the other spans, each once, in order
     */
    public record Quoted(String speaker, String side, List<SourceRef> sources, List<SourceRef> own,
                         List<String> shownIn) {
        public Quoted {
            sources = List.copyOf(sources);
            own = List.copyOf(own);
            shownIn = List.copyOf(shownIn);
        }
    }

    /** The voices gathered by speaker and side, in order of first appearance. */
    public static List<Quoted> bySpeaker(List<VoiceView> voices) {
        Map<List<String>, List<VoiceView>> bySpeaker = new LinkedHashMap<>();
        voices.forEach(v -> bySpeaker.computeIfAbsent(List.of(v.speaker(), v.side()), k -> new ArrayList<>()).add(v));
        List<Quoted> out = new ArrayList<>();
        bySpeaker.forEach((key, vs) -> out.add(new Quoted(key.get(0), key.get(1),
                vs.stream().map(VoiceView::source).toList(),
                vs.stream().filter(v -> v.shownIn().isEmpty()).map(VoiceView::source).toList(),
                vs.stream().map(VoiceView::shownIn).filter(x -> !x.isEmpty()).distinct().toList())));
        return out;
    }

    public VoiceView {
        requireNonNull(speaker, "speaker");
        requireNonNull(side, "side");
        requireNonNull(source, "source");
        requireNonNull(shownIn, "shownIn");
    }
}
