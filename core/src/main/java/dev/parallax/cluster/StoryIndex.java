package dev.parallax.cluster;

import org.apache.lucene.util.VectorUtil;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
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
 * <p>Placing articles as they arrive cannot undo an early placement that later articles show wrong, so after a batch
 * is placed, the articles of the events it touched and of the events its articles were matched against are grouped
 * again by complete link: no two articles of an event below {@link Settings#regroupThreshold()}. Moved articles are
 * reported with the event they left.
 *
 * <p>A batch is processed in a canonical order (dated articles by day then id, then undated by id), so the result
 * does not depend on the order within a batch. Ids derive from the founding article ({@code e-…}, {@code l-…}); an
 * event whose articles stay together keeps its id as articles arrive. An article id seen before is ignored.
 *
 * <p>Cost of one assignment, bounded by constants and not by the size of the index or the density of news: events
 * are scanned from a day index, nearest days first, up to {@link Settings#eventWindowDays()} plus four days, and the
 * scan stops after {@link #MAX_SCANNED} events; an inverted index of entities adds at most
 * {@link Settings#postingLimit()} recent events per entity. Each scanned event costs two dot products over unit
 * centroids and a lookup of the article's entities; only the best {@link #SHORTLIST} are also matched against their
 * last {@link #LINKED_MEMBERS} members by the pair scorer. A new event's storyline is chosen among the storylines of the scanned events
 * and of the entity postings. Not thread-safe: one writer at a time.
 *
 * <p>Grouping a batch's events again scores every pair of their articles at most a week apart (the events of a
 * batch of n articles are at most n × ({@link #SHORTLIST} + 1)), then runs complete link, cubic in the articles,
 * over each set of articles linked at or above the threshold, of at most {@link #MAX_REGROUPED}.
 */
public final class StoryIndex {

    /** Most events scored with their centroids for one article: the hard cap on the cost of an assignment. */
    public static final int MAX_SCANNED = 2048;
    /** Events (of the best centroid matches) whose members are matched one by one. */
    public static final int SHORTLIST = 16;
    /** Most recent members of an event that an article is matched against. */
    public static final int LINKED_MEMBERS = 16;

    /**
     * Least same-event probability of every pair of articles in an event when events are grouped again (complete
     * link), chosen by cross-validation on labelled coverage (docs/stories.md).
     */
    public static final double REGROUP_THRESHOLD = 0.20;
    /**
     * Most articles grouped again at once: a larger set of linked articles keeps the events its articles were placed
     * in as they arrived, so that the cost of a batch stays bounded (complete link is cubic in the articles).
     */
    public static final int MAX_REGROUPED = 512;
    /** Most days between two articles of one event when events are grouped again (the pair scorer's window). */
    private static final int REGROUP_DAYS = PairTrainer.WINDOW_DAYS;
    /** Dated articles by day then id, then undated ones by id. */
    private static final Comparator<ArticleSignal> CANONICAL = Comparator
            .comparing((ArticleSignal a) -> a.published().orElse(LocalDate.MAX)).thenComparing(ArticleSignal::id);

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
     * @param regroupThreshold   least same-event probability of every pair of articles in an event when the events
     *                           a batch touched are grouped again (complete link)
     */
    public record Settings(double eventThreshold, double storylineThreshold, int eventWindowDays,
                           int storylineWindowDays, int postingLimit, double regroupThreshold) {

        /**
         * Calibrated on labelled coverage (docs/stories.md): the event threshold by a sweep of the pair scorer's mean
         * probability, cross-validated by date; a new event joins a storyline only on a close centroid match, as a
         * looser one (0.38) let storylines swallow a whole topic.
         */
        public static final Settings DEFAULT = new Settings(0.40, 0.60, 3, 120, 64, REGROUP_THRESHOLD);

        public Settings {
            if (eventThreshold <= 0 || eventThreshold > 1 || storylineThreshold <= 0 || eventWindowDays < 0
                    || storylineWindowDays < 0 || postingLimit < 1 || regroupThreshold <= 0 || regroupThreshold > 1) {
                throw new IllegalArgumentException("the event and regroup thresholds must be probabilities in (0, 1] "
                        + "(got " + eventThreshold + " and " + regroupThreshold + "), the storyline threshold > 0 (got "
                        + storylineThreshold + "), windows >= 0 days and the posting limit >= 1");
            }
        }

        public Settings withEventThreshold(double t) {
            return new Settings(t, storylineThreshold, eventWindowDays, storylineWindowDays, postingLimit,
                    regroupThreshold);
        }

        public Settings withStorylineThreshold(double t) {
            return new Settings(eventThreshold, t, eventWindowDays, storylineWindowDays, postingLimit,
                    regroupThreshold);
        }

        public Settings withRegroupThreshold(double t) {
            return new Settings(eventThreshold, storylineThreshold, eventWindowDays, storylineWindowDays, postingLimit,
                    t);
        }

        /** Days between an article and an event's span beyond which the event is not looked at. */
        int eventReachDays() {
            return eventWindowDays + (int) EVENT_FADE_DAYS;
        }
    }

    /**
     * Where one article went.
     *
     * @param newEvent   whether its event did not exist before the article arrived
     * @param candidates how many events were scored to place it (the cost of the assignment)
     * @param movedFrom  for an article placed by an earlier batch, the event it left when its events were grouped
     *                   again; empty for an article of this batch
     */
    public record Assignment(String article, String event, String storyline, boolean newEvent, double score,
                             int candidates, Optional<String> movedFrom) {
        public Assignment {
            requireNonNull(movedFrom, "movedFrom");
        }
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

        /** Empties the group, keeping its id and storyline, so that its members can be added again. */
        void clear() {
            Arrays.fill(sum, 0);
            Arrays.fill(titleSum, 0);
            Arrays.fill(centroid, 0);
            Arrays.fill(titleCentroid, 0);
            titled = false;
            entityCount = 0;
            members.clear();
            first = UNDATED;
            last = UNDATED;
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

    /**
     * Adds a batch: places each new article in canonical order, then groups again by complete link the articles of
     * the events the batch touched and of the events its articles were matched against. Returns where each new
     * article went, in that order, followed by the articles of earlier batches that grouping again moved (by id).
     */
    public List<Assignment> add(List<ArticleSignal> batch) {
        List<ArticleSignal> ordered = new ArrayList<>(batch);
        ordered.sort(CANONICAL);
        List<Assignment> placed = new ArrayList<>();
        Set<Group> region = new LinkedHashSet<>();
        Set<String> existed = new HashSet<>(events.keySet());
        for (ArticleSignal a : ordered) {
            if (!eventOf.containsKey(a.id())) {
                placed.add(place(a, region));
            }
        }
        if (placed.isEmpty()) {
            return placed;
        }
        Map<String, String> before = new HashMap<>();
        region.forEach(g -> g.members.forEach(m -> before.put(m.signal().id(), g.id)));
        regroup(region, existed);
        List<Assignment> out = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (Assignment a : placed) {
            Group g = eventOf.get(a.article());
            inBatch.add(a.article());
            out.add(new Assignment(a.article(), g.id, g.storyline.id, !existed.contains(g.id), a.score(),
                    a.candidates(), Optional.empty()));
        }
        before.entrySet().stream().filter(e -> !inBatch.contains(e.getKey()))
                .filter(e -> !eventOf.get(e.getKey()).id.equals(e.getValue()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    Group g = eventOf.get(e.getKey());
                    out.add(new Assignment(e.getKey(), g.id, g.storyline.id, !existed.contains(g.id), 0, 0,
                            Optional.of(e.getValue())));
                });
        return out;
    }

    /**
     * Places one article by average link, as it arrives, without grouping events again: what a batch of one does
     * before its regrouping.
     */
    public Assignment add(ArticleSignal a) {
        return place(a, new LinkedHashSet<>());
    }

    /** Places one article; adds its event and the events it was matched against to {@code region}. */
    private Assignment place(ArticleSignal a, Set<Group> region) {
        if (dimensions < 0) {
            dimensions = a.vector().length;
        } else if (a.vector().length != dimensions) {
            throw new IllegalArgumentException("article " + a.id() + " has a " + a.vector().length
                    + "-dimensional vector but the index holds " + dimensions + "-dimensional ones; mixed embedders?");
        }
        Group known = eventOf.get(a.id());
        if (known != null) {
            return new Assignment(a.id(), known.id, known.storyline.id, false, 1, 0, Optional.empty());
        }
        articles++;
        Query q = query(a);
        int candidates = scanEvents(q);
        Group best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int listed = shortlist(q);
        for (int i = 0; i < listed; i++) {
            Group g = shortlist[i];
            region.add(g);
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
        region.add(event);
        Member m = new Member(a, q.hasTitle(), q.entities(), q.day(), q.side());
        event.add(m);
        event.storyline.add(m);
        eventOf.put(a.id(), event);
        index(event, m);
        return new Assignment(a.id(), event.id, event.storyline.id, founded, founded ? 0 : bestScore, candidates,
                Optional.empty());
    }

    /**
     * Groups again the articles of the given events (those a batch touched and the events its articles were matched
     * against): complete-link agglomerative clustering by the pair scorer, so that an early placement is undone when
     * later articles show it wrong, and no article stays in an event with an article it does not match (at
     * {@link Settings#regroupThreshold()}). A pair with an undated article needs the event threshold instead, the
     * evidence an arriving article needs: the scorer learned from dated pairs, and an undated pair's day apart is an
     * assumption. The articles are first split into sets linked by pairs at or above the threshold, at most
     * {@link #REGROUP_DAYS} days apart; a set larger than {@link #MAX_REGROUPED} keeps its placements. Each new group
     * keeps the id of the event it shares most articles with (each id once; on a tie, an event that existed before
     * the batch, then the larger), so an event whose articles stay together keeps its id; a group with none takes
     * the id of its first article and the storyline most of its articles came from. Emptied events are dropped.
     */
    private void regroup(Set<Group> region, Set<String> existed) {
        List<Member> all = new ArrayList<>();
        region.forEach(g -> all.addAll(g.members));
        all.sort(Comparator.comparing(Member::signal, CANONICAL));
        int n = all.size();
        if (n < 2) {
            return;
        }
        double threshold = settings.regroupThreshold();
        Map<Long, Double> probability = new HashMap<>();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int firstUndated = 0;
        while (firstUndated < n && all.get(firstUndated).day() != UNDATED) {
            firstUndated++;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                long di = all.get(i).day();
                long dj = all.get(j).day();
                if (di != UNDATED && dj != UNDATED && dj - di > REGROUP_DAYS) {
                    // dated members are in day order, undated ones last (and near every article)
                    j = firstUndated - 1;
                    continue;
                }
                double p = scorer.probability(PairFeatures.of(all.get(i).side(), all.get(j).side(), rarity));
                // The scorer learned from dated pairs; an undated one rests on an assumed day between them, so it
                // links only on the evidence an arriving article needs to join an event.
                boolean undated = di == UNDATED || dj == UNDATED;
                if (p >= (undated ? Math.max(threshold, settings.eventThreshold()) : threshold)) {
                    probability.put((long) i * n + j, p);
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> sets = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            sets.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<List<Member>> groups = new ArrayList<>();
        for (List<Integer> set : sets.values()) {
            if (set.size() > MAX_REGROUPED) {
                Map<Group, List<Member>> kept = new LinkedHashMap<>();
                set.forEach(i -> kept.computeIfAbsent(eventOf.get(all.get(i).signal().id()), g -> new ArrayList<>())
                        .add(all.get(i)));
                groups.addAll(kept.values());
            } else {
                for (List<Integer> c : completeLink(set, probability, n, threshold)) {
                    groups.add(c.stream().map(all::get).toList());
                }
            }
        }
        apply(region, groups, existed);
    }

    /** Complete-link clusters of the members (indexes, in canonical order) whose every pair is at least the threshold. */
    private static List<List<Integer>> completeLink(List<Integer> set, Map<Long, Double> probability, int n,
                                                    double threshold) {
        int k = set.size();
        double[][] link = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                link[a][b] = link[b][a] = probability.getOrDefault((long) set.get(a) * n + set.get(b), 0.0);
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        boolean[] active = new boolean[k];
        for (int a = 0; a < k; a++) {
            clusters.add(new ArrayList<>(List.of(set.get(a))));
            active[a] = true;
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; active[a] && b < k; b++) {
                    if (active[b] && link[a][b] >= best && (bestA < 0 || link[a][b] > best)) {
                        best = link[a][b];
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.get(bestB));
            active[bestB] = false;
            for (int c = 0; c < k; c++) {
                link[bestA][c] = link[c][bestA] = Math.min(link[bestA][c], link[bestB][c]);
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (active[a]) {
                List<Integer> c = clusters.get(a);
                c.sort(null);
                out.add(c);
            }
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Makes the groups (members in canonical order) the events of the region's articles, keeping ids where it can. */
    private void apply(Set<Group> region, List<List<Member>> groups, Set<String> existed) {
        record Overlap(int group, Group event, int shared) {
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Map<Group, Integer> counts = new LinkedHashMap<>();
            groups.get(i).forEach(m -> counts.merge(eventOf.get(m.signal().id()), 1, Integer::sum));
            int at = i;
            counts.forEach((g, c) -> overlaps.add(new Overlap(at, g, c)));
        }
        // most shared articles first; on a tie, an event that existed before the batch, then the larger event
        overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.shared())
                .thenComparing(o -> !existed.contains(o.event().id))
                .thenComparingInt(o -> -o.event().members.size())
                .thenComparing(o -> o.event().id).thenComparingInt(Overlap::group));
        Group[] target = new Group[groups.size()];
        Set<Group> taken = new HashSet<>();
        for (Overlap o : overlaps) {
            if (target[o.group()] == null && !taken.contains(o.event())) {
                target[o.group()] = o.event();
                taken.add(o.event());
            }
        }
        Set<Group> lines = new LinkedHashSet<>();
        region.forEach(g -> lines.add(g.storyline));
        Map<Group, Group> founded = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            if (target[i] == null) {
                Group g = new Group(freeId(groups.get(i)), dimensions);
                g.storyline = mainStoryline(groups.get(i));
                g.storyline.events.add(g.id);
                events.put(g.id, g);
                target[i] = g;
                founded.put(g, g);
            }
        }
        for (Group g : region) {
            if (!taken.contains(g)) {
                drop(g);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            Group g = target[i];
            boolean changed = founded.containsKey(g) || g.members.size() != groups.get(i).size()
                    || !g.members.containsAll(groups.get(i));
            if (!changed) {
                continue;
            }
            g.clear();
            for (Member m : groups.get(i)) {
                g.add(m);
                eventOf.put(m.signal().id(), g);
                index(g, m);
            }
        }
        for (Group line : lines) {
            line.clear();
            List<Member> members = new ArrayList<>();
            line.events.forEach(id -> members.addAll(events.get(id).members));
            members.sort(Comparator.comparing(Member::signal, CANONICAL));
            members.forEach(line::add);
            if (line.events.isEmpty()) {
                storylines.remove(line.id);
                storylinesByEntity.forEach(posting -> posting.remove(line));
            }
        }
    }

    /** The id of a new group: that of its first article whose event id is free. */
    private String freeId(List<Member> group) {
        for (Member m : group) {
            String id = "e-" + shortId(m.signal().id());
            if (!events.containsKey(id)) {
                return id;
            }
        }
        String base = "e-" + shortId(group.get(0).signal().id());
        int k = 2;
        while (events.containsKey(base + "-" + k)) {
            k++;
        }
        return base + "-" + k;
    }

    /** The storyline most of the group's articles were in (ties by id). */
    private Group mainStoryline(List<Member> group) {
        Map<Group, Integer> counts = new HashMap<>();
        group.forEach(m -> counts.merge(eventOf.get(m.signal().id()).storyline, 1, Integer::sum));
        return counts.entrySet().stream().min(Comparator.comparingInt((Map.Entry<Group, Integer> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().id)).orElseThrow().getKey();
    }

    /** Removes an emptied event from the index and its storyline. */
    private void drop(Group g) {
        events.remove(g.id);
        g.storyline.events.remove(g.id);
        for (long day = g.first; g.first != UNDATED && day <= g.last; day++) {
            List<Group> onDay = eventsByDay.get(day);
            if (onDay != null) {
                onDay.remove(g);
            }
        }
        recentUndated.remove(g);
        for (int i = 0; i < g.entityCount; i++) {
            eventsByEntity.get(g.entities[i]).remove(g);
        }
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
        index(event, m);
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

    private void index(Group event, Member q) {
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
