package dev.parallax.attribute;

import dev.parallax.annotate.Tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads: one parsed sentence and the quotations in the article. Adds: the {@link Claim}s its dependency parse shows,
 * each construction read by a class of its own: a line opened by a name and a colon ({@link SpeakerLine}), then word
 * by word "according to X, …" ({@link AccordingCue}), "X seems …" ({@link AppearanceCue}), "X is critical of …"
 * ({@link AdjectiveCue}), a citing verb ("Reuters quoted one US official", {@link CitingCue}), and a speech, belief or
 * intention verb of the lexicon or one the {@link CueDetector} accepts ("X said (that) …", "…, X noted", "X urged Y
 * to …", {@link VerbCue}), and a noun the detector accepts with what it is about ("raised questions about how …",
 * {@link NounCue}). Each claim's content then ends where the writer goes on ({@link ContentBreaks}). Cue words inside
 * quotations are the quoted person's own words and are skipped. Bad input: an unparsed sentence yields no claims.
 */
final class ReportedSpeechFinder {

    private final Optional<CueDetector> cues;

    /** The lexicon's cues, and the verbs outside it that {@code cues} accepts (none when it is empty). */
    ReportedSpeechFinder(Optional<CueDetector> cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** Whether the rules read a verb of this lemma by its frames (a lexicon verb other than appearances and citing). */
    static boolean framedVerb(String lemma) {
        return !lemma.equals("seem") && !lemma.equals("appear") && !CueLexicon.CITING.contains(lemma)
                && CueLexicon.isCueVerb(lemma);
    }

    /**
     * Whether the rules read token {@code i}, a verb the lexicon holds, as a cue in one of their frames; one they do
     * not is left to the {@link CueDetector}.
     */
    boolean framed(Tree tree, int i) {
        return VerbCue.claim(tree, 0, i, tree.lemma(i), false).isPresent();
    }

    /** Whether the rules read a verb of this lemma as a cue (the lexicon's, appearances and citing). */
    static boolean rulesCue(String lemma) {
        return lemma.equals("seem") || lemma.equals("appear") || CueLexicon.CITING.contains(lemma)
                || CueLexicon.isCueVerb(lemma);
    }

    /**
     * The claims of sentence {@code sentence}, whose parse is {@code tree}, in the order of their cues;
     * {@code names} are the last words of the persons and organisations the article names (lower-cased), which
     * make a name CoreNLP left untagged a speaker of a line ("Lynch: No outside influence …").
     */
    List<Claim> find(Tree tree, int sentence, List<Quotation> quotations, Set<String> names) {
        return claims(tree, sentence, quotations, names).stream()
                .map(c -> ContentBreaks.cut(tree, c, quotations)).toList();
    }

    private List<Claim> claims(Tree tree, int sentence, List<Quotation> quotations, Set<String> names) {
        List<Claim> out = new ArrayList<>();
        if (!tree.parsed()) {
            return out;
        }
        SpeakerLine.claim(tree, sentence, names).ifPresent(out::add);
        List<Quotation> here = quotationsAround(tree, quotations);
        for (int i = 0; i < tree.size(); i++) {
            if (CueFrame.insideQuotation(tree.token(i).span(), here)) {
                continue;
            }
            // The word's length first: lower-casing every word of the article to find this one was a few per cent
            // of attribution, and lower-casing never shortens a word.
            if (tree.word(i).length() == "according".length() && tree.lower(i).equals("according")
                    && i + 1 < tree.size() && tree.lower(i + 1).equals("to")) {
                AccordingCue.claim(tree, sentence, i).ifPresent(out::add);
                continue;
            }
            if (tree.pos(i).startsWith("JJ")) {
                AdjectiveCue.claim(tree, sentence, i).ifPresent(out::add);
                continue;
            }
            if (!tree.pos(i).startsWith("VB")) {
                if (cues.isPresent() && cues.get().isNounCue(tree, i)) {
                    NounCue.claim(tree, sentence, i).ifPresent(out::add);
                }
                continue;
            }
            String lemma = tree.lemma(i);
            int before = out.size();
            if (lemma.equals("seem") || lemma.equals("appear")) {
                AppearanceCue.claim(tree, sentence, i).ifPresent(out::add);
            } else if (CueLexicon.CITING.contains(lemma)) {
                CitingCue.claim(tree, sentence, i, quotations).ifPresent(out::add);
            } else if (CueLexicon.isCueVerb(lemma)) {
                Optional<Claim> framed = VerbCue.claim(tree, sentence, i, lemma, false);
                if (framed.isEmpty() && cues.isPresent() && cues.get().accepts(tree, i)) {
                    // A lexicon verb outside the frames the rules read ("want East Jerusalem", "who see the
                    // campaign as unfair"): the detector decides, as for a verb the lexicon lacks.
                    framed = VerbCue.claim(tree, sentence, i, lemma, true);
                }
                framed.ifPresent(out::add);
            } else if (cues.isPresent() && cues.get().isCue(tree, i)) {
                VerbCue.claim(tree, sentence, i, lemma, true).ifPresent(out::add);
            }
            if (out.size() == before && tree.pos(i).equals("VBN")) {
                // "Voters are worried about …", "were interested in …": a participle read as an adjective.
                AdjectiveCue.claim(tree, sentence, i).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The quotations that reach into the sentence's tokens: only they can hold one of its words, and the token loop
     * asks for every word (an article has dozens of quotations).
     */
    private static List<Quotation> quotationsAround(Tree tree, List<Quotation> quotations) {
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (int i = 0; i < tree.size(); i++) {
            start = Math.min(start, tree.token(i).span().start());
            end = Math.max(end, tree.token(i).span().end());
        }
        List<Quotation> out = new ArrayList<>();
        for (Quotation q : quotations) {
            if (q.span().start() < end && start < q.span().end()) {
                out.add(q);
            }
        }
        return out;
    }
}
