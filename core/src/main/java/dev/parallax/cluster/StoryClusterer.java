package dev.parallax.cluster;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.core.Attested;
import dev.parallax.embed.AnalysedArticle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads: analysed articles. Adds: event stories and their storylines, by feeding each article's
 * {@link ArticleSignal} — the stored embedding of its title and lead statements, the embedding of its title, its
 * publication day and its most mentioned named entities — to a {@link StoryIndex}. The result does not depend on
 * input order. Bad input: articles without text form no story; an unparseable publication date counts as no date.
 */
public final class StoryClusterer {

    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "MISC");
    private static final int MAX_ENTITIES = 12;
    /**
     * How far into the text a sentence may begin and still be part of the lead: about the first two or three
     * paragraphs of a news report, as long as the leads of the labelled coverage the pair scorer was trained on
     * (at most 675 characters).
     */
    static final int LEAD_CHARS = 700;

    private final StoryIndex.Settings settings;

    /** The default settings. */
    public StoryClusterer() {
        this(StoryIndex.Settings.DEFAULT);
    }

    public StoryClusterer(StoryIndex.Settings settings) {
        this.settings = settings;
    }

    public StoryIndex.Settings settings() {
        return settings;
    }

    /** The stories of one batch, clustered from scratch. */
    public List<Story> cluster(List<AnalysedArticle> articles) {
        StoryIndex index = new StoryIndex(settings);
        index.add(signals(articles));
        return index.stories();
    }

    /** The signals of the articles with text. */
    public List<ArticleSignal> signals(List<AnalysedArticle> input) {
        return input.stream().filter(a -> !a.annotated().text().isBlank()).map(StoryClusterer::signal).toList();
    }

    /**
     * What clustering reads of one article. Terms, names and numbers are those of its lead (the sentences that begin
     * in its first {@link #LEAD_CHARS} characters): the lead says what happened, and the pair scorer learned from
     * leads; a whole article shares many more words with any report on its topic.
     */
    public static ArticleSignal signal(AnalysedArticle a) {
        List<Sentence> lead = lead(a.annotated());
        Set<Integer> inLead = new HashSet<>();
        lead.forEach(s -> inLead.add(s.index()));
        List<EntityMention> names = a.annotated().entities().stream().filter(e -> inLead.contains(e.sentence()))
                .toList();
        return new ArticleSignal(a.id(), day(a.article().meta().published().map(Attested::value)),
                a.article().title(), a.vectors().lead(), a.vectors().title(), entities(names),
                TermVectors.counts(lead, names), numbers(lead));
    }

    /** The sentences that begin in the article's first {@link #LEAD_CHARS} characters (at least the first). */
    static List<Sentence> lead(AnnotatedArticle a) {
        // sentences are in text order, so the lead ends at the first sentence that begins beyond it
        return a.sentences().stream().takeWhile(s -> s.index() == 0 || s.span().start() < LEAD_CHARS).toList();
    }

    /**
     * The distinctive numbers the article states, normalised ("1,200" as "1200"): numerals with a digit, except
     * years (1900–2100) and numbers below ten, which too many unrelated reports share.
     */
    static List<String> numbers(List<Sentence> sentences) {
        Set<String> out = new TreeSet<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (!t.pos().equals("CD")) {
                    continue;
                }
                String n = t.word().replace(",", "");
                if (!n.matches("\\d+(\\.\\d+)?")) {
                    continue;
                }
                double value = Double.parseDouble(n);
                boolean year = n.length() == 4 && value >= 1900 && value <= 2100;
                if (!year && value >= 10) {
                    out.add(n);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The most mentioned names of people, organisations, places and other named things, normalised. */
    static List<String> entities(List<EntityMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention e : mentions) {
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
