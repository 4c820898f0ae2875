package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads: an annotated article and its side. Adds: its claims — the sentences that state something (at least six
 * tokens, a verb, not a question, not a heading line) — with their numbers, dates, negation and entities; vectors
 * are left empty for the matcher to fill. Bad input: an article without such sentences has no claims.
 */
final class ClaimSplitter {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing",
            "neither", "nor", "without");
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "make", "get", "go", "also", "will",
            "would", "can", "could", "should", "may", "might");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("dozen", "12"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"));

    /** At least six tokens, a verb, not a question, not spread over lines (headings, captions). */
    static boolean isStatement(AnnotatedArticle a, Sentence s) {
        String text = s.text(a.text()).strip();
        boolean verb = s.tokens().stream().map(Token::pos).anyMatch(p -> p.startsWith("VB") || p.equals("MD"));
        return s.tokens().size() >= 6 && verb && !text.endsWith("?") && !text.contains("\n");
    }

    List<Claim> split(AnnotatedArticle a, String side) {
        List<Claim> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (!isStatement(a, s)) {
                continue;
            }
            String text = s.text(a.text()).strip();
            Set<String> numbers = new HashSet<>();
            Set<String> terms = new HashSet<>();
            boolean negated = false;
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if ((t.pos().startsWith("NN") || t.pos().startsWith("VB") || t.pos().startsWith("JJ")
                        || t.pos().equals("CD")) && lemma.length() > 1 && !LIGHT.contains(lemma)) {
                    terms.add(lemma);
                }
                negated |= NEGATIONS.contains(lemma) || NEGATIONS.contains(t.word().toLowerCase(Locale.ROOT));
                if (t.pos().equals("CD") && t.ner().equals("NUMBER") || t.pos().equals("CD") && t.ner().equals("PERCENT")
                        || t.pos().equals("CD") && t.ner().equals("MONEY")) {
                    String n = t.word().replace(",", "").toLowerCase(Locale.ROOT);
                    numbers.add(NUMBER_WORDS.getOrDefault(n, n));
                }
            }
            Set<String> dates = new HashSet<>();
            for (TimeExpression t : a.times()) {
                if (t.sentence() == s.index() && t.type().equals("DATE") && t.value().matches("\\d{4}(-\\d{2}){0,2}")) {
                    dates.add(t.value());
                }
            }
            Set<String> entities = new HashSet<>();
            for (EntityMention e : a.entities()) {
                if (e.sentence() == s.index() && !e.type().equals("TITLE") && !e.type().equals("NUMBER")) {
                    entities.add(e.text().toLowerCase(Locale.ROOT));
                }
            }
            out.add(new Claim(a.id(), side, out.size(), s.span(), text, numbers, dates, negated, entities, terms, new float[0]));
        }
        return out;
    }
}
