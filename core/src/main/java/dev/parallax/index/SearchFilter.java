package dev.parallax.index;

import dev.parallax.brief.ActorView;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.StoryBrief;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Restrictions on a search, answered from the corpus briefing: outlet, side of the perspective, publication date
 * range (ISO prefixes {@code 2024}, {@code 2024-05}, {@code 2024-05-14}; an article that states no date is dated by
 * its inferred date), a story, an actor (by name, alias or id as the briefing prints it, {@code person:joe-biden}),
 * or a speaker (as the briefing names them, with or without their role, or by their actor id). Each given value
 * narrows the set of articles searched; none given means no restriction. A value that names nothing in the corpus,
 * or a date that is no ISO date, is rejected with a message that says what would be accepted.
 */
public record SearchFilter(Optional<String> outlet, Optional<String> side, Optional<String> from,
                           Optional<String> to, Optional<String> actor, Optional<String> speaker,
                           Optional<String> story) {

    public static final SearchFilter NONE = new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    public SearchFilter {
        outlet = blankless(outlet);
        side = blankless(side);
        from = blankless(from);
        to = blankless(to);
        actor = blankless(actor);
        speaker = blankless(speaker);
        story = blankless(story);
        from.ifPresent(d -> checkDate("from", d));
        to.ifPresent(d -> checkDate("to", d));
        if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) > 0
                && !to.get().startsWith(from.get())) {
            throw new IllegalArgumentException("the date range is empty: from " + from.get() + " is after to " + to.get());
        }
    }

    private static void checkDate(String name, String value) {
        if (!DATE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be an ISO date or its start: 2024, 2024-05 or 2024-05-14; got '"
                    + value + "'");
        }
    }

    private static Optional<String> blankless(Optional<String> v) {
        return v.map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The articles that pass every given restriction, or empty when nothing is restricted. */
    public Optional<Set<String>> articles(Briefing briefing) {
        if (isEmpty()) {
            return Optional.empty();
        }
        outlet.ifPresent(o -> known("outlet", o, briefing.articles().stream().map(ArticleView::outlet)));
        side.ifPresent(o -> known("side", o, briefing.articles().stream().map(ArticleView::side)));
        Set<String> ids = new HashSet<>();
        for (ArticleView a : briefing.articles()) {
            if (outlet.isPresent() && !equalsIgnoreCase(a.outlet(), outlet.get())) {
                continue;
            }
            if (side.isPresent() && !equalsIgnoreCase(a.side(), side.get())) {
                continue;
            }
            String published = dateOf(a);
            if (from.isPresent() && (published.isEmpty() || published.compareTo(from.get()) < 0)) {
                continue;
            }
            // "to 2024-05" includes the whole of May: compare only as many characters as the bound has.
            if (to.isPresent() && (published.isEmpty()
                    || published.substring(0, Math.min(published.length(), to.get().length())).compareTo(to.get()) > 0)) {
                continue;
            }
            ids.add(a.id());
        }
        story.ifPresent(id -> ids.retainAll(briefing.stories().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no story '" + id + "' in the corpus; story ids look like "
                        + briefing.stories().stream().map(StoryBrief::id).findFirst().orElse("e-c47b8291fb")))
                .articles()));
        actor.ifPresent(name -> ids.retainAll(actorArticles(briefing, name)));
        speaker.ifPresent(name -> ids.retainAll(speakerArticles(briefing, name)));
        return Optional.of(ids);
    }

    /** The stated publication date, else the inferred one, else empty. */
    private static String dateOf(ArticleView a) {
        if (a.published() != null && !a.published().isBlank()) {
            return a.published();
        }
        return a.publishedInferred() == null || a.publishedInferred().value() == null ? "" : a.publishedInferred().value();
    }

    private static void known(String what, String value, Stream<String> values) {
        Set<String> all = values.filter(v -> v != null).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (all.stream().noneMatch(v -> equalsIgnoreCase(v, value))) {
            throw new IllegalArgumentException("no " + what + " '" + value + "' in the corpus; known: " + String.join(", ", all));
        }
    }

    private static Set<String> actorArticles(Briefing briefing, String name) {
        List<ActorView> found = briefing.actors().stream().filter(a -> a.id().equalsIgnoreCase(name)
                || equalsIgnoreCase(a.name(), name) || a.aliases().stream().anyMatch(al -> equalsIgnoreCase(al, name))).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no actor '" + name + "' in the corpus; give a name, an alias or an id"
                    + " as the briefing prints it (e.g. " + briefing.actors().stream().findFirst().map(ActorView::id)
                    .orElse("person:joe-biden") + ")");
        }
        return found.stream().flatMap(a -> a.mentions().stream()).map(ActorView.MentionView::article)
                .collect(Collectors.toSet());
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Articles whose voices include this speaker: by the label the briefing prints, the name without the role, or the
     * speaker's actor id ({@code person:wang-wenbin}).
     */
    static Set<String> speakerArticles(Briefing briefing, String name) {
        Set<String> out = new HashSet<>();
        for (StoryBrief s : briefing.stories()) {
            Stream.concat(s.voices().stream(), s.signals().stream().flatMap(x -> x.voices().stream()))
                    .filter(v -> equalsIgnoreCase(v.speaker(), name) || equalsIgnoreCase(nameOf(v.speaker()), name)
                            || equalsIgnoreCase(v.actor(), name))
                    .forEach(v -> out.add(v.source().article()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no speaker '" + name + "' is quoted in the corpus");
        }
        return out;
    }

    /** "Liu Wei (director of …)" → "Liu Wei". */
    private static String nameOf(String label) {
        int open = label.indexOf(" (");
        return open > 0 && label.endsWith(")") ? label.substring(0, open) : label;
    }
}
