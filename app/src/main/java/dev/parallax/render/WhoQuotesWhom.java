package dev.parallax.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.parallax.brief.ActorView;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.VoiceView;
import dev.parallax.resolve.OutletRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which outlets, and so which sides, quote which voices, and how often: read from the voices of the briefing's
 * stories (one row per outlet and voice, counting the passages). A voice is a person, an institution, another outlet
 * or an unnamed source ("US officials", "experts"), by what the briefing knows of the name: an outlet of the registry
 * or an actor of type media is an outlet; an actor of type person a person; any other actor an institution; a speaker
 * the text does not name (a label starting or ending in a lower-case word: "experts", "US officials") an unnamed
 * source, unless it is a report of one outlet ("a report by Time"); a capitalised name the briefing has no actor for
 * is an institution when its words say so (Ministry, University, …), else a person.
 */
public record WhoQuotesWhom(List<Row> rows) {

    /** What kind of voice is quoted. */
    public enum Kind {
        PERSON("person", "People"), INSTITUTION("institution", "Institutions"), OUTLET("outlet", "Outlets"),
        UNNAMED("unnamed source", "Unnamed sources");

        public final String label;
        public final String plural;

        Kind(String label, String plural) {
            this.label = label;
            this.plural = plural;
        }
    }

    /**
     * One outlet quoting one voice: {@code quotes} passages in {@code articles} articles.
     *
     * @param voice the name without the role the article gives; an outlet by its registry name
     */
    @JsonPropertyOrder({"outlet", "side", "voice", "kind", "quotes", "articles"})
    public record Row(String outlet, String side, String voice, String kind, int quotes, int articles,
                      @JsonIgnore List<SourceRef> sources) {
        public Row {
            sources = List.copyOf(sources);
        }
    }

    public WhoQuotesWhom {
        rows = List.copyOf(rows);
    }

    private static final Pattern INSTITUTION_WORDS = Pattern.compile("\\b(Ministry|Department|University|Institute|"
            + "Council|Office|Agency|Commission|Committee|Company|Corporation|Inc|Ltd|Group|Bank|Party|Court|Army|"
            + "Navy|Force|House|Endowment|Academy|Centre|Center|Foundation|Association|Administration|Government|"
            + "Parliament|Congress|Senate|Pentagon|Bureau|Embassy|Authority|Federation|Union|Organi[sz]ation)\\b");
    /** "a report by Time", "an interview with Reuters": the outlet named after the cue is the voice. */
    private static final Pattern OUTLET_CUE = Pattern.compile("\\b(report|reports|article|story|interview|"
            + "broadcast|editorial|according)\\b", Pattern.CASE_INSENSITIVE);

    /** The rows of these stories of {@code b}: by total passages, most quoted voice first, then by outlet. */
    public static WhoQuotesWhom of(Briefing b, List<StoryBrief> stories) {
        OutletRegistry registry = OutletRegistry.bundled();
        Map<List<String>, List<SourceRef>> passages = new LinkedHashMap<>();
        Map<List<String>, String> kinds = new LinkedHashMap<>();
        for (StoryBrief s : stories) {
            for (VoiceView v : s.allVoices()) {
                Voice voice = classify(b, registry, v);
                String outlet = outletOf(b, v.source());
                List<String> key = List.of(outlet, v.side(), voice.name());
                passages.computeIfAbsent(key, k -> new ArrayList<>()).add(v.source());
                kinds.put(key, voice.kind().label);
            }
        }
        Map<String, Integer> perVoice = new LinkedHashMap<>();
        passages.forEach((k, refs) -> perVoice.merge(k.get(2), refs.size(), Integer::sum));
        List<Row> rows = new ArrayList<>();
        passages.forEach((k, refs) -> rows.add(new Row(k.get(0), k.get(1), k.get(2), kinds.get(k), refs.size(),
                (int) refs.stream().map(SourceRef::article).distinct().count(), refs)));
        rows.sort(Comparator.comparingInt((Row r) -> -perVoice.get(r.voice())).thenComparing(Row::voice)
                .thenComparing(r -> -r.quotes()).thenComparing(Row::outlet));
        return new WhoQuotesWhom(rows);
    }

