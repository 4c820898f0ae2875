package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.cluster.TermVectors;
import dev.parallax.compare.Claim;
import dev.parallax.compare.ClaimGroup;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.FramingTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads: the annotated articles of one story, their sides and the story's {@link Comparison}. Adds: The News — the
 * few sentences that state what happened in the plainest wording the coverage offers. Each candidate is a whole
 * sentence of an article, early in it (news puts the event first), and is scored by
 * <ul>
 *   <li>what it tells: how close it is to what the other articles of the story say (TF-IDF cosine) and how many
 *       sides report the claims it states (from the comparison's claim groups), with a bonus for the who, where and
 *       when it names (named entities, dates, numbers);</li>
 *   <li>how plainly it tells it: the share of its content words that carry one side's colour — words no article of
 *       another side uses, the side's framing terms found by the framing contrast, and words inside quotation marks
 *       — with a further cost when the sentence is attributed to a voice of one side rather than stated (reported
 *       speech, a speaker's label, the first or second person).</li>
 * </ul>
 * The best are taken in turn, at most two from one article, at most three from one side when the story has several,
 * no two alike. Headings (and the headline repeated in the text), questions, sentences that open with a quotation and
 * sentences that open with a connective leaning on the sentence before ("But …", "However, …") are passed over.
 * Every item is one article's sentence, cited by that sentence's span. See {@code docs/neutrality.md}.
 */
final class NewsPicker {

    static final int MAX_ITEMS = 4;
    private static final int LEAD_SENTENCES = 6;
    private static final int MAX_PER_ARTICLE = 2;
    private static final int MAX_PER_SIDE = 3;
    private static final double MAX_SIMILARITY = 0.5;
    /** How much a fully coloured sentence loses: its score is multiplied by {@code 1 - COLOUR * colour}. */
    static final double COLOUR = 0.8;
    /** The cost of a sentence attributed to a voice (the reported speech of one side) rather than stated. */
    static final double ATTRIBUTED = 0.15;
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?i)^\\s*(but|however|yet|still|and|also|meanwhile|instead|moreover|nevertheless|nonetheless|furthermore"
                    + "|in addition|even so|by contrast|in contrast|on the other hand|as a result|therefore|thus"
                    + "|that[’']s|that is)\\b");

    private static final Pattern SPEAKER_LABEL = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .'’-]{1,40}:\\s");
    private static final Set<String> PERSONAL = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you",
            "your", "yours");

    private record Candidate(AnnotatedArticle article, String side, Sentence sentence, Map<String, Double> vector,
                             double score) {
    }

    /** The wording of a sentence: how much of it carries one side's colour, and whether a voice says it. */
    record Wording(int content, int coloured, boolean attributed) {

        /** Share of the content words that carry colour, plus the cost of attribution; 0 is plain. */
        double colour() {
            return (content == 0 ? 0 : (double) coloured / content) + (attributed ? ATTRIBUTED : 0);
        }
    }

    /**
     * The News of a story.
     *
     * @param story      the story's articles
     * @param tfidf      term weights over the whole batch
     * @param comparison the story's comparison of the sides (claim groups and framing terms)
     * @param sideOf     article id → side
     */
    List<Grounded> pick(List<AnnotatedArticle> story, TermVectors tfidf, Comparison comparison,
                        Map<String, String> sideOf) {
        Set<String> framing = framingWords(comparison.framing());
        Map<String, Set<String>> usedBySide = new HashMap<>();
        for (AnnotatedArticle a : story) {
            usedBySide.computeIfAbsent(side(a, sideOf), k -> new HashSet<>()).addAll(contentLemmas(a));
        }
        int sides = Math.max(1, usedBySide.size());
        List<Candidate> candidates = new ArrayList<>();
        for (AnnotatedArticle a : story) {
            String side = side(a, sideOf);
            Map<String, Double> others = TermVectors.sum(story.stream().filter(o -> o != a || story.size() == 1)
                    .map(tfidf::article).toList());
            Set<String> elsewhere = elsewhere(a, side, story, usedBySide, sideOf);
            List<Claim> claims = comparison.groups().stream().flatMap(g -> g.claims().stream())
                    .filter(c -> c.article().equals(a.id())).toList();
            int position = 0;
            for (Sentence s : a.sentences()) {
                String text = s.text(a.text());
                if (!isStatement(a, s) || leansOnThePrevious(text) || repeatsTitle(a.article().title(), text)
                        || contradicted(s, a, comparison)) {
                    continue;
                }
                if (position >= LEAD_SENTENCES) {
                    break;
                }
                Map<String, Double> v = tfidf.sentence(a, s);
                double prior = 1.0 / (1.0 + 0.35 * position);
                double told = (0.2 + TermVectors.cosine(v, others)) * reach(s, claims, comparison, side, sides)
                        * (1 + 0.05 * Math.min(4, names(s)));
                Wording w = wording(a, s, elsewhere, framing, attributed(s, claims) || speaks(a, s));
                candidates.add(new Candidate(a, side, s, v, prior * told * Math.max(0, 1 - COLOUR * w.colour())));
                position++;
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            long fromSame = chosen.stream().filter(x -> x.article == c.article).count();
            long fromSide = chosen.stream().filter(x -> x.side.equals(c.side)).count();
            boolean alike = chosen.stream().anyMatch(x -> TermVectors.cosine(x.vector, c.vector) > MAX_SIMILARITY);
            if (fromSame < MAX_PER_ARTICLE && (sides < 2 || fromSide < MAX_PER_SIDE) && !alike) {
                chosen.add(c);
            }
            if (chosen.size() == MAX_ITEMS) {
                break;
            }
        }
        return chosen.stream().map(c -> new Grounded(c.sentence.text(c.article.text()),
                List.of(Briefer.ref(c.article, c.sentence.span())))).toList();
    }

    private static String side(AnnotatedArticle a, Map<String, String> sideOf) {
        return sideOf.getOrDefault(a.id(), "unknown");
    }

    /**
     * The content lemmas the rest of the coverage uses: those of the other sides' articles, or, when the story has
     * one side, of its other articles. Empty for a story of one article (nothing to tell colour from).
     */
    private static Set<String> elsewhere(AnnotatedArticle a, String side, List<AnnotatedArticle> story,
                                         Map<String, Set<String>> usedBySide, Map<String, String> sideOf) {
        Set<String> out = new HashSet<>();
        if (usedBySide.size() > 1) {
            usedBySide.forEach((s, lemmas) -> {
                if (!s.equals(side)) {
                    out.addAll(lemmas);
                }
            });
        } else {
            story.stream().filter(o -> o != a).forEach(o -> out.addAll(contentLemmas(o)));
        }
        return out;
    }

    /**
     * How widely the sentence's claims are reported: 1 when every side reports one of them, down to 0.5 when only
     * its own side does (or the comparison has no claim of it).
     */
    private static double reach(Sentence s, List<Claim> claims, Comparison comparison, String side, int sides) {
        Set<String> reporting = new LinkedHashSet<>();
        reporting.add(side);
        for (ClaimGroup g : comparison.groups()) {
            if (g.claims().stream().anyMatch(c -> claims.contains(c) && within(c, s))) {
                reporting.addAll(g.sides());
            }
        }
        return sides < 2 ? 1 : 0.5 + 0.5 * (reporting.size() - 1) / (sides - 1);
    }

    /**
     * Whether a claim of the sentence is one the sides contradict: that is shown where the sides differ, with every
     * version, and is no plain account of what happened.
     */
    private static boolean contradicted(Sentence s, AnnotatedArticle a, Comparison comparison) {
        return comparison.groups().stream().filter(g -> g.label() == ClaimGroup.Label.CONTRADICTED)
                .flatMap(g -> g.claims().stream())
                .anyMatch(c -> c.article().equals(a.id()) && c.span().start() < s.span().end()
                        && s.span().start() < c.span().end());
    }

    private static boolean within(Claim c, Sentence s) {
        return c.span().start() >= s.span().start() && c.span().end() <= s.span().end();
    }

    private static boolean attributed(Sentence s, List<Claim> claims) {
        return claims.stream().anyMatch(c -> within(c, s) && !c.voice().isEmpty());
    }

    /**
     * Whether the sentence is a voice speaking rather than the article stating: it opens with a speaker's label
     * ("CARLSON: …", as transcripts do) or speaks in the first or second person outside quotation marks ("we",
     * "our", "you"): reported words of one voice, not the plain account.
     */
    static boolean speaks(AnnotatedArticle a, Sentence s) {
        String text = s.text(a.text());
        if (SPEAKER_LABEL.matcher(text).find()) {
            return true;
        }
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("PRP") && PERSONAL.contains(t.word().toLowerCase(Locale.ROOT))
                    && !inQuotes(text, t.span().start() - s.span().start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an odd number of double quotation marks opens before the offset. */
    private static boolean inQuotes(String text, int offset) {
        boolean quoted = false;
        for (int i = 0; i < offset && i < text.length(); i++) {
            quoted = toggles(text.charAt(i), quoted);
        }
        return quoted;
    }

    /** Named entities, dates and numbers in the sentence: the who, where and when it tells. */
    private static long names(Sentence s) {
        return s.tokens().stream().filter(t -> !t.ner().equals("O") && !t.ner().isEmpty()).count();
    }

    /**
     * The wording of one sentence: its content words (nouns, verbs, adjectives, adverbs), and those of them that
     * carry colour — used by no article of another side ({@code elsewhere} empty: none counted), a word of a framing
     * term, or inside quotation marks.
     */
    static Wording wording(AnnotatedArticle a, Sentence s, Set<String> elsewhere, Set<String> framing,
                           boolean attributed) {
        String text = a.text();
        boolean quoted = false;
        int content = 0;
        int coloured = 0;
        for (Token t : s.tokens()) {
            String original = text.substring(t.span().start(), t.span().end());
            if (original.length() == 1 && "\"“”«»".indexOf(original.charAt(0)) >= 0) {
                quoted = toggles(original.charAt(0), quoted);
                continue;
            }
            if (!isContent(t)) {
                continue;
            }
            content++;
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean own = !elsewhere.isEmpty() && !elsewhere.contains(lemma) && t.ner().equals("O");
            if (quoted || own || framing.contains(lemma) || framing.contains(t.word().toLowerCase(Locale.ROOT))) {
                coloured++;
            }
        }
        return new Wording(content, coloured, attributed);
    }

    private static boolean toggles(char c, boolean quoted) {
        return switch (c) {
            case '“', '«' -> true;
            case '”', '»' -> false;
            case '"' -> !quoted;
            default -> quoted;
        };
    }

    private static boolean isContent(Token t) {
        String pos = t.pos();
        return (pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("RB"))
                && t.word().chars().anyMatch(Character::isLetter);
    }

    private static Set<String> contentLemmas(AnnotatedArticle a) {
        Set<String> out = new HashSet<>();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                if (isContent(t)) {
                    out.add(t.lemma().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The words of the story's framing terms, lower case. */
    private static Set<String> framingWords(List<FramingTerm> terms) {
        Set<String> out = new HashSet<>();
        for (FramingTerm t : terms) {
            for (String w : t.term().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Whether the sentence is the article's headline repeated in its text (punctuation and case aside). */
    static boolean repeatsTitle(String title, String sentence) {
        String t = title.replaceAll("\\W+", " ").strip();
        return !t.isEmpty() && sentence.replaceAll("\\W+", " ").strip().equalsIgnoreCase(t);
    }

    /** Whether a sentence opens with a connective (or "That's …") that needs the sentence before it. */
    static boolean leansOnThePrevious(String text) {
        return CONNECTIVE.matcher(text).find();
    }

    /** A full declarative sentence: has a verb, ends like a sentence, is not a question or a quotation. */
    static boolean isStatement(AnnotatedArticle a, Sentence s) {
        String text = s.text(a.text()).strip();
        if (s.tokens().size() < 8 || text.endsWith("?") || text.contains("\n")) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        boolean quoteFirst = "\"“‘'«「".indexOf(first) >= 0;
        boolean ends = ".!…\"”’»」)".indexOf(last) >= 0;
        boolean verb = s.tokens().stream().map(Token::pos).anyMatch(p -> p.startsWith("VB") || p.equals("MD"));
        return !quoteFirst && ends && verb;
    }
}
