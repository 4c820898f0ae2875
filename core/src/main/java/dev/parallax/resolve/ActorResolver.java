package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Token;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;
import dev.parallax.core.WordList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads: the entity mentions, tokens and dependency parses of a batch of annotated articles, and the outlet
 * registry. Adds: the batch's {@link Actor}s — people, organisations, governments, places, media outlets and
 * products — each with every mention, its name variants, its roles and its side.
 * <ul>
 *   <li>Within an article, a shorter person name joins the fuller one whose words contain it ("Lee" → "Kai-Fu Lee");
 *       when two full names share it ("Smith"), the nearest preceding one wins and the full names stay apart.
 *   <li>Across articles, people with the same full name are one actor; a lone surname joins the one full name of
 *       the batch that contains it, and stays its own actor when there are several.
 *   <li>A country's name is its government; its capital or seat of government ("Washington", "the White House",
 *       "Beijing") is too, but only as the subject or agent of a verb, or the owner in "Beijing's aim"; elsewhere it
 *       is a place.
 *   <li>Roles come from the parse: pre-modifiers ("Chinese Foreign Ministry spokesperson Wang Wenbin") and
 *       appositions ("Liu Wei, director of … at the Beijing University of …"), the affiliation being the
 *       organisation named in the role; the side is the country a role or name states.
 * </ul>
 * Bad input: mentions whose spans fall outside their sentence's tokens are skipped; an article without
 * annotations gives no actors. Stateless and thread-safe.
 */
public final class ActorResolver {

