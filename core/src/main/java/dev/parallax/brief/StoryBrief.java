package dev.parallax.brief;

import java.util.List;

/**
 * The briefing of one event story: The News, its sources and coverage per side, main actors and timeline; and the
 * Signals format — per side its emphasis, framing, one-sided facts and voices; the claims every side reports; where
 * the sides differ; the voices of no side compared (each side's voices are in its Signals). Each cited span is shown
 * once. {@code storyline} is the id of the chain of connected events the story belongs to.
 */
public record StoryBrief(String id, String headline, List<String> articles, List<Grounded> news,
                         List<OutletCoverage> sources, List<SideCoverage> coverage, List<ActorEntry> actors,
                         List<TimelineEntry> timeline, String storyline, List<SideSignals> signals,
                         List<ClaimView> shared, List<ClaimView> differences, List<VoiceView> voices) {

    /** Every voice of the story: those in each side's Signals, then those of no side compared. */
    public List<VoiceView> allVoices() {
        List<VoiceView> all = new java.util.ArrayList<>();
        signals.forEach(s -> all.addAll(s.voices()));
        all.addAll(voices);
        return all;
    }

    public StoryBrief {
        articles = List.copyOf(articles);
        news = List.copyOf(news);
        sources = List.copyOf(sources);
        coverage = List.copyOf(coverage);
        actors = List.copyOf(actors);
        timeline = List.copyOf(timeline);
        java.util.Objects.requireNonNull(storyline, "storyline");
        signals = List.copyOf(signals);
        shared = List.copyOf(shared);
        differences = List.copyOf(differences);
        voices = List.copyOf(voices);
    }
}
