package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.EntityMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads: the entity mentions of a story's articles. Adds: its main actors — people, organisations and places,
 * most mentioned first. Within an article, a person's later short name ("Lee") joins the full name that ends with it
 * ("Kai-Fu Lee") when exactly one full name does.
 */
final class ActorCounter {

    private static final int MAX_ACTORS = 12;
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", "person", "ORGANIZATION", "organisation", "COUNTRY", "place",
            "STATE_OR_PROVINCE", "place", "CITY", "place", "LOCATION", "place");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they", "them", "it", "we",
            "i", "you", "his", "hers", "their", "its", "our");

    private static final class Tally {
        final String name;
        final String type;
        int mentions;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();

        Tally(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    List<ActorEntry> count(List<AnnotatedArticle> story) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (AnnotatedArticle a : story) {
            Map<String, String> fullNameOf = fullNames(a);
            for (EntityMention m : a.entities()) {
                String type = TYPES.get(m.type());
                if (type == null || PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String name = type.equals("person") ? fullNameOf.getOrDefault(m.text(), m.text()) : m.text();
                Tally t = tallies.computeIfAbsent(type + ":" + name.toLowerCase(Locale.ROOT), k -> new Tally(name, type));
                t.mentions++;
                t.articles.add(a.id());
                if (!m.text().equals(name)) {
                    t.aliases.add(m.text());
                }
            }
        }
        List<Tally> sorted = new ArrayList<>(tallies.values());
        sorted.sort(Comparator.comparingInt((Tally t) -> -t.articles.size()).thenComparingInt(t -> -t.mentions)
                .thenComparing(t -> t.name));
        return sorted.stream().limit(MAX_ACTORS)
                .map(t -> new ActorEntry(t.name, t.type, t.mentions, List.copyOf(t.aliases), List.copyOf(t.articles)))
                .toList();
    }

    /** Short person names mapped to the one longer name in the article that ends with them. */
    private static Map<String, String> fullNames(AnnotatedArticle a) {
        List<String> full = a.entities().stream().filter(m -> m.type().equals("PERSON") && m.text().contains(" "))
                .map(EntityMention::text).distinct().toList();
        Map<String, String> out = new HashMap<>();
        for (EntityMention m : a.entities()) {
            if (!m.type().equals("PERSON") || m.text().contains(" ")) {
                continue;
            }
            List<String> matches = full.stream().filter(f -> f.endsWith(" " + m.text()) || f.endsWith("-" + m.text()))
                    .toList();
            if (matches.size() == 1) {
                out.put(m.text(), matches.getFirst());
            }
        }
        return out;
    }
}
