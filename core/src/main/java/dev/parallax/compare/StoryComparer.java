package dev.parallax.compare;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.attribute.Attribution;
import dev.parallax.attribute.Speaker;
import dev.parallax.core.Span;
import dev.parallax.embed.Embedder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: the annotated articles of one story, each article's side, and the whole batch as background.
 * Adds: the story's {@link Comparison} — its claims split from statement sentences, embedded in one batch and
 * matched across articles (with who each article attributes a claim to), and each side's framing terms, read from
 * the claims aligned across sides, each side's in its own words (outside the words of the voices it quotes or
 * reports). Bad input: a story of one article has nothing to compare and gets
 * {@link Comparison#EMPTY}; articles of an unknown side take part in matching but not in framing.
 */
public final class StoryComparer {

    private final Supplier<Embedder> embedder;
    private final ClaimSplitter splitter = new ClaimSplitter();
    private final ClaimMatcher matcher = new ClaimMatcher();
    private final FramingContrast framing = new FramingContrast();

    /** Compares with the given embedder (loaded on the first comparison that needs it). */
    public StoryComparer(Supplier<Embedder> embedder) {
        this.embedder = embedder;
    }

    /** Compares a story whose articles' attributions are given by article id (missing ones count as none). */
    public Comparison compare(List<AnnotatedArticle> story, Map<String, String> sideOf, List<AnnotatedArticle> background,
                              Map<String, List<Attribution>> attributions) {
        if (story.size() < 2) {
            return Comparison.EMPTY;
        }
        List<Claim> raw = new ArrayList<>();
        Set<String> sides = new LinkedHashSet<>();
        for (AnnotatedArticle a : story) {
            String side = sideOf.getOrDefault(a.id(), "unknown");
            if (!side.equals("unknown")) {
                sides.add(side);
            }
            List<Attribution> said = attributions.getOrDefault(a.id(), List.of());
            for (Claim c : splitter.split(a, side)) {
                raw.add(c.withVoice(voice(c.span(), said)));
            }
        }
        List<float[]> vectors = embedder.get().embed(raw.stream().map(Claim::text).toList());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            claims.add(raw.get(i).withVector(vectors.get(i)));
        }
        List<ClaimGroup> groups = matcher.match(claims, sides);
        return new Comparison(List.copyOf(sides), groups,
                framing.contrast(story, sideOf, background, claims, groups, embedder.get()::embed,
                        voiced(story, attributions)));
    }

    /**
     * By article, the words that are not the outlet's own wording: what the voices it lets speak say (the statement
     * parts of each attribution to a known speaker, quoted or reported: "a responsible power", in Semafor, is what a
     * fellow says Beijing seeks to be), the tag naming who speaks (from the speaker's mention to the cue: "Liu Wei,
     * director of the … laboratory at …, told"), and any words in quotation marks, which the writer marks as someone
     * else's even when the attribution leaves the speaker unnamed ("any “deliverables”").
     */
    static Map<String, List<Span>> voiced(List<AnnotatedArticle> story, Map<String, List<Attribution>> attributions) {
        Map<String, List<Span>> out = new java.util.HashMap<>();
        for (AnnotatedArticle a : story) {
            List<Span> spans = new ArrayList<>();
            for (Attribution x : attributions.getOrDefault(a.id(), List.of())) {
                if (x.speaker().kind() != Speaker.Kind.UNKNOWN) {
                    spans.addAll(x.parts());
                }
                spans.add(x.source().map(x.cue()::union).orElse(x.cue()));
            }
            Matcher m = QUOTATION.matcher(a.text());
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
            }
            out.put(a.id(), spans);
        }
        return out;
    }

    /** A quotation within one paragraph: curly quotes, or straight ones. */
    private static final Pattern QUOTATION = Pattern.compile("“[^”\\n]+”|\"[^\"\\n]+\"");

    private static final Set<String> QUANTIFIERS = Set.of("a", "an", "the", "one", "two", "some", "several", "many",
            "other", "another", "senior", "top", "unnamed", "anonymous");

    /**
     * Who an attribution covering most of the claim, or tagged inside it, gives it to, normalised so that one group reads the same in
     * every article: a person by name, anyone else by the words of the mention without quantifiers, last word
     * singular ("US officials", "one US official" → "us official").
     */
    static String voice(Span claim, List<Attribution> attributions) {
        Attribution best = null;
        int most = 0;
        for (Attribution a : attributions) {
            int overlap = a.content().overlap(claim);
            boolean tagged = claim.contains(a.cue()) && overlap > 0;
            if ((overlap * 2 >= claim.length() || tagged) && overlap > most && a.speaker().kind() != Speaker.Kind.UNKNOWN) {
                best = a;
                most = overlap;
            }
        }
        if (best == null) {
            return "";
        }
        Speaker s = best.speaker();
        if (s.kind() == Speaker.Kind.PERSON) {
            return s.name().toLowerCase(java.util.Locale.ROOT);
        }
        List<String> words = new ArrayList<>();
        for (String w : s.name().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !QUANTIFIERS.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        String last = words.getLast();
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            words.set(words.size() - 1, last.substring(0, last.length() - 1));
        }
        return String.join(" ", words);
    }
}
