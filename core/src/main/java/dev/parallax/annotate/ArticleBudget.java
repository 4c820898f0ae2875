package dev.parallax.annotate;

import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Bounds the linguistic analysis of one article in size and time, so that no input stalls a batch. Reads: an
 * article's clean text. Annotates it with the given annotator in pieces of at most {@link #pieceChars} characters,
 * cut at paragraph, line or sentence ends, until {@link #maxChars} characters are analysed or {@link #maxTime} has
 * passed; a piece once started is finished. Adds: the annotations of the pieces, as spans over the whole text.
 * The rest of the text is kept in the article (stored, searchable, cited), only not analysed, and a {@link Problem}
 * names the characters left out and why. A text within the budget is annotated whole, in one piece.
 */
public final class ArticleBudget {

    /**
     * About ten long news articles' worth of text, and a minute. An article of up to 10,000 characters (nearly all
     * news) is annotated whole, as without a budget; the time is checked between pieces, so a piece once started
     * runs to its end.
     */
    public static final ArticleBudget DEFAULT = new ArticleBudget(50_000, 10_000, Duration.ofSeconds(60));

    private final int maxChars;
    private final int pieceChars;
    private final Duration maxTime;
    private final LongSupplier nanoClock;

    public ArticleBudget(int maxChars, int pieceChars, Duration maxTime) {
        this(maxChars, pieceChars, maxTime, System::nanoTime);
    }

    ArticleBudget(int maxChars, int pieceChars, Duration maxTime, LongSupplier nanoClock) {
        if (maxChars < 1 || pieceChars < 1 || maxTime.isNegative()) {
            throw new IllegalArgumentException("a budget needs positive sizes and a time of zero or more: "
                    + maxChars + " characters, pieces of " + pieceChars + ", " + maxTime);
        }
        this.maxChars = maxChars;
        this.pieceChars = pieceChars;
        this.maxTime = maxTime;
        this.nanoClock = nanoClock;
    }

    public int maxChars() {
        return maxChars;
    }

    public Duration maxTime() {
        return maxTime;
    }

    /** Annotates the article within the budget; see the class comment. */
    public AnnotatedArticle annotate(Article article, Function<Article, AnnotatedArticle> annotator) {
        String text = article.text();
        if (text.length() <= Math.min(maxChars, pieceChars)) {
            return annotator.apply(article);
        }
        long start = nanoClock.getAsLong();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int done = 0;
        boolean outOfTime = false;
        while (done < text.length() && done < maxChars) {
            if (done > 0 && nanoClock.getAsLong() - start >= maxTime.toNanos()) {
                outOfTime = true;
                break;
            }
            int end = cut(text, done, Math.min(done + pieceChars, maxChars));
            AnnotatedArticle piece = annotator.apply(piece(article, done, end));
            add(piece, done, sentences, entities, times);
            problems.addAll(piece.problems());
            done = end;
        }
        if (done < text.length()) {
            problems.add(notAnalysed(article, done, outOfTime));
        }
        return new AnnotatedArticle(article, sentences, entities, times, problems);
    }

    private Problem notAnalysed(Article article, int from, boolean outOfTime) {
        String text = article.text();
        String rest = text.substring(from, Math.min(text.length(), from + 60)).strip().replaceAll("\\s+", " ");
        String why = outOfTime
                ? String.format(Locale.ROOT, "its analysis reached the time budget of %d s per article",
                maxTime.toSeconds())
                : String.format(Locale.ROOT, "the text is longer than the analysis budget of %,d characters per article",
                maxChars);
        return new Problem("annotate", article.origin(), String.format(Locale.ROOT,
                "characters %,d-%,d of %,d (from \"%s…\") are not analysed: %s; they are kept and searchable, but "
                        + "give no quotes, actors, dates or story signals. Is this one article? Split it if not.",
                from, text.length(), text.length(), rest, why));
    }

    /**
     * Where to end a piece that starts at {@code from} and may reach {@code limit}: after the last paragraph break,
     * else line break, else sentence end, else space before the limit; the limit itself when there is none.
     */
    static int cut(String text, int from, int limit) {
        if (limit >= text.length()) {
            return text.length();
        }
        int floor = from + (limit - from) / 2; // a piece is at least half the size it may have
        for (String end : new String[]{"\n\n", "\n", ". ", "? ", "! ", " "}) {
            int at = text.lastIndexOf(end, limit - end.length());
            if (at >= floor) {
                return at + end.length();
            }
        }
        if (Character.isLowSurrogate(text.charAt(limit))) {
            return limit - 1 > from ? limit - 1 : limit + 1; // never half a character, always some progress
        }
        return limit;
    }

    private static Article piece(Article article, int from, int to) {
        return new Article(article.id(), article.origins(), article.rawSha256(), article.format(),
                article.text().substring(from, to), TextMap.none(), article.meta(), List.of(), List.of());
    }

    private static void add(AnnotatedArticle piece, int offset, List<Sentence> sentences,
                            List<EntityMention> entities, List<TimeExpression> times) {
        int first = sentences.size();
        for (Sentence s : piece.sentences()) {
            List<Token> tokens = s.tokens().stream().map(t -> new Token(shift(t.span(), offset), t.word(), t.pos(),
                    t.lemma(), t.ner())).toList();
            sentences.add(new Sentence(first + s.index(), shift(s.span(), offset), tokens, s.dependencies()));
        }
        for (EntityMention e : piece.entities()) {
            entities.add(new EntityMention(shift(e.span(), offset), e.text(), e.type(), first + e.sentence()));
        }
        for (TimeExpression t : piece.times()) {
            times.add(new TimeExpression(shift(t.span(), offset), t.text(), t.type(), t.value(), first + t.sentence()));
        }
    }

    private static Span shift(Span span, int offset) {
        return new Span(span.start() + offset, span.end() + offset);
    }
}
