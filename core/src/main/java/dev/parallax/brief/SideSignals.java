package dev.parallax.brief;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One perspective's Signals in a story: what it puts first (the lead statements of its articles), its framing
 * terms with evidence, the facts only it reports, and the voices it quotes.
 */
public record SideSignals(String side, List<String> outlets, List<Grounded> emphasis, List<FramingView> framing,
                          List<Grounded> onlyThisSide, List<VoiceView> voices) {

    public SideSignals {
        requireNonNull(side, "side");
        outlets = List.copyOf(outlets);
        emphasis = List.copyOf(emphasis);
        framing = List.copyOf(framing);
        onlyThisSide = List.copyOf(onlyThisSide);
        voices = List.copyOf(voices);
    }
}
