package dev.parallax.resolve;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;
import dev.parallax.core.WordList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads: an annotated article, its anchored date expressions and the batch's actors. Adds: its dated events — for
 * each calendar date, the clause it dates (the subtree of the verb it depends on, climbing out of subjectless
 * participles and infinitives), that verb, and the actors the clause names. Also finds where another article
 * restates an event without a date ("the common understandings reached by the two presidents in San Francisco"):
 * the same verb with a shared name below it. A deadline ("a plan to lead by 2030") dates no event. Bad input: expressions outside the article's sentences are skipped.
 * Stateless and thread-safe.
 */
public final class EventFinder {

    private static final Set<String> LIGHT_VERBS = WordList.resource(EventFinder.class, "light-verbs");
    private static final Set<String> DEADLINE_WORDS = WordList.resource(EventFinder.class, "deadline-words");

    public List<DatedEvent> find(AnnotatedArticle a, List<DatedExpression> dates, List<Actor> actors) {
        List<DatedEvent> out = new ArrayList<>();
        for (DatedExpression d : dates) {
            if (d.date().isEmpty() || d.sentence() < 0 || d.sentence() >= a.sentences().size()) {
                continue;
            }
            Sentence sentence = a.sentences().get(d.sentence());
            Tree s = new Tree(sentence);
            List<Integer> tokens = s.tokensIn(d.span());
            int head = s.head(tokens);
            if (head < 0) {
                continue;
            }
            int verb = s.clauseVerb(head);
            if (isDeadline(s, tokens.getFirst(), verb)) {
                continue;
            }
            int top = s.complemented(verb);
            int[] extent = s.subtreeBounds(top < 0 ? head : top);
            Span clause = s.span(extent[0], extent[1]);
            List<String> ids = new ArrayList<>();
            for (Actor actor : actors) {
                boolean named = actor.mentions().stream()
                        .anyMatch(m -> m.article().equals(a.id()) && clause.contains(m.span()));
                if (named) {
                    ids.add(actor.id());
                }
            }
            String lemma = verb < 0 ? "" : s.token(verb).lemma().toLowerCase(Locale.ROOT);
            int[] verbExtent = s.subtreeBounds(verb < 0 ? head : verb);
            out.add(new DatedEvent(a.id(), d, sentence.span(), clause, lemma, ids, EventTerms.of(sentence),
                    names(EventTerms.of(sentence, verbExtent[0], verbExtent[1]))));
        }
        return out;
    }

    /**
     * Whether the date is the deadline of a target rather than the time of an event: "by 2030", "until 2025" in a
     * clause that is not in the past ("a plan aimed at … leadership by 2030"; but "by 2017 it had grown" dates a fact).
     */
    private static boolean isDeadline(Tree s, int firstToken, int verb) {
        if (firstToken < 1) {
            return false;
        }
        String before = s.token(firstToken - 1).word().toLowerCase(Locale.ROOT);
        return DEADLINE_WORDS.contains(before) && Tense.of(s, verb) != Tense.PAST;
    }

    /**
     * The sentence of {@code a} that restates {@code event} without dating it: a verb with the event's lemma whose
     * clause shares two of the event clause's name words ("San Francisco"). Verbs of saying and other light verbs
     * say too little to tell one event from another and never match. Empty when there is none.
     */
    public Optional<Span> restatement(AnnotatedArticle a, DatedEvent event) {
        if (event.names().size() < 2 || event.verb().isEmpty() || LIGHT_VERBS.contains(event.verb())) {
            return Optional.empty();
        }
        for (Sentence sentence : a.sentences()) {
            Tree s = new Tree(sentence);
            for (int i = 0; i < s.size(); i++) {
                if (s.isVerb(i) && s.token(i).lemma().toLowerCase(Locale.ROOT).equals(event.verb())) {
                    int[] extent = s.subtreeBounds(i);
                    Set<String> names = names(EventTerms.of(sentence, extent[0], extent[1]));
                    names.retainAll(event.names());
                    if (names.size() >= 2) {
                        return Optional.of(sentence.span());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> names(Set<String> terms) {
        Set<String> out = new LinkedHashSet<>();
        terms.stream().filter(t -> t.startsWith("name:")).forEach(out::add);
        return out;
    }
}
