package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.cluster.TermVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads: the annotated articles of one story. Adds: The News — the few sentences that best state what happened:
 * early sentences (news puts the event first) that are close to what the other articles of the story say, at most
 * two from one article, no two alike. Headings (and the headline repeated in the text), questions, sentences that
 * open with a quotation and sentences that open with a connective leaning on the sentence before ("But …",
 * "However, …") are passed over.
 */
final class NewsPicker {

    private static final int LEAD_SENTENCES = 6;
    private static final int MAX_ITEMS = 4;
    private static final int MAX_PER_ARTICLE = 2;
    private static final double MAX_SIMILARITY = 0.5;
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?i)^\\s*(but|however|yet|still|and|also|meanwhile|instead|moreover|nevertheless|nonetheless|furthermore"
                    + "|in addition|even so|by contrast|in contrast|on the other hand|as a result|therefore|thus"
                    + "|that[’']s|that is)\\b");

    private record Candidate(AnnotatedArticle article, Sentence sentence, Map<String, Double> vector, double score) {
    }

    List<Grounded> pick(List<AnnotatedArticle> story, TermVectors tfidf) {
        List<Candidate> candidates = new ArrayList<>();
        for (AnnotatedArticle a : story) {
            Map<String, Double> others = TermVectors.sum(story.stream().filter(o -> o != a || story.size() == 1)
                    .map(tfidf::article).toList());
            int position = 0;
            for (Sentence s : a.sentences()) {
                String text = s.text(a.text());
                if (!isStatement(a, s) || leansOnThePrevious(text) || repeatsTitle(a.article().title(), text)) {
                    continue;
                }
                if (position >= LEAD_SENTENCES) {
                    break;
                }
                Map<String, Double> v = tfidf.sentence(a, s);
                double prior = 1.0 / (1.0 + 0.35 * position);
                candidates.add(new Candidate(a, s, v, prior * (0.2 + TermVectors.cosine(v, others))));
                position++;
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            long fromSame = chosen.stream().filter(x -> x.article == c.article).count();
            boolean alike = chosen.stream().anyMatch(x -> TermVectors.cosine(x.vector, c.vector) > MAX_SIMILARITY);
            if (fromSame < MAX_PER_ARTICLE && !alike) {
                chosen.add(c);
            }
            if (chosen.size() == MAX_ITEMS) {
                break;
            }
        }
        return chosen.stream().map(c -> new Grounded(c.sentence.text(c.article.text()),
                List.of(Briefer.ref(c.article, c.sentence.span())))).toList();
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
