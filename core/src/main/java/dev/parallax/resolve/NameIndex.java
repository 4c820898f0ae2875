package dev.parallax.resolve;

import dev.parallax.core.Problem;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds outlets by name. Lookups ({@link #find}) ignore case; mentions in running text ({@link #mentions}) keep the
 * case the registry spells a name with, so "AP" and "Time" match but "time" does not, except that a name "The X Y"
 * (two or more words after "The") also matches "the X Y". A name two outlets share is ambiguous: it is reported and
 * resolves to neither. A name that ends a longer proper name ("Ministry of Foreign Affairs") is not a mention.
 */
final class NameIndex {

    private static final Set<String> CONNECTORS = Set.of("of", "on", "for");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");

    private record Form(List<String> words, Outlet outlet) {
    }

    private final Map<String, Outlet> byKey;
    // First word of a name → the names starting with it, longest first, so one pass finds the longest match.
    private final Map<String, List<Form>> byFirstWord;

    private NameIndex(Map<String, Outlet> byKey, Map<String, List<Form>> byFirstWord) {
        this.byKey = byKey;
        this.byFirstWord = byFirstWord;
    }

    static NameIndex of(List<Outlet> outlets, String location, List<Problem> problems) {
        Map<String, Outlet> byKey = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Outlet outlet : outlets) {
            for (String name : outlet.names()) {
                String key = key(name);
                if (key.isEmpty()) {
                    problems.add(new Problem("resolve", location, "outlet '" + outlet.id() + "': name '" + name
                            + "' has no letters or digits; it is ignored"));
                    continue;
                }
                Outlet other = byKey.putIfAbsent(key, outlet);
                if (other != null && !other.id().equals(outlet.id()) && ambiguous.add(key)) {
                    problems.add(new Problem("resolve", location, "name '" + name + "' is used by both '"
                            + other.id() + "' and '" + outlet.id() + "'; it resolves to neither until one row drops it"));
                }
            }
        }
        ambiguous.forEach(byKey::remove);

        Map<String, List<Form>> byFirstWord = new HashMap<>();
        for (Outlet outlet : outlets) {
            for (String name : outlet.names()) {
                if (!ambiguous.contains(key(name))) {
                    for (List<String> words : spellings(name)) {
                        byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(new Form(words, outlet));
                    }
                }
            }
        }
        byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form f) -> f.words.size()).reversed()));
        return new NameIndex(Map.copyOf(byKey), Map.copyOf(byFirstWord));
    }

    /** The outlet a name refers to, ignoring case, a possessive ending and a leading "the". */
    Optional<Outlet> find(String mention) {
        String stripped = POSSESSIVE.matcher(mention.strip()).replaceFirst("");
        String key = key(stripped);
        Outlet found = byKey.get(key);
        if (found == null && key.startsWith("the ")) {
            found = byKey.get(key.substring(4));
        }
        return Optional.ofNullable(found);
    }

    /** Every registry name in {@code text}, whole words only, longest first, left to right, not overlapping. */
    List<OutletMention> mentions(String text) {
        Words words = Words.of(text);
        List<OutletMention> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (Form form : byFirstWord.getOrDefault(words.get(i), List.of())) {
                if (matchesAt(words, i, form.words) && !insideInstitutionName(text, words, i)) {
                    int last = i + form.words.size() - 1;
                    found.add(new OutletMention(new Span(words.start(i), words.end(last)), form.outlet));
                    matched = form.words.size();
                    break;
                }
            }
            i += Math.max(matched, 1);
        }
        return List.copyOf(found);
    }

    /**
     * True when the words at {@code at} end a longer proper name such as "Ministry of Foreign Affairs" or
     * "Council on Foreign Relations": a capitalised word, then "of", "on" or "for", separated by single spaces.
     */
    private static boolean insideInstitutionName(String text, Words words, int at) {
        if (at < 2 || !CONNECTORS.contains(words.get(at - 1))) {
            return false;
        }
        String before = words.get(at - 2);
        return Character.isUpperCase(before.codePointAt(0))
                && words.start(at - 1) - words.end(at - 2) == 1 && words.start(at) - words.end(at - 1) == 1
                && text.charAt(words.end(at - 2)) == ' ' && text.charAt(words.end(at - 1)) == ' ';
    }

    private static boolean matchesAt(Words words, int at, List<String> form) {
        if (at + form.size() > words.size()) {
            return false;
        }
        for (int k = 1; k < form.size(); k++) {
            if (!words.get(at + k).equals(form.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The word sequences a name may appear as in running text. */
    private static List<List<String>> spellings(String name) {
        List<String> words = Words.of(name).texts();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() >= 3 && words.getFirst().equals("The")) {
            List<String> lower = new ArrayList<>(words);
            lower.set(0, "the");
            return List.of(words, List.copyOf(lower));
        }
        return List.of(words);
    }

    private static String key(String name) {
        return String.join(" ", Words.of(name).texts()).toLowerCase(Locale.ROOT);
    }
}
