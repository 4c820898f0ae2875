package dev.parallax.resolve;

import dev.parallax.annotate.Tree;
import dev.parallax.core.WordList;

import java.util.Locale;
import java.util.Set;

/** The tense of a clause, as far as placing its dates in time needs it. */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_LEMMAS = WordList.resource(Tense.class, "future-frame-verbs");

    /**
     * The tense of the clause of {@code verb}: future when it or a verb above it has "will"/"shall" or is
     * "set/scheduled/planned to" (parsers often mistag the verbs below such a frame); past for a past-tense verb or
     * a perfect; else present. {@code verb} may be -1 (no verb): present.
     */
    static Tense of(Tree s, int verb) {
        int below = -1;
        for (int v = verb, steps = 0; v >= 0 && steps <= s.size(); below = v, v = s.parent(v), steps++) {
            for (int c : s.childrenWithPrefix(v, "aux")) {
                String w = s.token(c).lemma().toLowerCase(Locale.ROOT);
                if (w.equals("will") || w.equals("shall") || s.token(c).word().equals("'ll")) {
                    return FUTURE;
                }
            }
            boolean frame = below >= 0 ? s.relation(below).equals("xcomp") : !s.childrenWithPrefix(v, "xcomp").isEmpty();
            if (frame && FUTURE_LEMMAS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
                return FUTURE;
            }
        }
        if (verb < 0) {
            return PRESENT;
        }
        String pos = s.token(verb).pos();
        boolean perfect = s.childrenWithPrefix(verb, "aux").stream().anyMatch(c -> s.token(c).lemma().equals("have"));
        boolean pastAux = s.childrenWithPrefix(verb, "aux").stream().anyMatch(c -> s.token(c).pos().equals("VBD"));
        return pos.equals("VBD") || perfect || pastAux ? PAST : PRESENT;
    }
}
