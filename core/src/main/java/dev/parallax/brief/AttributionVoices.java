package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.attribute.CueLexicon;
import dev.parallax.attribute.ReportingWords;
import dev.parallax.attribute.Speaker;
import dev.parallax.core.Span;
import dev.parallax.resolve.Actor;
import dev.parallax.resolve.ActorMention;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads: an annotated article, its attributions and the actors resolved across the batch. Adds: its voices — every
 * attribution with a known speaker, named with the role and affiliation the text gives ("Wang Wenbin (spokesperson,
 * Chinese Foreign Ministry)"), over the span of what was said, and linked to the speaker's actor when the batch has
 * one. Attributions without a speaker are not voices, nor are those reported inside what another voice said (in "Lü
 * said China will urge the US to …", China is not a voice the outlet quotes), nor a pronoun the resolver could not
 * place, nor a country or place speaking as a whole ("The US expressed concerns …"), nor one whose verb of saying is
 * denied ("officials did not specify whether …": what they left unsaid).
 */
final class AttributionVoices {

    private AttributionVoices() {
    }

    static List<Voice> voices(AnnotatedArticle article, List<Attribution> all, List<Actor> actors) {
        List<Actor> here = actors.stream()
                .filter(x -> x.mentions().stream().anyMatch(m -> m.article().equals(article.id()))).toList();
        // Each attribution's reporting words, read once: the denial test and the voice both need them.
        Map<Attribution, ReportingWords> words = new java.util.IdentityHashMap<>();
        all.forEach(a -> words.put(a, ReportingWords.of(article, a.cue())));
        List<Attribution> kept = all.stream()
                .filter(a -> a.speaker().kind() != Speaker.Kind.UNKNOWN && named(a.speaker())
                        && !country(article, a.speaker()) && !denied(words.get(a)))
                .filter(a -> all.stream().noneMatch(o -> o != a && o.content().contains(a.cue())
                        && a.source().map(o.content()::contains).orElse(true)))
                .toList();
        // One speaker, one label: the fullest the article gives ("Jeffrey Ding (Professor, George Washington
        // University)" also where a later mention says only "Professor").
        Map<String, String> fullest = new HashMap<>();
        kept.forEach(a -> fullest.merge(a.speaker().name(), label(a.speaker()), (x, y) -> y.length() > x.length() ? y : x));
        return kept.stream().map(a -> new Voice(article.id(), fullest.get(a.speaker().name()),
                actor(article.id(), here, a).map(Actor::id), a.content(), words.get(a).span())).toList();
    }

    /**
     * The actor the attribution's speaker is: the actor of this article going by the speaker's name (the fullest
     * name the article gives, so a resolved pronoun or a surname finds the person), else the one named inside the
     * source mention whose name the speaker's contains ("the Chinese Ministry of Foreign Affairs"). A speaker named
     * after an actor's mention only in part ("Chinese experts", "officials from the White House") is no actor.
     */
    static Optional<Actor> actor(String article, List<Actor> here, Attribution a) {
        String name = plain(a.speaker().name());
        Optional<Actor> byName = here.stream()
                .filter(x -> plain(x.name()).equals(name) || x.aliases().stream().map(AttributionVoices::plain)
                        .anyMatch(name::equals))
                .min(Comparator.comparingInt(x -> overlaps(article, x, a.source()) ? 0 : 1));
        if (byName.isPresent() || a.source().isEmpty()) {
            return byName;
        }
        Span source = a.source().get();
        return here.stream()
                .filter(x -> x.mentions().stream().anyMatch(m -> m.article().equals(article)
                        && source.contains(m.span()) && name.equals(plain(m.text()))))
                .findFirst();
    }

    private static boolean overlaps(String article, Actor x, Optional<Span> source) {
        return source.isPresent() && x.mentions().stream().map(ActorMention::span)
                .anyMatch(s -> s.start() < source.get().end() && source.get().start() < s.end());
    }

    /** A name as compared: lower case, without a leading "the" and spaces around it. */
    private static String plain(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4).strip() : s;
    }

    private static final Set<String> UNRESOLVED = Set.of("it", "its", "which", "who", "whom",
            "that", "this", "they", "them", "he", "him", "she", "her", "i", "we", "you");

    /** Whether the speaker has a name a reader can use: not a pronoun left unresolved, not a coordination's tail. */
    private static boolean named(Speaker s) {
        String name = s.name().strip().toLowerCase(Locale.ROOT);
        return !name.isEmpty() && !UNRESOLVED.contains(name) && !name.startsWith("and ") && !name.startsWith("or ");
    }

    private static final Set<String> PLACES = Set.of("COUNTRY", "NATIONALITY",
            "STATE_OR_PROVINCE", "CITY", "LOCATION");

    /**
     * Whether the cue is a denied verb of saying ("officials did not specify whether …", "has not said when …"): what
     * follows is what someone left unsaid, which a reader would take for their words if shown as their voice. A
     * denied view is still a view ("experts don't expect …").
     */
    private static boolean denied(ReportingWords words) {
        return words.negated() && !CueLexicon.viewVerb(words.cueLemma());
    }

    /**
     * Whether the speaker is only a place ("The US expressed concerns …"): a state's stance the writer sums up,
     * not a voice the outlet quotes; its officials and spokespeople are voices under their own names.
     */
    private static boolean country(AnnotatedArticle article, Speaker s) {
        return article.entities().stream().anyMatch(e -> PLACES.contains(e.type()) && e.text().equals(s.name()));
    }

    static String label(Speaker s) {
        // A role such as "director of the X Office" already names its affiliation.
        String role = s.role().filter(r -> !r.isBlank() && !s.name().contains(r)).orElse("");
        String affiliation = s.affiliation().filter(a -> !a.isBlank() && !s.name().contains(a) && !role.contains(a))
                .orElse("");
        String detail = Stream.of(role, affiliation).filter(x -> !x.isEmpty()).collect(Collectors.joining(", "));
        return detail.isEmpty() ? s.name() : s.name() + " (" + detail + ")";
    }
}
