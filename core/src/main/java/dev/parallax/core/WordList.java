package dev.parallax.core;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A list of words kept as a text resource: one word a line, {@code #} starts a comment, blank lines are skipped.
 * Stages load their lists once, into constants; a missing or malformed list is a broken build and fails at once,
 * naming the resource and the line.
 */
public final class WordList {

    private WordList() {
    }

    /**
     * The words of resource {@code words/NAME.txt} next to {@code owner}'s class, as an immutable set.
     *
     * @throws IllegalStateException when the resource is missing or a line holds more than one word
     */
    public static Set<String> resource(Class<?> owner, String name) {
        String path = "words/" + name + ".txt";
        return parse(Resources.text(owner, path, "word list"), owner.getPackageName().replace('.', '/') + "/" + path);
    }

    /** The words of a list's text; {@code where} names it in errors. */
    public static Set<String> parse(String text, String where) {
        Set<String> words = new LinkedHashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String word = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalStateException(where + " line " + (i + 1) + ": '" + word
                        + "' is more than one word (one word a line; # starts a comment)");
            }
            words.add(word);
        }
        if (words.isEmpty()) {
            throw new IllegalStateException(where + " has no words (an emptied or truncated list?)");
        }
        return Set.copyOf(words);
    }
}
