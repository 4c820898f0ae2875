package dev.parallax.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The stories seen so far, on two levels — events (one happening) and storylines (connected events) — and the
 * incremental assignment of new articles to them.
 *
 * <p>Reads: {@link ArticleSignal}s, one at a time or in batches. Adds: each article to the event whose centroid it
 * best matches, when the match scores at least {@link Settings#eventThreshold()}; otherwise the article founds a new
 * event, which joins the best-matching storyline (at least {@link Settings#storylineThreshold()}) or founds one.
 * The match score combines the embedding cosine with the event centroid, title similarity, the share of the
 * article's named entities (weighted by rarity) that the event already has, and, when both sides are dated, a factor
 * that decays with the days between the article and the event (no factor when a date is missing).
 *
 * <p>A batch is processed in a canonical order (dated articles by day then id, then undated by id), so the result
 * does not depend on the order within a batch. Ids derive from the founding article ({@code e-…}, {@code l-…}), so
 * they never change as articles arrive. An article id seen before is ignored.
 *
 * <p>Cost of one assignment: candidates come from a day index (events within {@link Settings#eventWindowDays()} of
 * the article's day) and an inverted index of entities whose posting lists keep only the most recent
 * {@link Settings#postingLimit()} events, so the number of candidates — and the cost — is bounded by the density of
 * news around that day, not by the size of the index. Not thread-safe: one writer at a time.
 */
public final class StoryIndex {

    /**
     * Tuning of the matcher.
     *
     * @param eventThreshold     score at or above which an article joins an event
     * @param storylineThreshold score at or above which a new event joins a storyline
     * @param eventWindowDays    days between article and event beyond which the event match fades out
     * @param storylineWindowDays days between an event and a storyline beyond which the match fades out
     * @param postingLimit       most recent events kept per entity in the inverted index
     */
    public record Settings(double eventThreshold, double storylineThreshold, int eventWindowDays,
                           int storylineWindowDays, int postingLimit) {

        public static final Settings DEFAULT = new Settings(0.60, 0.38, 3, 120, 64);

        public Settings {
            if (eventThreshold < storylineThreshold) {
                throw new IllegalArgumentException("event threshold " + eventThreshold
                        + " is below the storyline threshold " + storylineThreshold + "; an event must be the tighter group");
            }
            if (eventWindowDays < 0 || storylineWindowDays < 0 || postingLimit < 1) {
                throw new IllegalArgumentException("windows must be >= 0 days and the posting limit >= 1");
            }
        }

        public Settings withEventThreshold(double t) {
            return new Settings(t, Math.min(t, storylineThreshold), eventWindowDays, storylineWindowDays, postingLimit);
        }
    }

    /**
     * Where one article went.
     *
     * @param candidates how many events were scored to place it (the cost of the assignment)
     */
    public record Assignment(String article, String event, String storyline, boolean newEvent, double score,
                             int candidates) {
    }

    /** A group of articles (event) or of events (storyline), kept as running sums so a join costs O(dimensions). */
    private static final class Group {
        final String id;
        final float[] sum;
        final float[] titleSum;
        double norm;
        double titleNorm;
        final Map<String, Integer> entities = new HashMap<>();
        final List<ArticleSignal> members = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        Group storyline;

        Group(String id, int dimensions) {
            this.id = id;
            this.sum = new float[dimensions];
            this.titleSum = new float[dimensions];
        }

        void add(ArticleSignal a) {
            members.add(a);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += a.vector()[i];
                titleSum[i] += a.titleVector()[i];
            }
            norm = norm(sum);
            titleNorm = norm(titleSum);
            a.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
            a.published().ifPresent(d -> {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            });
        }

        /** Days between the day and this group's dated span; empty when either is undated. */
        Optional<Long> gap(Optional<LocalDate> day) {
            if (day.isEmpty() || first == null) {
                return Optional.empty();
            }
            LocalDate d = day.get();
            if (d.isBefore(first)) {
                return Optional.of(ChronoUnit.DAYS.between(d, first));
            }
            return Optional.of(d.isAfter(last) ? ChronoUnit.DAYS.between(last, d) : 0L);
        }
    }

    private final Settings settings;
    private final Map<String, Group> events = new LinkedHashMap<>();
    private final Map<String, Group> storylines = new LinkedHashMap<>();
    private final Map<String, String> eventOf = new HashMap<>();
    private final TreeMap<LocalDate, List<Group>> eventsByDay = new TreeMap<>();
    private final Map<String, Deque<Group>> eventsByEntity = new HashMap<>();
    private final Map<String, Deque<Group>> storylinesByEntity = new HashMap<>();
    private final Deque<Group> recentUndated = new ArrayDeque<>();
    private final Map<String, Integer> entityFrequency = new HashMap<>();
    private int dimensions = -1;
    private int articles;

    public StoryIndex() {
        this(Settings.DEFAULT);
    }

    public StoryIndex(Settings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** Adds a batch in canonical order; returns where each new article went, in that order. */
    public List<Assignment> add(List<ArticleSignal> batch) {
        List<ArticleSignal> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparing((ArticleSignal a) -> a.published().orElse(LocalDate.MAX))
                .thenComparing(ArticleSignal::id));
        List<Assignment> out = new ArrayList<>();
        for (ArticleSignal a : ordered) {
            if (!eventOf.containsKey(a.id())) {
                out.add(add(a));
            }
        }
        return out;
    }

    /** Adds one article. */
    public Assignment add(ArticleSignal a) {
        if (dimensions < 0) {
            dimensions = a.vector().length;
        } else if (a.vector().length != dimensions) {
            throw new IllegalArgumentException("article " + a.id() + " has a " + a.vector().length
                    + "-dimensional vector but the index holds " + dimensions + "-dimensional ones; mixed embedders?");
        }
        Assignment known = eventOf.containsKey(a.id()) ? assignmentOf(a.id()) : null;
        if (known != null) {
            return known;
        }
        articles++;
        a.entities().forEach(e -> entityFrequency.merge(e, 1, Integer::sum));
        Group best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Set<Group> candidates = eventCandidates(a);
        for (Group g : candidates) {
            double s = score(a, g, settings.eventWindowDays(), 4.0);
            if (s > bestScore || (s == bestScore && best != null && g.id.compareTo(best.id) < 0)) {
                best = g;
                bestScore = s;
            }
        }
        boolean founded = best == null || bestScore < settings.eventThreshold();
        Group event;
        if (founded) {
            event = new Group("e-" + shortId(a.id()), dimensions);
            event.storyline = storylineFor(a);
            event.storyline.events.add(event.id);
            events.put(event.id, event);
        } else {
            event = best;
        }
        event.add(a);
        event.storyline.add(a);
        eventOf.put(a.id(), event.id);
        index(event, a);
        return new Assignment(a.id(), event.id, event.storyline.id, founded, founded ? 0 : bestScore, candidates.size());
    }

    /** The event stories, largest first, each with its headline and storyline. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (Group g : events.values()) {
            out.add(new Story(g.id, headline(g), g.members.stream().map(ArticleSignal::id).sorted().toList(),
                    g.storyline.id));
        }
        out.sort(Comparator.comparing((Story s) -> -s.articles().size()).thenComparing(Story::id));
        return out;
    }

    /** Number of articles and events indexed. */
    public int size() {
        return articles;
    }

    public int eventCount() {
        return events.size();
    }

    private Assignment assignmentOf(String article) {
        Group e = events.get(eventOf.get(article));
        return new Assignment(article, e.id, e.storyline.id, false, 1, 0);
    }

    private Group storylineFor(ArticleSignal a) {
        Set<Group> candidates = new LinkedHashSet<>();
        for (String e : a.entities()) {
            Deque<Group> posting = storylinesByEntity.get(e);
            if (posting != null) {
                candidates.addAll(posting);
            }
        }
        for (Group ev : eventCandidates(a)) {
            candidates.add(ev.storyline);
        }
        Group best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Group g : candidates) {
            double s = score(a, g, settings.storylineWindowDays(), 60.0);
            if (s > bestScore || (s == bestScore && best != null && g.id.compareTo(best.id) < 0)) {
                best = g;
                bestScore = s;
            }
        }
        if (best != null && bestScore >= settings.storylineThreshold()) {
            return best;
        }
        Group line = new Group("l-" + shortId(a.id()), dimensions);
        storylines.put(line.id, line);
        return line;
    }

    private Set<Group> eventCandidates(ArticleSignal a) {
        Set<Group> candidates = new LinkedHashSet<>();
        a.published().ifPresentOrElse(day -> {
            int w = settings.eventWindowDays() * 2;
            eventsByDay.subMap(day.minusDays(w), true, day.plusDays(w), true).values().forEach(candidates::addAll);
        }, () -> candidates.addAll(recentUndated));
        for (String e : a.entities()) {
            Deque<Group> posting = eventsByEntity.get(e);
            if (posting != null) {
                candidates.addAll(posting);
            }
        }
        return candidates;
    }

    private void index(Group event, ArticleSignal a) {
        a.published().ifPresentOrElse(day -> {
            List<Group> onDay = eventsByDay.computeIfAbsent(day, d -> new ArrayList<>());
            if (!onDay.contains(event)) {
                onDay.add(event);
            }
        }, () -> bounded(recentUndated, event));
        for (String e : a.entities()) {
            bounded(eventsByEntity.computeIfAbsent(e, k -> new ArrayDeque<>()), event);
            bounded(storylinesByEntity.computeIfAbsent(e, k -> new ArrayDeque<>()), event.storyline);
        }
    }

    private void bounded(Deque<Group> posting, Group g) {
        posting.remove(g); // moves g to the front: postings keep the most recently active groups
        posting.addFirst(g);
        while (posting.size() > settings.postingLimit()) {
            posting.removeLast();
        }
    }

    /**
     * The match of an article with a group, 0..1: rescaled embedding cosine, title cosine and rare-entity overlap,
     * faded by the days outside the group's dated span beyond {@code windowDays} (time constant {@code fadeDays}).
     */
    double score(ArticleSignal a, Group g, int windowDays, double fadeDays) {
        double content = rescale(dot(a.vector(), g.sum) / Math.max(g.norm, 1e-9), 0.55, 0.90);
        boolean titles = a.hasTitle() && g.titleNorm > 0;
        double title = titles ? rescale(dot(a.titleVector(), g.titleSum) / g.titleNorm, 0.50, 0.90) : content;
        double entity = entityOverlap(a, g);
        double s = a.entities().isEmpty() ? 0.75 * content + 0.25 * title : 0.55 * content + 0.15 * title + 0.30 * entity;
        Optional<Long> gap = g.gap(a.published());
        if (gap.isPresent() && gap.get() > windowDays) {
            s *= Math.exp(-(gap.get() - windowDays) / fadeDays);
        }
        return s;
    }

    private double entityOverlap(ArticleSignal a, Group g) {
        double shared = 0;
        double all = 0;
        for (String e : a.entities()) {
            double idf = Math.log((articles + 1.0) / (entityFrequency.getOrDefault(e, 0) + 1.0)) + 1.0;
            all += idf;
            if (g.entities.containsKey(e)) {
                shared += idf;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    private static String headline(Group g) {
        ArticleSignal best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ArticleSignal m : g.members) {
            if (m.title().isBlank()) {
                continue;
            }
            double s = dot(m.vector(), g.sum);
            if (s > bestScore || (s == bestScore && m.id().compareTo(best.id()) < 0)) {
                best = m;
                bestScore = s;
            }
        }
        return best == null ? "Untitled story" : best.title();
    }

    private static double rescale(double x, double low, double high) {
        return Math.max(0, Math.min(1, (x - low) / (high - low)));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static String shortId(String articleId) {
        return articleId.length() > 10 ? articleId.substring(0, 10) : articleId;
    }
}
