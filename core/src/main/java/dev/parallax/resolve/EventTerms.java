package dev.parallax.resolve;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that say what a sentence is about, for telling whether two articles report the same event: content
 * lemmas (nouns, verbs, adjectives) and names ({@code name:geneva}); dates, light verbs and function words left out.
 */
public final class EventTerms {

    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "make", "get", "go", "also", "will",
            "would", "can", "could", "should", "may", "might", "must", "other", "such", "more", "most", "which");
    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");
    private static final Set<String> COMMON_NAMES = Set.of("COUNTRY", "NATIONALITY");

    private EventTerms() {
    }

    /** The terms of tokens {@code first..last} of a sentence. */
    public static Set<String> of(Sentence s, int first, int last) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = Math.max(0, first); i <= last && i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (TIME_NER.contains(t.ner())) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("NNP") && !t.ner().equals("TITLE")) {
                out.add((COMMON_NAMES.contains(t.ner()) ? "country:" : "name:") + t.word().toLowerCase(Locale.ROOT));
            } else if ((t.pos().startsWith("NN") || t.pos().startsWith("VB") || t.pos().startsWith("JJ"))
                    && lemma.length() > 2 && !LIGHT.contains(lemma)) {
                out.add(lemma);
            }
        }
        return out;
    }

    public static Set<String> of(Sentence s) {
        return of(s, 0, s.tokens().size() - 1);
    }

    /** The terms two sets share. */
    public static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** Shared terms over the size of the smaller set: 1 when one sentence says nothing the other does not. */
    public static double overlap(Set<String> a, Set<String> b) {
        int min = Math.min(a.size(), b.size());
        return min == 0 ? 0 : (double) shared(a, b).size() / min;
    }

    /** Whether two sentences share a name other than a country's: a place, a person, an organisation. */
    public static boolean shareName(Set<String> a, Set<String> b) {
        return shared(a, b).stream().anyMatch(t -> t.startsWith("name:"));
    }
}