    /** The outlet of a cited article; articles of an outlet the registry does not know are "unknown outlet". */
    static String outletOf(Briefing b, SourceRef ref) {
        if (!ref.outlet().isBlank()) {
            return ref.outlet();
        }
        return b.articles().stream().filter(a -> a.id().equals(ref.article())).findFirst().map(ArticleView::outlet)
                .filter(o -> !o.isBlank()).orElse("unknown outlet");
    }

    /** A voice's display name and kind. */
    public record Voice(String name, Kind kind) {
    }

    /**
     * The name and kind of a voice: its actor's when the briefing links it to one (one actor is one voice whatever
     * each article calls it), else what its label says.
     */
    static Voice classify(Briefing b, OutletRegistry registry, VoiceView v) {
        Optional<ActorView> actor = Optional.ofNullable(v.actor())
                .flatMap(id -> b.actors().stream().filter(a -> a.id().equals(id)).findFirst());
        if (actor.isEmpty()) {
            return classify(b, registry, v.speaker());
        }
        return new Voice(actor.get().name(), switch (actor.get().type()) {
            case "media" -> Kind.OUTLET;
            case "person" -> Kind.PERSON;
            default -> Kind.INSTITUTION;
        });
    }

    /** The name and kind of a speaker label as the briefing gives it ("Wang Wenbin (spokesperson, …)"). */
    public static Voice classify(Briefing b, OutletRegistry registry, String label) {
        String name = StoryHtml.Speaker.of(label).name().strip();
        Optional<ActorView> actor = b.actors().stream().filter(a -> a.name().equalsIgnoreCase(name)
                || a.aliases().stream().anyMatch(name::equalsIgnoreCase)).findFirst();
        if (actor.isPresent() && actor.get().type().equals("media")) {
            return new Voice(actor.get().name(), Kind.OUTLET);
        }
        Optional<String> outlet = registry.byName(name).map(o -> o.name());
        if (outlet.isPresent()) {
            return new Voice(outlet.get(), Kind.OUTLET);
        }
        if (actor.isPresent()) {
            return new Voice(name, actor.get().type().equals("person") ? Kind.PERSON : Kind.INSTITUTION);
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        // "experts", "a fellow at …", and also "US officials", "Chinese experts": no name, a description.
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || !Character.isUpperCase(last.codePointAt(0))) {
            List<String> named = registry.mentions(name).stream().map(m -> m.outlet().name()).distinct().toList();
            if (named.size() == 1 && OUTLET_CUE.matcher(name).find()) {
                return new Voice(named.getFirst(), Kind.OUTLET);
            }
            return new Voice(name, Kind.UNNAMED);
        }
        return new Voice(name, INSTITUTION_WORDS.matcher(name).find() ? Kind.INSTITUTION : Kind.PERSON);
    }

    /** The voices, most quoted first, each once. */
    public List<String> voices() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.voice()));
        return List.copyOf(out);
    }

    /** The outlets that quote, grouped by side in the order of {@code sides}, each once. */
    public List<Row> outletColumns(List<String> sides) {
        Map<String, Row> first = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparingInt((Row r) -> sides.indexOf(r.side()) < 0 ? Integer.MAX_VALUE
                        : sides.indexOf(r.side())).thenComparing(r -> r.outlet().toLowerCase(Locale.ROOT)))
                .forEach(r -> first.putIfAbsent(r.outlet(), r));
        return List.copyOf(first.values());
    }

    /** Passages of a voice per side. */
    public Map<String, Integer> bySide(String voice) {
        Map<String, Integer> out = new LinkedHashMap<>();
        rows.stream().filter(r -> r.voice().equals(voice)).forEach(r -> out.merge(r.side(), r.quotes(), Integer::sum));
        return out;
    }

    public int total(String voice) {
        return rows.stream().filter(r -> r.voice().equals(voice)).mapToInt(Row::quotes).sum();
    }
}
