package dev.parallax.embed;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Reads: an annotated article (title, sentences with parts of speech). Adds: its {@link ArticleVectors} — the
 * embedding of its lead (the title and the article's statements, sentences with a verb and at least six tokens, up
 * to {@link #LEAD_CHARS} characters) and of its title. Bad input: a blank title gets the zero vector; an article with
 * no statement is represented by the beginning of its text. Thread-safe.
 */
public final class ArticleEmbedder {

    static final int LEAD_CHARS = 1500;

    private final Embedder embedder;

    public ArticleEmbedder(Embedder embedder) {
        this.embedder = requireNonNull(embedder, "embedder");
    }

    public ArticleVectors embed(AnnotatedArticle article) {
        List<float[]> v = embedder.embed(List.of(lead(article), article.article().title()));
        return new ArticleVectors(v.get(0), v.get(1));
    }

    /** The title and the article's statements, up to a length. */
    public static String lead(AnnotatedArticle a) {
        StringBuilder out = new StringBuilder(a.article().title());
        for (Sentence s : a.sentences()) {
            if (out.length() >= LEAD_CHARS) {
                break;
            }
            boolean verb = s.tokens().stream().map(Token::pos).anyMatch(p -> p.startsWith("VB"));
            if (s.tokens().size() >= 6 && verb) {
                out.append(out.isEmpty() ? "" : "\n").append(s.text(a.text()).replaceAll("\\s+", " ").strip());
            }
        }
        return out.isEmpty() ? a.text().substring(0, Math.min(a.text().length(), LEAD_CHARS)) : out.toString();
    }
}