    private static final Set<String> PRONOUNS = WordList.resource(ActorResolver.class, "pronouns");
    private static final Set<String> HONORIFICS = WordList.resource(ActorResolver.class, "honorifics");
    private static final Set<String> AGENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "obl:agent",
            "nmod:poss", "csubj");
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");
    /** A model or product name with a version: GPT-4, Llama-2, Gemini 1.5. */
    private static final Pattern VERSIONED = Pattern.compile("\\p{Lu}[\\p{L}]*[- ]?\\d+(\\.\\d+)?[\\p{L}]*");
    private static final Set<String> PRODUCT_NOUNS = WordList.resource(ActorResolver.class, "product-nouns");

    private final OutletRegistry registry;
    private final Countries countries = Countries.bundled();

    public ActorResolver(OutletRegistry registry) {
        this.registry = registry;
    }

    /** One actor mention before resolution: where, what, the merge key within its type, and what it says. */
    private record Found(AnnotatedArticle article, ActorType type, String key, String name, Span span, String text,
                         List<Role> roles, Optional<String> side) {
    }

    public List<Actor> resolve(List<AnnotatedArticle> articles) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            found.addAll(find(a));
        }
        return merge(found);
    }

    // ---- within one article ----

    private List<Found> find(AnnotatedArticle a) {
        Map<Integer, Tree> parsed = new HashMap<>();
        List<Found> out = new ArrayList<>();
        List<Span> media = new ArrayList<>();
        for (OutletMention m : registry.mentions(a.text())) {
            boolean named = a.entities().stream().anyMatch(e -> e.span().overlaps(m.span()));
            if (named || m.span().of(a.text()).contains(" ")) {
                media.add(m.span());
                out.add(new Found(a, ActorType.MEDIA, m.outlet().id(), m.outlet().name(), m.span(),
                        m.span().of(a.text()), List.of(), Optional.empty()));
            }
        }
        List<EntityMention> people = new ArrayList<>();
        for (EntityMention e : a.entities()) {
            if (media.stream().anyMatch(e.span()::overlaps) || e.sentence() < 0 || e.sentence() >= a.sentences().size()) {
                continue;
            }
            Tree s = parsed.computeIfAbsent(e.sentence(), i -> new Tree(a.sentences().get(i)));
            List<Integer> tokens = s.tokensIn(e.span());
            if (tokens.isEmpty()) {
                continue;
            }
            String text = e.text();
            switch (e.type()) {
                case "PERSON" -> {
                    if (!PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
                        people.add(e);
                    }
                }
                case "ORGANIZATION" -> {
                    Optional<Outlet> outlet = registry.byName(text);
                    Optional<String> seat = countries.bySeat(text);
                    if (seat.isPresent() && isAgent(s, s.head(tokens))) {
                        out.add(new Found(a, ActorType.GOVERNMENT, key(seat.get()), seat.get(), e.span(), text,
                                List.of(), seat));
                    } else if (outlet.isPresent()) {
                        out.add(new Found(a, ActorType.MEDIA, outlet.get().id(), outlet.get().name(), e.span(), text,
                                List.of(), Optional.empty()));
                    } else {
                        out.add(new Found(a, ActorType.ORGANISATION, key(text), stripThe(text), e.span(), text,
                                roles(a, s, tokens, false), sideOfName(text)));
                    }
                }
                case "COUNTRY" -> {
                    String country = countries.byName(text).orElse(stripThe(text));
                    out.add(new Found(a, ActorType.GOVERNMENT, key(country), country, e.span(), text, List.of(),
                            Optional.of(country)));
                }
                case "MISC" -> {
                    if (isProduct(s, tokens, text)) {
                        out.add(new Found(a, ActorType.PRODUCT, key(text), text, e.span(), text, List.of(),
                                Optional.empty()));
                    }
                }
                default -> {
                    if (PLACE_TYPES.contains(e.type())) {
                        Optional<String> seat = countries.bySeat(text);
                        if (seat.isPresent() && isAgent(s, s.head(tokens))) {
                            out.add(new Found(a, ActorType.GOVERNMENT, key(seat.get()), seat.get(), e.span(), text,
                                    List.of(), seat));
                        } else {
                            out.add(new Found(a, ActorType.PLACE, key(text), stripThe(text), e.span(), text,
                                    List.of(), Optional.empty()));
                        }
                    }
                }
            }
        }
        out.addAll(people(a, people, parsed));
        return joinOrganisations(out);
    }

    /** People of one article, each short name keyed to the full name it stands for. */
    private List<Found> people(AnnotatedArticle a, List<EntityMention> mentions, Map<Integer, Tree> parsed) {
        List<Found> out = new ArrayList<>();
        for (EntityMention e : mentions) {
            String name = stripHonorifics(e.text());
            if (name.isBlank()) {
                continue;
            }
            List<String> words = words(name);
            EntityMention full = null;
            for (EntityMention other : mentions) {
                List<String> otherWords = words(stripHonorifics(other.text()));
                if (otherWords.size() > words.size() && otherWords.containsAll(words)) {
                    boolean before = other.span().start() < e.span().start();
                    boolean bestBefore = full != null && full.span().start() < e.span().start();
                    // The nearest preceding full name wins; a following one only when none precedes.
                    if (full == null || before && (!bestBefore || other.span().start() > full.span().start())
                            || !before && !bestBefore && other.span().start() < full.span().start()) {
                        full = other;
                    }
                }
            }
            String fullName = full == null ? name : stripHonorifics(full.text());
            Tree s = parsed.get(e.sentence());
            List<Integer> tokens = s.tokensIn(e.span());
            List<Role> roles = roles(a, s, tokens, true);
            Optional<String> side = Optional.empty();
            for (Role r : roles) {
                side = side.or(() -> sideOf(a, s, s.tokensIn(r.span())));
            }
            out.add(new Found(a, ActorType.PERSON, key(fullName), fullName, e.span(), e.text(), roles, side));
        }
        return out;
    }

    // ---- roles ----

    private List<Role> roles(AnnotatedArticle a, Tree s, List<Integer> name, boolean premodifiers) {
        List<Role> roles = new ArrayList<>();
        int head = s.head(name);
        if (head < 0) {
            return roles;
        }
        int first = name.getFirst();
        int last = name.getLast();
        if (premodifiers) {
            premodifier(a, s, head, first).ifPresent(roles::add);
        }
        apposition(a, s, head, last).ifPresent(roles::add);
        // "Professor Jeffrey Ding from George Washington University": an organisation right after the name.
        for (int m : s.childrenWithPrefix(head, "nmod:")) {
            String rel = s.relation(m);
            if (m > last && (rel.equals("nmod:from") || rel.equals("nmod:at") || rel.equals("nmod:of"))
                    && s.token(m).ner().equals("ORGANIZATION")) {
                int[] ext = s.subtreeBounds(m);
                Optional<String> org = organisation(a, s, ext[0], ext[1]);
                if (org.isPresent()) {
                    if (!roles.isEmpty() && roles.getFirst().affiliation().isEmpty()) {
                        Role r = roles.removeFirst();
                        roles.addFirst(new Role(r.title(), org, a.id(), r.span().union(s.span(ext[0], ext[1]))));
                    } else {
                        roles.add(new Role("", org, a.id(), s.span(ext[0], ext[1])));
                    }
                }
            }
        }
        return roles;
    }

    /** "Chinese Foreign Ministry spokesperson | Wang Wenbin": the words before the name that modify it. */
    private Optional<Role> premodifier(AnnotatedArticle a, Tree s, int head, int first) {
        int start = first;
        for (int i = first - 1; i >= 0; i--) {
            Token t = s.token(i);
            if (!s.dominates(head, i) || t.ner().equals("PERSON") || t.pos().startsWith("VB")
                    || t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":")) {
                break;
            }
            start = i;
        }
        while (start < first && Set.of("CC", "DT", "IN", "PRP$", "POS", "TO").contains(s.token(start).pos())) {
            start++;
        }
        if (start == first) {
            return Optional.empty();
        }
        return role(a, s, start, first - 1);
    }

    /** "Liu Wei, | director of … at the Beijing University of …": the phrase right after the name and a comma. */
    private Optional<Role> apposition(AnnotatedArticle a, Tree s, int head, int last) {
        if (last + 2 >= s.size() || !s.token(last + 1).word().equals(",")) {
            return Optional.empty();
        }
        // The apposition is the phrase adjacent to the name, even when the parser hung it on an earlier name.
        for (int i = 0; i < s.size(); i++) {
            if (!s.relation(i).equals("appos") || s.token(i).ner().equals("PERSON") || !s.token(i).pos().startsWith("NN")) {
                continue;
            }
            int[] ext = s.subtreeBounds(i);
            if (ext[0] == last + 2 && ext[1] > last + 1) {
                int end = ext[1];
                while (end > ext[0] && Set.of(",", ".", ":", "-RRB-", ")").contains(s.token(end).word())) {
                    end--;
                }
                int start = ext[0];
                while (start < end && Set.of("DT", "PRP$").contains(s.token(start).pos())) {
                    start++;
                }
                return role(a, s, start, end);
            }
        }
        return Optional.empty();
    }

    /**
     * A role phrase split into title and affiliation: the organisation it names is the affiliation; the title is
     * what precedes the organisation's preposition ("director of the … laboratory | at | BUPT") or follows a leading
     * organisation or country ("Chinese Foreign Ministry | spokesperson", "US | President").
     */
    private Optional<Role> role(AnnotatedArticle a, Tree s, int start, int end) {
        Span phrase = s.span(start, end);
        boolean titled = false;
        for (int i = start; i <= end; i++) {
            Token t = s.token(i);
            titled |= t.ner().equals("TITLE") || t.pos().equals("NN") || t.pos().equals("NNS");
        }
        if (!titled) {
            return Optional.empty();
        }
        int orgStart = -1;
        int orgEnd = -1;
        for (int i = start; i <= end; i++) {
            if (s.token(i).ner().equals("ORGANIZATION")) {
                orgStart = i;
                orgEnd = i;
                while (orgEnd + 1 <= end && s.token(orgEnd + 1).ner().equals("ORGANIZATION")) {
                    orgEnd++;
                }
                break;
            }
        }
        int titleStart = start;
        int titleEnd = end;
        if (orgStart == start) {
            titleStart = orgEnd + 1;
        } else if (orgStart > start) {
            titleEnd = orgStart - 1;
            while (titleEnd > titleStart && Set.of("IN", "DT", "TO", ",").contains(s.token(titleEnd).pos())) {
                titleEnd--;
            }
        }
        // Leading nationalities and countries are the side, not the title ("Chinese | tech pioneer").
        while (titleStart <= titleEnd && Set.of("NATIONALITY", "COUNTRY").contains(s.token(titleStart).ner())) {
            titleStart++;
        }
        String title = titleStart <= titleEnd ? s.span(titleStart, titleEnd).of(a.text()) : "";
        Optional<String> affiliation = orgStart < 0 ? Optional.empty()
                : Optional.of(stripThe(s.span(orgStart, orgEnd).of(a.text())));
        if (title.isBlank() && affiliation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Role(title.replaceAll("\\s+", " "), affiliation, a.id(), phrase));
    }

    private Optional<String> organisation(AnnotatedArticle a, Tree s, int start, int end) {
        int from = start;
        while (from <= end && !s.token(from).ner().equals("ORGANIZATION")) {
            from++;
        }
        int to = from;
        while (to + 1 <= end && s.token(to + 1).ner().equals("ORGANIZATION")) {
            to++;
        }
        return from > end ? Optional.empty() : Optional.of(stripThe(s.span(from, to).of(a.text())));
    }

    /** The country a role phrase states: a nationality or country word, or the first word of an organisation. */
    private Optional<String> sideOf(AnnotatedArticle a, Tree s, List<Integer> phrase) {
        for (int i : phrase) {
            Token t = s.token(i);
            boolean orgStart = t.ner().equals("ORGANIZATION") && (i == 0 || !s.token(i - 1).ner().equals("ORGANIZATION"));
            if (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY") || orgStart) {
                Optional<String> c = countries.byNationality(t.word());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> sideOfName(String name) {
        List<String> w = Arrays.asList(name.split("\\s+"));
        return w.size() > 1 ? countries.byNationality(w.getFirst().equalsIgnoreCase("the") ? w.get(1) : w.getFirst())
                : Optional.empty();
    }

    private boolean isAgent(Tree s, int head) {
        if (head < 0) {
            return false;
        }
        String rel = s.relation(head);
        if (rel.startsWith("conj") && s.parent(head) >= 0) {
            rel = s.relation(s.parent(head));
        }
        return AGENT_RELATIONS.contains(rel);
    }

    private static boolean isProduct(Tree s, List<Integer> tokens, String text) {
        if (VERSIONED.matcher(text).matches()) {
            return true;
        }
        int head = s.head(tokens);
        return head >= 0 && s.relation(head).equals("compound") && s.parent(head) >= 0
                && PRODUCT_NOUNS.contains(s.token(s.parent(head)).lemma().toLowerCase(Locale.ROOT));
    }

    // ---- across articles ----

    private List<Actor> merge(List<Found> found) {
        // A lone surname joins the one full name of the batch that contains it.
        Map<String, Set<String>> fullByWord = new HashMap<>();
        for (Found f : found) {
            if (f.type == ActorType.PERSON && words(f.name).size() > 1) {
                for (String w : words(f.name)) {
                    fullByWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(f.key);
                }
            }
        }
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        for (Found f : found) {
            String key = f.key;
            if (f.type == ActorType.PERSON && words(f.name).size() == 1) {
                Set<String> full = fullByWord.getOrDefault(words(f.name).getFirst(), Set.of());
                if (full.size() == 1) {
                    key = full.iterator().next();
                }
            }
            groups.computeIfAbsent(f.type.label() + ":" + key, k -> new ArrayList<>()).add(f);
        }
        List<Actor> actors = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Map.Entry<String, List<Found>> g : groups.entrySet()) {
            List<Found> members = g.getValue();
            Found first = members.getFirst();
            String name = members.stream().map(Found::name)
                    .max(Comparator.comparingInt((String n) -> words(n).size()).thenComparingInt(String::length))
                    .orElse(first.name);
            if (first.type == ActorType.GOVERNMENT || first.type == ActorType.MEDIA) {
                name = first.name;
            }
            String id = first.type.label() + ":" + slug(first.type == ActorType.MEDIA ? first.key : name);
            for (int n = 2; !ids.add(id); n++) {
                id = first.type.label() + ":" + slug(name) + "-" + n;
            }
            final String canonical = name;
            List<String> aliases = members.stream().map(f -> f.text.replaceAll("\\s+", " ").strip())
                    .filter(t -> !t.equals(canonical)).distinct().toList();
            List<Role> roles = new ArrayList<>();
            for (Found f : members) {
                for (Role r : f.roles) {
                    // A bare title yields to the same title with its affiliation ("Professor" < "Professor, GWU").
                    int same = indexOfTitle(roles, r.title());
                    if (same < 0) {
                        roles.add(r);
                    } else if (roles.get(same).affiliation().isEmpty() && r.affiliation().isPresent()) {
                        roles.set(same, r);
                    } else if (r.affiliation().isPresent() && !roles.get(same).describe().equalsIgnoreCase(r.describe())) {
                        roles.add(r);
                    }
                }
            }
            Optional<String> side = members.stream().map(Found::side).flatMap(Optional::stream).findFirst();
            List<ActorMention> mentions = members.stream()
                    .map(f -> new ActorMention(f.article.id(), f.span, f.text)).distinct().toList();
            actors.add(new Actor(id, name, first.type, aliases, roles, side, mentions));
        }
        actors.sort(Comparator.comparingInt((Actor x) -> -x.articles().size())
                .thenComparingInt(x -> -x.mentions().size()).thenComparing(Actor::id));
        return actors;
    }

    private static int indexOfTitle(List<Role> roles, String title) {
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).title().equalsIgnoreCase(title)) {
                return i;
            }
        }
        return -1;
    }

    /** Within an article, a shorter organisation name joins the one longer name that contains its words. */
    private static List<Found> joinOrganisations(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (f.type != ActorType.ORGANISATION) {
                out.add(f);
                continue;
            }
            List<String> w = words(stripThe(f.name));
            List<Found> longer = found.stream().filter(o -> o.type == ActorType.ORGANISATION
                    && words(stripThe(o.name)).size() > w.size() && words(stripThe(o.name)).containsAll(w))
                    .filter(distinctBy(o -> o.key)).toList();
            out.add(longer.size() != 1 ? f : new Found(f.article, f.type, longer.getFirst().key, longer.getFirst().name,
                    f.span, f.text, f.roles, f.side.or(() -> longer.getFirst().side)));
        }
        return out;
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, Object> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    // ---- names ----

    private static String stripHonorifics(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        while (w.size() > 1 && HONORIFICS.contains(w.getFirst().toLowerCase(Locale.ROOT))) {
            w.removeFirst();
        }
        return String.join(" ", w);
    }

    private static String stripThe(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        return n.regionMatches(true, 0, "the ", 0, 4) ? n.substring(4) : n;
    }

    /** The words of a name, lower case, hyphens and dots as separators: "Kai-Fu Lee" → kai, fu, lee. */
    static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s\\-.‐–]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String key(String name) {
        return String.join(" ", words(stripThe(name)));
    }

    private static String slug(String name) {
        String s = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
