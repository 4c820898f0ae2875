package dev.parallax.brief;

import java.util.List;

/**
 * The briefing of one event story: The News, its sources and coverage per side, main actors and timeline; and the
 * Signals format — per side its emphasis, framing, one-sided facts and voices; the claims more than one side reports;
 * where the sides differ; the voices of no side compared (each side's voices are in its Signals). {@code storyline}
 * is the id of the chain of connected events the story belongs to.
 *
 * <p>Each item is shown once, in the first section holding it in this order: {@code news}, {@code shared} and
 * {@code differences}, {@code onlyThisSide}, {@code emphasis}, {@code timeline}, {@code voices}. A claim, voice or
 * timeline entry held again later has {@code shownIn} set to the key of the section showing it and is a reference
 * only (its label, speaker or date, and spans). Each claim has one label wherever its spans are cited.
 * {@link Consistency} counts departures from these rules.
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
