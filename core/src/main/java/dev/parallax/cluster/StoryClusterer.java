package dev.parallax.cluster;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Attested;
import dev.parallax.embed.Embedder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads: annotated articles. Adds: event stories and their storylines, by feeding each article's
 * {@link ArticleSignal} — the embedding of its title and lead statements, the embedding of its title, its publication
 * day and its most mentioned named entities — to a {@link StoryIndex}. The result does not depend on input order.
 * Bad input: articles without text form no story; an unparseable publication date counts as no date.
 */
public final class StoryClusterer {

    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "MISC");
    private static final int MAX_ENTITIES = 12;
    private static final int LEAD_CHARS = 1500;

    private final Supplier<Embedder> embedder;
    private final StoryIndex.Settings settings;

    /** The shared embedder (loaded on first clustering) and the default settings. */
    public StoryClusterer() {
        this(StoryIndex.Settings.DEFAULT);
    }

    public StoryClusterer(StoryIndex.Settings settings) {
        this.embedder = Embedder::shared;
        this.settings = settings;
    }

    /** The stories of one batch, clustered from scratch. */
    public List<Story> cluster(List<AnnotatedArticle> articles) {
        StoryIndex index = new StoryIndex(settings);
        index.add(signals(articles));
        return index.stories();
    }

    /** The signals of the articles with text, embedded in batches. */
    public List<ArticleSignal> signals(List<AnnotatedArticle> input) {
        List<AnnotatedArticle> articles = input.stream().filter(a -> !a.text().isBlank()).toList();
        List<String> texts = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            texts.add(lead(a));
            texts.add(a.article().title());
        }
        List<float[]> vectors = embedder.get().embed(texts);
        List<ArticleSignal> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnnotatedArticle a = articles.get(i);
            out.add(new ArticleSignal(a.id(), day(a.article().meta().published().map(Attested::value)),
                    a.article().title(), vectors.get(2 * i), vectors.get(2 * i + 1), entities(a)));
        }
        return out;
    }

    /** The title and the article's statements (sentences with a verb and at least six tokens), up to a length. */
    static String lead(AnnotatedArticle a) {
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

    /** The most mentioned names of people, organisations, places and other named things, normalised. */
    static List<String> entities(AnnotatedArticle a) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention e : a.entities()) {
            if (ENTITY_TYPES.contains(e.type())) {
                counts.merge(normalise(e.text()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_ENTITIES).map(Map.Entry::getKey).toList();
    }

    private static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("^the ", "").strip();
        return switch (n) {
            case "u.s.", "u.s", "united states", "america", "the us" -> "us";
            default -> n;
        };
    }

    /** The day of an ISO 8601 date or date-time; empty when it does not start with a date. */
    static Optional<LocalDate> day(Optional<String> published) {
        return published.filter(p -> p.length() >= 10).flatMap(p -> {
            try {
                return Optional.of(LocalDate.parse(p.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
