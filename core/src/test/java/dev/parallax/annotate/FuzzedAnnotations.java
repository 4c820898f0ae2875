package dev.parallax.annotate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.parallax.core.Ids;
import dev.parallax.core.Metadata;
import dev.parallax.core.Span;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an annotated article from fuzzer input without CoreNLP: the fuzzer chooses the text and, for each token,
 * its tag, entity type, sentence break and head. The result keeps what CoreNLP guarantees — tokens are spans of the
 * text in order, sentences are runs of tokens, each sentence's dependencies form a tree, entity mentions are runs
 * of tokens within a sentence — and nothing else, so stages that read annotations meet any shape of them.
 */
public final class FuzzedAnnotations {

    private static final String[] TAGS = {"NNP", "NN", "NNS", "VBD", "VBZ", "VBP", "VB", "VBG", "VBN", "PRP", "IN",
            "DT", "JJ", "RB", ",", ".", "``", "''", ":", "CC", "TO", "POS", "CD", "-LRB-", "-RRB-", "WP", "MD"};
    private static final String[] NER = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "TITLE", "COUNTRY",
            "CITY", "NATIONALITY", "STATE_OR_PROVINCE", "DATE", "MISC"};
    private static final String[] RELATIONS = {"nsubj", "ccomp", "obj", "punct", "compound", "appos", "nmod",
            "obl", "xcomp", "parataxis", "nsubj:pass", "aux", "mark", "advcl", "conj", "cc", "det", "amod", "case",
            "obl:agent", "nmod:poss", "flat", "acl:relcl", "dep", "obl:tmod", "csubj", "iobj", "advmod"};

    private FuzzedAnnotations() {
    }

    /** One article whose text is at most {@code maxChars} characters, annotated as the fuzzer chooses. */
    public static AnnotatedArticle article(FuzzedDataProvider data, int maxChars) {
        String text = data.consumeString(maxChars);
        Article article = new Article(Ids.ofText(text), List.of("fuzz.txt"), Ids.sha256(text),
                Format.TEXT, text, TextMap.identity(text.length()), Metadata.EMPTY, List.of(), List.of());
        List<Span> words = words(text);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).of(text);
            boolean last = i == words.size() - 1;
            boolean ends = last || w.equals(".") || w.equals("?") || w.equals("!") || data.consumeInt(0, 15) == 0;
            if (ends) {
                int index = sentences.size();
                sentences.add(sentence(data, text, words.subList(first, i + 1), index, entities, times));
                first = i + 1;
            }
        }
        return new AnnotatedArticle(article, sentences, entities, times, List.of());
    }

    private static Sentence sentence(FuzzedDataProvider data, String text, List<Span> spans, int index,
                                     List<EntityMention> entities, List<TimeExpression> times) {
        List<Token> tokens = new ArrayList<>();
        for (Span s : spans) {
            String word = s.of(text);
            tokens.add(new Token(s, word, data.pickValue(TAGS), lemma(word), data.pickValue(NER)));
        }
        // A tree: tokens are placed in a fuzzer-chosen order, each attached to one placed before it.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            order.add(data.consumeInt(0, order.size()), i);
        }
        List<Dependency> deps = new ArrayList<>();
        deps.add(new Dependency(-1, order.getFirst(), "root"));
        for (int k = 1; k < order.size(); k++) {
            int governor = order.get(data.consumeInt(0, k - 1));
            deps.add(new Dependency(governor, order.get(k), data.pickValue(RELATIONS)));
        }
        Span span = new Span(spans.getFirst().start(), spans.getLast().end());
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
                j++;
            }
            if (!ner.equals("O")) {
                Span m = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
                if (ner.equals("DATE")) {
                    times.add(new TimeExpression(m, m.of(text), ner, data.consumeBoolean() ? "2024-05-14" : "XXXX",
                            index));
                } else {
                    entities.add(new EntityMention(m, m.of(text), ner, index));
                }
            }
            i = j;
        }
        return new Sentence(index, span, tokens, deps);
    }

    private static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "said", "says" -> "say";
            case "told", "tells" -> "tell";
            case "is", "was", "are", "were" -> "be";
            default -> w;
        };
    }

    /** Runs of letters and digits, and each other non-space character alone, as CoreNLP roughly splits them. */
    static List<Span> words(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (Character.isWhitespace(c)) {
                i += n;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + n;
                while (j < text.length() && (Character.isLetterOrDigit(text.codePointAt(j))
                        || text.charAt(j) == '-' || text.charAt(j) == '\'')) {
                    j += Character.charCount(text.codePointAt(j));
                }
                out.add(new Span(i, j));
                i = j;
            } else {
                out.add(new Span(i, i + n));
                i += n;
            }
        }
        return out;
    }
}
