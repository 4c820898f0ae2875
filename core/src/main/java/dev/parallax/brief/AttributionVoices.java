package dev.parallax.brief;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.attribute.Speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads: an annotated article and its attributions. Adds: its voices — every attribution with a known
 * speaker, named with the role and affiliation the text gives ("Wang Wenbin (spokesperson, Chinese Foreign
 * Ministry)"), over the span of what was said. Attributions without a speaker are not voices, nor are those
 * reported inside what another voice said (in "Lü said China will urge the US to …", China is not a voice the
 * outlet quotes), nor a pronoun the resolver could not place, nor a country or place speaking as a whole ("The US
 * expressed concerns …").
 */
final class AttributionVoices {

    private AttributionVoices() {
    }

    static List<Voice> voices(AnnotatedArticle article, List<Attribution> all) {
        List<Attribution> kept = all.stream()
                .filter(a -> a.speaker().kind() != Speaker.Kind.UNKNOWN && named(a.speaker())
                        && !country(article, a.speaker()))
                .filter(a -> all.stream().noneMatch(o -> o != a && o.content().contains(a.cue())
                        && a.source().map(o.content()::contains).orElse(true)))
                .toList();
        // One speaker, one label: the fullest the article gives ("Jeffrey Ding (Professor, George Washington
        // University)" also where a later mention says only "Professor").
        Map<String, String> fullest = new HashMap<>();
        kept.forEach(a -> fullest.merge(a.speaker().name(), label(a.speaker()), (x, y) -> y.length() > x.length() ? y : x));
        return kept.stream().map(a -> new Voice(article.id(), fullest.get(a.speaker().name()), a.content())).toList();
    }

    private static final java.util.Set<String> UNRESOLVED = java.util.Set.of("it", "its", "which", "who", "whom",
            "that", "this", "they", "them", "he", "him", "she", "her", "i", "we", "you");

    /** Whether the speaker has a name a reader can use: not a pronoun left unresolved, not a coordination's tail. */
    private static boolean named(Speaker s) {
        String name = s.name().strip().toLowerCase(java.util.Locale.ROOT);
        return !name.isEmpty() && !UNRESOLVED.contains(name) && !name.startsWith("and ") && !name.startsWith("or ");
    }

    private static final java.util.Set<String> PLACES = java.util.Set.of("COUNTRY", "NATIONALITY",
            "STATE_OR_PROVINCE", "CITY", "LOCATION");

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
