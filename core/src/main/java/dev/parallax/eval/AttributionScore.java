package dev.parallax.eval;

import java.util.Locale;

/**
 * Counts from scoring attributions against gold, added up over documents.
 *
 * @param content              content matches
 * @param contentSource        content and source both match
 * @param direct               content matches among direct quotations only (system: direct; gold: quoted)
 * @param directContentSource  content and source among direct quotations only
 * @param directGold           gold direct quotations
 * @param directFound          gold direct quotations whose content some system attribution matches
 * @param directSpeakerRight   of those, the ones whose system source overlaps the gold source
 */
public record AttributionScore(Counts content, Counts contentSource, Counts direct, Counts directContentSource,
                               int directGold, int directFound, int directSpeakerRight) {

    public static final AttributionScore ZERO = new AttributionScore(Counts.ZERO, Counts.ZERO, Counts.ZERO,
            Counts.ZERO, 0, 0, 0);

    /** Predicted and gold items and how many of each were matched one to one. */
    public record Counts(int predicted, int gold, int matched) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts {
            if (predicted < 0 || gold < 0 || matched < 0 || matched > predicted || matched > gold) {
                throw new IllegalArgumentException("bad counts " + predicted + "/" + gold + "/" + matched);
            }
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Counts plus(Counts o) {
            return new Counts(predicted + o.predicted, gold + o.gold, matched + o.matched);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d predicted, %d gold, %d matched)",
                    precision(), recall(), f1(), predicted, gold, matched);
        }
    }

    public AttributionScore plus(AttributionScore o) {
        return new AttributionScore(content.plus(o.content), contentSource.plus(o.contentSource),
                direct.plus(o.direct), directContentSource.plus(o.directContentSource), directGold + o.directGold,
                directFound + o.directFound, directSpeakerRight + o.directSpeakerRight);
    }

    /** Share of found gold direct quotations given the right speaker span. */
    public double directSpeakerAccuracy() {
        return directFound == 0 ? 0 : (double) directSpeakerRight / directFound;
    }
}
