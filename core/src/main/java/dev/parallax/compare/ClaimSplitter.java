package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.Token;
import dev.parallax.attribute.Quotation;
import dev.parallax.attribute.QuoteFinder;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads: an annotated article (tokens and dependency parses) and its side. Adds: its claims — the sentences that
 * state something (at least six tokens, a verb, not a question, not a heading line), each cut into its independent
 * clauses where the sentence joins them: a conjunct of the main predicate that has a subject of its own ("Chinese
 * companies are still playing catch-up, but they are rolling out new systems") or a clause after a semicolon. A
 * conjunct that shares the subject ("won't be a place for deal-making, and will not end with a joint statement") is
 * one statement and stays whole. A quotation that runs over several sentences is one claim with its tag, so that no
 * claim begins inside a quotation. Each claim carries its quantities, dates, negation, entities, content lemmas and
 * noun phrases; vectors are left empty for the comparer to fill. Bad input: an article without statements, or
 * without a parse, has no claims or whole-sentence claims.
 */
final class ClaimSplitter {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing",
            "neither", "nor", "without");
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "make", "get", "go", "also", "will",
            "would", "can", "could", "should", "may", "might");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("dozen", "12"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"));
    private static final int MIN_CLAUSE_TOKENS = 5;
    /**
     * A date the text states (a month or a year, as in "June 12" or "2021"), not one resolved from the article's
     * publication date ("Thursday", "last week"): only stated dates can contradict another outlet's, since relative
     * ones resolve differently in articles published on different days.
     */
    private static final java.util.regex.Pattern STATED_DATE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d{4}|january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b|\\b\\d{1,2}/\\d{1,2}\\b");
    /** Ends as a sentence does: a full stop, question or exclamation mark, maybe inside closing quotes or brackets. */
    private static final java.util.regex.Pattern TERMINATED = java.util.regex.Pattern.compile("[.!?…][\"'”’)\\]]*$");

    /** At least six tokens, a verb, not a question, not layout. */
    static boolean isStatement(AnnotatedArticle a, Sentence s) {
        String text = s.text(a.text()).strip();
        return s.tokens().size() >= 6 && hasVerb(s.tokens()) && !text.endsWith("?") && !isLayout(a, s);
    }

    /**
     * Layout rather than prose: a "sentence" spread over lines, one that stops without a full stop, question or
     * exclamation mark (headings, captions, credits: "Don’t expect AI-related deals or cooperation"), or a label
     * followed by a list of names ("Sources: Nikkei, Breaking Defense").
     */
    static boolean isLayout(AnnotatedArticle a, Sentence s) {
        String text = s.text(a.text()).strip();
        return text.contains("\n") || !TERMINATED.matcher(text).find() || isNameList(s);
    }

    /** A label and a colon, then only names, commas and conjunctions. */
    private static boolean isNameList(Sentence s) {
        List<Token> tokens = s.tokens();
        int colon = -1;
        for (int i = 0; i < tokens.size() && i < 4; i++) {
            if (tokens.get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0 || colon == tokens.size() - 1) {
            return false;
        }
        return tokens.subList(colon + 1, tokens.size()).stream().allMatch(t -> t.pos().startsWith("NNP")
                || t.pos().equals("CC") || t.pos().equals("POS") || t.pos().equals("DT") || isPunct(t));
    }

    private static boolean hasVerb(List<Token> tokens) {
        return tokens.stream().map(Token::pos).anyMatch(p -> p.startsWith("VB") || p.equals("MD"));
    }

    /** A run of tokens {@code from..to} (inclusive) of one sentence. */
    record Clause(int from, int to) {
    }

    List<Claim> split(AnnotatedArticle a, String side) {
        List<Claim> out = new ArrayList<>();
        List<Sentence> sentences = a.sentences();
        List<Span> quotations = new QuoteFinder().find(a.text(), a.id()).quotations().stream()
                .map(Quotation::span).toList();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int last = lastOfQuotation(sentences, i, quotations);
            if (last > i) { // a quotation of several sentences, with its tag: one statement
                List<Part> parts = new ArrayList<>();
                for (int k = i; k <= last; k++) {
                    parts.add(new Part(sentences.get(k), 0, sentences.get(k).tokens().size() - 1));
                }
                if (isStatement(a, parts)) {
                    out.add(claim(a, side, parts, out.size()));
                }
                i = last;
                continue;
            }
            if (!isStatement(a, s)) {
                continue;
            }
            for (Clause c : clauses(s)) {
                out.add(claim(a, side, List.of(new Part(s, c.from(), c.to())), out.size()));
            }
        }
        return out;
    }

    /**
     * The last sentence of the quotation that opens in sentence {@code i} and closes in a later one of the same
     * paragraph (a quoted speaker's several sentences, then the tag: "“To be very clear, talks … in any matter. And
     * our … policies are not up for negotiation,” Reuters quoted one US official"); {@code i} when there is none. A
     * sentence that starts inside a quotation is not a statement of its own: read alone, it begins mid-quote.
     */
    private static int lastOfQuotation(List<Sentence> sentences, int i, List<Span> quotations) {
        Span here = sentences.get(i).span();
        int last = i;
        for (Span q : quotations) {
            if (q.start() >= here.start() && q.start() < here.end() && q.end() > here.end()) {
                for (int k = i + 1; k < sentences.size() && sentences.get(k).span().start() < q.end(); k++) {
                    last = Math.max(last, k);
                }
            }
        }
        return last;
    }

    /** A run of tokens {@code from..to} (inclusive) of one sentence: what a claim is read from. */
    private record Part(Sentence sentence, int from, int to) {
    }

    /** Sentences read as one: none is layout; together they have six tokens, a verb, and are not a question. */
    private static boolean isStatement(AnnotatedArticle a, List<Part> parts) {
        List<Token> tokens = parts.stream().flatMap(p -> p.sentence().tokens().stream()).toList();
        String text = parts.getLast().sentence().text(a.text()).strip();
        return tokens.size() >= 6 && hasVerb(tokens) && !text.endsWith("?")
                && parts.stream().noneMatch(p -> isLayout(a, p.sentence()));
    }

    /**
     * The independent clauses of a sentence, in order: split before each conjunction (or semicolon) that joins a
     * conjunct with a subject of its own to the main predicate, when both parts are long enough to state something.
     */
    static List<Clause> clauses(Sentence s) {
        List<Token> tokens = s.tokens();
        int root = -1;
        for (Dependency d : s.dependencies()) {
            if (d.isRoot()) {
                root = d.dependent();
                break;
            }
        }
        List<Integer> cuts = new ArrayList<>();
        if (root >= 0) {
            for (Dependency d : s.children(root)) {
                int conjunct = d.dependent();
                if (conjunct <= root) {
                    continue;
                }
                if (d.relation().startsWith("conj") && ownSubject(s, conjunct, root)) {
                    conjunction(s, conjunct, root).ifPresent(cuts::add);
                } else if (d.relation().equals("punct") && tokens.get(conjunct).word().equals(";")) {
                    cuts.add(conjunct);
                }
            }
        }
        cuts.sort(Integer::compare);
        List<Clause> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            Clause left = trimmed(tokens, from, cut - 1);
            Clause rest = trimmed(tokens, cut + 1, tokens.size() - 1);
            if (statesSomething(tokens, left) && statesSomething(tokens, rest)) {
                out.add(left);
                from = cut + 1;
            }
        }
        out.add(trimmed(tokens, from, tokens.size() - 1));
        return out;
    }

    /** The conjunct has its own subject, written after the main predicate (not one shared with it). */
    private static boolean ownSubject(Sentence s, int conjunct, int root) {
        return s.children(conjunct).stream()
                .anyMatch(d -> SUBJECTS.contains(d.relation()) && d.dependent() > root && d.dependent() < conjunct);
    }

    /** The coordinating conjunction (or else the comma or semicolon) the parse attaches to the conjunct. */
    private static Optional<Integer> conjunction(Sentence s, int conjunct, int root) {
        Optional<Integer> cc = s.children(conjunct).stream()
                .filter(d -> d.relation().equals("cc") && d.dependent() > root && d.dependent() < conjunct)
                .map(Dependency::dependent).min(Integer::compare);
        if (cc.isPresent()) {
            return cc;
        }
        return s.children(conjunct).stream()
                .filter(d -> d.relation().equals("punct") && d.dependent() > root && d.dependent() < conjunct
                        && s.tokens().get(d.dependent()).word().matches("[,;]"))
                .map(Dependency::dependent).min(Integer::compare);
    }

    /**
     * Drops trailing commas and conjunctions, and the conjunction and punctuation that lead a clause cut from inside
     * a sentence; the first clause starts where the sentence does, as written ("But experts ...").
     */
    private static Clause trimmed(List<Token> tokens, int from, int to) {
        while (from > 0 && from < to && (tokens.get(from).pos().equals("CC") || isPunct(tokens.get(from)))) {
            from++;
        }
        while (to > from && (tokens.get(to).pos().equals("CC") || tokens.get(to).word().matches("[,;:–—-]"))) {
            to--;
        }
        return new Clause(from, to);
    }

    private static boolean isPunct(Token t) {
        return t.word().matches("\\p{Punct}+|[–—]");
    }

    private static boolean statesSomething(List<Token> tokens, Clause c) {
        return c.to() - c.from() + 1 >= MIN_CLAUSE_TOKENS && hasVerb(tokens.subList(c.from(), c.to() + 1));
    }

    private static Claim claim(AnnotatedArticle a, String side, List<Part> parts, int position) {
        Part first = parts.getFirst();
        Part lastPart = parts.getLast();
        Span span = new Span(first.sentence().tokens().get(first.from()).span().start(),
                lastPart.sentence().tokens().get(lastPart.to()).span().end());
        Set<String> numbers = new HashSet<>();
        Set<String> terms = new HashSet<>();
        Set<String> phrases = new HashSet<>();
        boolean negated = false;
        for (Part part : parts) {
            Sentence s = part.sentence();
            Token previous = null;
            for (int i = part.from(); i <= part.to(); i++) {
                Token t = s.tokens().get(i);
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if ((t.pos().startsWith("NN") || t.pos().startsWith("VB") || t.pos().startsWith("JJ")
                        || t.pos().equals("CD")) && lemma.length() > 1 && !LIGHT.contains(lemma)) {
                    terms.add(lemma);
                }
                boolean modifier = (t.pos().startsWith("JJ") || t.pos().startsWith("NN")) && !t.pos().startsWith("NNP");
                if (previous != null && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
                    phrases.add(previous.lemma().toLowerCase(Locale.ROOT) + " " + lemma);
                }
                previous = modifier ? t : null;
                negated |= NEGATIONS.contains(lemma) || NEGATIONS.contains(t.word().toLowerCase(Locale.ROOT));
                if (t.pos().equals("CD") && Set.of("NUMBER", "PERCENT", "MONEY").contains(t.ner())) {
                    String n = t.word().replace(",", "").toLowerCase(Locale.ROOT);
                    numbers.add(quantity(s, i, NUMBER_WORDS.getOrDefault(n, n)));
                }
            }
        }
        Set<String> dates = new HashSet<>();
        for (TimeExpression t : a.times()) {
            if (span.contains(t.span()) && t.type().equals("DATE")
                    && t.value().matches("\\d{4}(-\\d{2}){0,2}") && STATED_DATE.matcher(t.text()).find()) {
                dates.add(t.value());
            }
        }
        Set<String> entities = new HashSet<>();
        for (EntityMention e : a.entities()) {
            if (span.contains(e.span()) && !e.type().equals("TITLE")
                    && !e.type().equals("NUMBER")) {
                entities.add(e.text().toLowerCase(Locale.ROOT));
            }
        }
        return new Claim(a.id(), side, position, span, span.of(a.text()), numbers, dates, negated, entities, terms,
                phrases, new float[0]);
    }

    /** A number with the lemma of the noun it counts ({@code 60 country}), or alone when it counts nothing. */
    private static String quantity(Sentence s, int token, String value) {
        Dependency arc = s.parentArc(token);
        if (arc.relation().equals("nummod") && arc.governor() >= 0
                && s.tokens().get(arc.governor()).pos().startsWith("NN")) {
            return value + " " + s.tokens().get(arc.governor()).lemma().toLowerCase(Locale.ROOT);
        }
        if (s.tokens().get(token).ner().equals("PERCENT")) {
            return value + " percent";
        }
        return value;
    }
}
