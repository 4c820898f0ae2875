package dev.parallax.cluster;

import org.apache.lucene.util.VectorUtil;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The stories seen so far, on two levels — events (one happening) and storylines (connected events) — and the
 * incremental assignment of new articles to them.
 *
 * <p>Reads: {@link ArticleSignal}s, one at a time or in batches. Adds: each article to the best-matching event when
 * the match scores at least {@link Settings#eventThreshold()}; otherwise the article founds a new event, which joins
 * the best-matching storyline (at least {@link Settings#storylineThreshold()}) or founds one. An article's match with
 * an event is average link: the mean probability, by a learned {@link PairScorer}, that the article and each of the
 * event's recent members report the same event (embedding, title, term, entity, number and day features, see
 * {@link PairFeatures}); the mean keeps different events on one topic and the same days apart where a chain of near
 * matches would join them. Events to score are shortlisted by their centroid match, which combines the embedding
 * cosine, title similarity and the share of the article's named entities (weighted by rarity) that the event has,
 * fading with the days outside the event's dated span; a new event's storyline is chosen by the same centroid match
 * (no fading when a date is missing).
 *
 * <p>A batch is processed in a canonical order (dated articles by day then id, then undated by id), so the result
 * does not depend on the order within a batch. Ids derive from the founding article ({@code e-…}, {@code l-…}), so
 * they never change as articles arrive. An article id seen before is ignored.
 *
 * <p>Cost of one assignment, bounded by constants and not by the size of the index or the density of news: events
 * are scanned from a day index, nearest days first, up to {@link Settings#eventWindowDays()} plus four days, and the
 * scan stops after {@link #MAX_SCANNED} events; an inverted index of entities adds at most
 * {@link Settings#postingLimit()} recent events per entity. Each scanned event costs two dot products over unit
 * centroids and a lookup of the article's entities; only the best {@link #SHORTLIST} are also matched against their
 * last {@link #LINKED_MEMBERS} members by the pair scorer. A new event's storyline is chosen among the storylines of the scanned events
 * and of the entity postings. Not thread-safe: one writer at a time.
 */
public final class StoryIndex {

    /** Most events scored with their centroids for one article: the hard cap on the cost of an assignment. */
    public static final int MAX_SCANNED = 2048;
    /** Events (of the best centroid matches) whose members are matched one by one. */
    public static final int SHORTLIST = 16;
    /** Most recent members of an event that an article is matched against. */
    public static final int LINKED_MEMBERS = 16;

    private static final double EVENT_FADE_DAYS = 4.0;
    private static final double STORYLINE_FADE_DAYS = 60.0;
    private static final long UNDATED = Long.MIN_VALUE;

    /**
     * Tuning of the matcher.
     *
     * @param eventThreshold     mean same-event probability (by the pair scorer) with an event's members at or above
     *                           which an article joins it
     * @param storylineThreshold match with a storyline's centroid at or above which a new event joins it
     * @param eventWindowDays    days between article and event beyond which the centroid match that shortlists
     *                           events fades out (events more than this plus four days away are not looked at)
     * @param storylineWindowDays days between an event and a storyline beyond which the match fades out
     * @param postingLimit       most recent events kept per entity in the inverted index
     */
    public record Settings(double eventThreshold, double storylineThreshold, int eventWindowDays,
                           int storylineWindowDays, int postingLimit) {

        /**
         * Calibrated on labelled coverage (docs/stories.md): the event threshold by a sweep of the pair scorer's mean
         * probability, cross-validated by date; a new event joins a storyline only on a close centroid match, as a
         * looser one (0.38) let storylines swallow a whole topic.
         */
        public static final Settings DEFAULT = new Settings(0.40, 0.60, 3, 120, 64);

        public Settings {
            if (eventThreshold <= 0 || eventThreshold > 1 || storylineThreshold <= 0 || eventWindowDays < 0
                    || storylineWindowDays < 0 || postingLimit < 1) {
                throw new IllegalArgumentException("the event threshold must be a probability in (0, 1] (got "
                        + eventThreshold + "), the storyline threshold > 0 (got " + storylineThreshold
                        + "), windows >= 0 days and the posting limit >= 1");
            }
        }

        public Settings withEventThreshold(double t) {
            return new Settings(t, storylineThreshold, eventWindowDays, storylineWindowDays, postingLimit);
        }

        public Settings withStorylineThreshold(double t) {
            return new Settings(eventThreshold, t, eventWindowDays, storylineWindowDays, postingLimit);
        }

        /** Days between an article and an event's span beyond which the event is not looked at. */
        int eventReachDays() {
            return eventWindowDays + (int) EVENT_FADE_DAYS;
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

    /** An article as the matcher sees it: vectors, title presence, interned entities, its day and its pair side. */
    private record Member(ArticleSignal signal, boolean hasTitle, int[] entities, long day, PairFeatures.Side side) {
    }

    /** The article being placed, with what every comparison needs worked out once. */
    private record Query(ArticleSignal signal, boolean hasTitle, int[] entities, double[] weights, double weightSum,
                         long day, PairFeatures.Side side) {
    }

    /**
     * A group of articles (event) or of events (storyline), kept as running sums and unit centroids so a join costs
     * O(dimensions) and a comparison two dot products.
     */
    private static final class Group {
        final String id;
        final float[] sum;
        final float[] titleSum;
        final float[] centroid;
        final float[] titleCentroid;
        boolean titled;
        int[] entities = new int[4]; // sorted distinct entity ids, the first entityCount used
        int entityCount;
        final List<Member> members = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        long first = UNDATED;
        long last = UNDATED;
        Group storyline;
        int seen; // the scan that last visited this group

        Group(String id, int dimensions) {
            this.id = id;
            this.sum = new float[dimensions];
            this.titleSum = new float[dimensions];
            this.centroid = new float[dimensions];
            this.titleCentroid = new float[dimensions];
        }

        void add(Member m) {
            members.add(m);
            float[] v = m.signal().vector();
            float[] t = m.signal().titleVector();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
                titleSum[i] += t[i];
            }
            unit(sum, centroid);
            titled = unit(titleSum, titleCentroid);
            for (int e : m.entities()) {
                addEntity(e);
            }
            if (m.day() != UNDATED) {
                first = first == UNDATED ? m.day() : Math.min(first, m.day());
                last = last == UNDATED ? m.day() : Math.max(last, m.day());
            }
        }

        boolean hasEntity(int e) {
            return Arrays.binarySearch(entities, 0, entityCount, e) >= 0;
        }

        private void addEntity(int e) {
            int at = Arrays.binarySearch(entities, 0, entityCount, e);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (entityCount == entities.length) {
                entities = Arrays.copyOf(entities, entities.length * 2);
            }
            System.arraycopy(entities, at, entities, at + 1, entityCount - at);
            entities[at] = e;
            entityCount++;
        }

        /** Days between the day and this group's dated span; -1 when either is undated. */
        long gap(long day) {
            if (day == UNDATED || first == UNDATED) {
                return -1;
            }
            return day < first ? first - day : day > last ? day - last : 0;
        }
    }

    private final Settings settings;
    private final PairScorer scorer;
    private final Rarity rarity = new Rarity();
    private final Map<String, Group> events = new LinkedHashMap<>();
    private final Map<String, Group> storylines = new LinkedHashMap<>();
    private final Map<String, Group> eventOf = new HashMap<>();
    private final Map<Long, List<Group>> eventsByDay = new HashMap<>();
    private final List<Deque<Group>> eventsByEntity = new ArrayList<>();
    private final List<Deque<Group>> storylinesByEntity = new ArrayList<>();
    private final Deque<Group> recentUndated = new ArrayDeque<>();
    private final Map<String, Integer> entityIds = new HashMap<>();
    private int[] entityFrequency = new int[64];
    private final List<Group> scanned = new ArrayList<>();
    private final Group[] shortlist = new Group[SHORTLIST];
    private final double[] shortlistScores = new double[SHORTLIST];
    private int scan;
    private int dimensions = -1;
    private int articles;

    public StoryIndex() {
        this(Settings.DEFAULT);
    }

    public StoryIndex(Settings settings) {
        this(settings, PairScorer.bundled());
    }

    /** An index whose events join articles by the given pair scorer. */
    public StoryIndex(Settings settings, PairScorer scorer) {
        this.settings = requireNonNull(settings, "settings");
        this.scorer = requireNonNull(scorer, "scorer");
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
        Group known = eventOf.get(a.id());
        if (known != null) {
            return new Assignment(a.id(), known.id, known.storyline.id, false, 1, 0);
        }
        articles++;
        Query q = query(a);
        int candidates = scanEvents(q);
        Group best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int listed = shortlist(q);
        for (int i = 0; i < listed; i++) {
            Group g = shortlist[i];
            double s = linkage(q, g);
            if (s > bestScore || (s == bestScore && g.id.compareTo(best.id) < 0)) {
                best = g;
                bestScore = s;
            }
        }
        boolean founded = best == null || bestScore < settings.eventThreshold();
        Group event;
        if (founded) {
            event = new Group("e-" + shortId(a.id()), dimensions);
            event.storyline = storylineFor(q);
            event.storyline.events.add(event.id);
            events.put(event.id, event);
        } else {
            event = best;
        }
        Member m = new Member(a, q.hasTitle(), q.entities(), q.day(), q.side());
        event.add(m);
        event.storyline.add(m);
        eventOf.put(a.id(), event);
        index(event, q);
        return new Assignment(a.id(), event.id, event.storyline.id, founded, founded ? 0 : bestScore, candidates);
    }

    /**
     * Puts an article back where an earlier process placed it, without scoring it: restoring a stored index's
     * assignments in the order they were made rebuilds exactly the state (centroids, entity weights, postings) that
     * process had, so articles added afterwards go where they would have gone in one long-running process.
     */
    public void restore(ArticleSignal a, String eventId, String storylineId) {
        if (dimensions < 0) {
            dimensions = a.vector().length;
        } else if (a.vector().length != dimensions) {
            throw new IllegalArgumentException("stored article " + a.id() + " has a " + a.vector().length
                    + "-dimensional vector but the index holds " + dimensions + "-dimensional ones; mixed embedders?");
        }
        if (eventOf.containsKey(a.id())) {
            throw new IllegalArgumentException("article " + a.id() + " is restored twice");
        }
        articles++;
        Query q = query(a);
        Group event = events.get(eventId);
        if (event == null) {
            event = new Group(eventId, dimensions);
            event.storyline = storylines.computeIfAbsent(storylineId, id -> new Group(id, dimensions));
            event.storyline.events.add(event.id);
            events.put(event.id, event);
        } else if (!event.storyline.id.equals(storylineId)) {
            throw new IllegalArgumentException("event " + eventId + " is in storyline " + event.storyline.id
                    + ", not " + storylineId + " as stored for article " + a.id());
        }
        Member m = new Member(a, q.hasTitle(), q.entities(), q.day(), q.side());
        event.add(m);
        event.storyline.add(m);
        eventOf.put(a.id(), event);
        index(event, q);
    }

    /** True when the article is placed in an event. */
    public boolean contains(String articleId) {
        return eventOf.containsKey(articleId);
    }

    private static Story story(Group g) {
        return new Story(g.id, headline(g), g.members.stream().map(m -> m.signal().id()).sorted().toList(),
                g.storyline.id);
    }

    /** The event stories, largest first, each with its headline and storyline. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (Group g : events.values()) {
            out.add(story(g));
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

    /** Interns the article's entities, counts them, and weighs each by rarity among the articles so far. */
    private Query query(ArticleSignal a) {
        int[] ids = new int[a.entities().size()];
        double[] weights = new double[ids.length];
        double weightSum = 0;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = entityIds.computeIfAbsent(a.entities().get(i), e -> entityIds.size());
            if (ids[i] >= entityFrequency.length) {
                entityFrequency = Arrays.copyOf(entityFrequency, entityFrequency.length * 2);
            }
            entityFrequency[ids[i]]++;
        }
        for (int i = 0; i < ids.length; i++) {
            weights[i] = Math.log((articles + 1.0) / (entityFrequency[ids[i]] + 1.0)) + 1.0;
            weightSum += weights[i];
        }
        long day = a.published().map(LocalDate::toEpochDay).orElse(UNDATED);
        rarity.count(PairFeatures.rarityKeys(a));
        return new Query(a, a.hasTitle(), ids, weights, weightSum, day, PairFeatures.Side.of(a));
    }

    /** Collects the events to score into {@link #scanned}: nearest days first, then entity postings. */
    private int scanEvents(Query q) {
        scan++;
        scanned.clear();
        if (q.day() != UNDATED) {
            int reach = settings.eventReachDays();
            for (int offset = 0; offset <= reach && scanned.size() < MAX_SCANNED; offset++) {
                collect(eventsByDay.get(q.day() - offset));
                if (offset > 0) {
                    collect(eventsByDay.get(q.day() + offset));
                }
            }
        } else {
            collect(recentUndated);
        }
        for (int e : q.entities()) {
            if (e < eventsByEntity.size()) {
                collect(eventsByEntity.get(e), q.day());
            }
        }
        return scanned.size();
    }

    private void collect(Iterable<Group> groups) {
        collect(groups, UNDATED);
    }

    /** Adds the groups not yet scanned, except those too many days from {@code day} to reach the threshold. */
    private void collect(Iterable<Group> groups, long day) {
        if (groups == null) {
            return;
        }
        int reach = settings.eventReachDays();
        for (Group g : groups) {
            if (scanned.size() >= MAX_SCANNED) {
                return;
            }
            if (g.seen != scan && g.gap(day) <= reach) {
                g.seen = scan;
                scanned.add(g);
            }
        }
    }

    /** Scores the scanned events by centroid and keeps the best {@link #SHORTLIST}, best first; returns how many. */
    private int shortlist(Query q) {
        int n = 0;
        for (Group g : scanned) {
            double s = centroidScore(q, g, settings.eventWindowDays(), EVENT_FADE_DAYS);
            if (n == SHORTLIST && !better(s, g, shortlistScores[n - 1], shortlist[n - 1])) {
                continue;
            }
            int at = n == SHORTLIST ? n - 1 : n++;
            while (at > 0 && better(s, g, shortlistScores[at - 1], shortlist[at - 1])) {
                shortlist[at] = shortlist[at - 1];
                shortlistScores[at] = shortlistScores[at - 1];
                at--;
            }
            shortlist[at] = g;
            shortlistScores[at] = s;
        }
        return n;
    }

    private static boolean better(double s, Group g, double other, Group o) {
        return s > other || (s == other && g.id.compareTo(o.id) < 0);
    }

    private Group storylineFor(Query q) {
        scan++;
        List<Group> lines = new ArrayList<>();
        for (Group ev : scanned) {
            if (ev.storyline.seen != scan) {
                ev.storyline.seen = scan;
                lines.add(ev.storyline);
            }
        }
        for (int e : q.entities()) {
            if (e < storylinesByEntity.size()) {
                for (Group g : storylinesByEntity.get(e)) {
                    if (g.seen != scan) {
                        g.seen = scan;
                        lines.add(g);
                    }
                }
            }
        }
        Group best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Group g : lines) {
            double s = centroidScore(q, g, settings.storylineWindowDays(), STORYLINE_FADE_DAYS);
            if (best == null || better(s, g, bestScore, best)) {
                best = g;
                bestScore = s;
            }
        }
        if (best != null && bestScore >= settings.storylineThreshold()) {
            return best;
        }
        Group line = new Group("l-" + shortId(q.signal().id()), dimensions);
        storylines.put(line.id, line);
        return line;
    }

    private void index(Group event, Query q) {
        if (q.day() != UNDATED) {
            List<Group> onDay = eventsByDay.computeIfAbsent(q.day(), d -> new ArrayList<>());
            if (!onDay.contains(event)) {
                onDay.add(event);
            }
        } else {
            bounded(recentUndated, event);
        }
        for (int e : q.entities()) {
            while (eventsByEntity.size() <= e) {
                eventsByEntity.add(new ArrayDeque<>());
                storylinesByEntity.add(new ArrayDeque<>());
            }
            bounded(eventsByEntity.get(e), event);
            bounded(storylinesByEntity.get(e), event.storyline);
        }
    }

    private void bounded(Deque<Group> posting, Group g) {
        if (g.equals(posting.peekFirst())) {
            return;
        }
        posting.remove(g); // moves g to the front: postings keep the most recently active groups
        posting.addFirst(g);
        while (posting.size() > settings.postingLimit()) {
            posting.removeLast();
        }
    }

    /** The match of the article with the group's centroid, faded by the days outside the group's span. */
    private double centroidScore(Query q, Group g, int windowDays, double fadeDays) {
        ArticleSignal a = q.signal();
        double content = rescale(dot(a.vector(), g.centroid), 0.55, 0.90);
        double title = q.hasTitle() && g.titled ? rescale(dot(a.titleVector(), g.titleCentroid), 0.50, 0.90) : content;
        double shared = 0;
        for (int i = 0; i < q.entities().length; i++) {
            if (g.hasEntity(q.entities()[i])) {
                shared += q.weights()[i];
            }
        }
        return fade(combine(q, content, title, shared), g.gap(q.day()), windowDays, fadeDays);
    }

    /**
     * Average link: the mean probability, by the pair scorer, that the article and each of the event's last
     * {@link #LINKED_MEMBERS} members report the same event. A mean rather than the best pair keeps a chain of
     * near matches on one topic from joining different events.
     */
    private double linkage(Query q, Group g) {
        double sum = 0;
        int n = 0;
        List<Member> members = g.members;
        for (int k = members.size() - 1; k >= Math.max(0, members.size() - LINKED_MEMBERS); k--) {
            sum += scorer.probability(PairFeatures.of(q.side(), members.get(k).side(), rarity));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Rescaled content and title similarity and the rarity-weighted share of the article's entities found. */
    private static double combine(Query q, double content, double title, double sharedWeight) {
        if (q.entities().length == 0) {
            return 0.75 * content + 0.25 * title;
        }
        return 0.55 * content + 0.15 * title + 0.30 * (sharedWeight / q.weightSum());
    }

    private static double fade(double score, long gap, int windowDays, double fadeDays) {
        return gap > windowDays ? score * Math.exp(-(gap - windowDays) / fadeDays) : score;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static String headline(Group g) {
        ArticleSignal best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Member m : g.members) {
            ArticleSignal s = m.signal();
            if (s.title().isBlank()) {
                continue;
            }
            double score = dot(s.vector(), g.centroid);
            if (score > bestScore || (score == bestScore && s.id().compareTo(best.id()) < 0)) {
                best = s;
                bestScore = score;
            }
        }
        return best == null ? "Untitled story" : best.title();
    }

    private static double rescale(double x, double low, double high) {
        return Math.max(0, Math.min(1, (x - low) / (high - low)));
    }

    /** Lucene's dot product, vectorised where the JVM allows. */
    static float dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }

    /** Writes the unit vector of {@code v} into {@code out}; false (and zeros) when {@code v} is the zero vector. */
    private static boolean unit(float[] v, float[] out) {
        double n = Math.sqrt(dot(v, v));
        if (n == 0) {
            Arrays.fill(out, 0);
            return false;
        }
        float inv = (float) (1 / n);
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return true;
    }

    private static String shortId(String articleId) {
        return articleId.length() > 10 ? articleId.substring(0, 10) : articleId;
    }
}
