package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An article's parses and entity mentions indexed for attribution: trees by sentence, persons by position. */
final class Discourse {

    /** Lower-cased; a set lookup per entity mention rather than a regex match. */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "him", "her", "his", "hers",
            "they", "them", "their", "i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "himself",
            "herself");

    /** Compiled once: String.split compiles its pattern on every call, once per name mention. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    final String text;
    final List<Tree> trees;
    final List<EntityMention> entities;
    final List<Span> paragraphs;
    /** The last words of the persons and organisations the article names, lower-cased: "lynch" of "Loretta Lynch". */
    final java.util.Set<String> nameEnds;
    /** The person mentions of more than one word, in text order, with their first and last words. */
    private final List<FullName> fullNames;

    private record FullName(EntityMention mention, String first, String last) {
    }

    Discourse(AnnotatedArticle article) {
        this.text = article.text();
        List<Tree> t = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            t.add(new Tree(s));
        }
        this.trees = List.copyOf(t);
        // CoreNLP lists pronouns among entity mentions; names are what resolution needs.
        this.entities = article.entities().stream()
                .filter(e -> !PRONOUNS.contains(e.text().toLowerCase(java.util.Locale.ROOT))).toList();
        this.paragraphs = QuoteFinder.paragraphs(text);
        java.util.Set<String> ends = new java.util.HashSet<>();
        List<FullName> full = new ArrayList<>();
        for (EntityMention e : entities) {
            if (e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) {
                String[] words = SPACES.split(e.text());
                ends.add(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
                if (e.type().equals("PERSON") && e.text().contains(" ")) {
                    full.add(new FullName(e, words[0], words[words.length - 1]));
                }
            }
        }
        this.nameEnds = java.util.Set.copyOf(ends);
        this.fullNames = List.copyOf(full);
    }

    /** The entity mention covering token {@code i} of sentence {@code s}. */
    Optional<EntityMention> entityAt(int s, int i) {
        Span token = trees.get(s).token(i).span();
        for (EntityMention e : entities) {
            if (e.sentence() == s && e.span().contains(token)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Person mentions of sentence {@code s}, in text order. */
    List<EntityMention> persons(int s) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : entities) {
            if (e.sentence() == s && e.type().equals("PERSON")) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The fullest name of the person a short name stands for: the nearest earlier multi-word person mention whose
     * first or last word is the short name ("Lee" → "Kai-Fu Lee", "Wang" → "Wang Wenbin"), else a later one.
     */
    String fullName(String name, int offset) {
        if (name.contains(" ")) {
            return name;
        }
        EntityMention best = null;
        for (FullName f : fullNames) {
            if (!f.first().equals(name) && !f.last().equals(name)) {
                continue;
            }
            EntityMention e = f.mention();
            if (e.span().start() < offset) {
                best = e; // keep the nearest earlier one
            } else if (best == null) {
                best = e;
                break;
            }
        }
        return best == null ? name : best.text();
    }

    /** The sentence that holds {@code offset}, or the last one when the offset lies after them all. */
    int sentenceAt(int offset) {
        for (int s = 0; s < trees.size(); s++) {
            Span span = trees.get(s).sentence().span();
            if (offset < span.end()) {
                return s;
            }
        }
        return trees.size() - 1;
    }

    int paragraphOf(int offset) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (offset < paragraphs.get(p).end()) {
                return p;
            }
        }
        return paragraphs.size();
    }

    /** The index of the token (in sentence {@code s}) heading the mention that covers {@code span}, or -1. */
    int headOf(int s, Span span) {
        Tree tree = trees.get(s);
        int head = -1;
        for (int i = 0; i < tree.size(); i++) {
            if (span.contains(tree.token(i).span())) {
                int p = tree.parent(i);
                if (p < 0 || !span.contains(tree.token(p).span())) {
                    return i;
                }
                if (head < 0) {
                    head = i;
                }
            }
        }
        return head;
    }
}
