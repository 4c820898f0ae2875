package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads: an {@link AnnotatedArticle} (sentences, tokens with POS, lemma and NER, dependency parses, entity
 * mentions). Adds: who said what — direct quotations with the tag before, after or inside them and the untagged
 * quotations that continue a speaker; reported speech and beliefs from the parse; partial quotations inside reported
 * speech as mixed; speakers resolved to names, roles and kinds; intermediaries ("told the Global Times", "Reuters
 * quoted"); scare quotes, titles and names in quotation marks kept as {@link QuotedTerm}s and never attributed
 * ({@link QuotedTerms}); and the outlets, documents and listed sources the article cites ({@link CitedSource#of}).
 * Wires {@link QuoteFinder}, {@link ReportedSpeechFinder}, {@link QuotationTags} and {@link SpeakerResolver}, the
 * learned {@link ContentEnds}, then a learned filter (a {@link LinearModel} trained on PolNeAR by {@code parallax
 * train attribution}) that keeps the reported speech a reader would mark with the source found. Bad input: an
 * unannotated article gets no attributions; an unclosed quotation is a problem. Stateless and thread-safe.
 */
public final class Attributor {

    /** How many sentences back an untagged quotation may continue a speaker. */
    private static final int CONTINUATION_REACH = 2;
    private static final Set<String> MEDIUM_VERBS = Set.of("write", "report", "publish", "reveal", "quote", "cite");

    /** Where the bundled filter model lives, and how it was made: see docs/attribution.md. */
    public static final String FILTER_MODEL = "attribution-filter.model";

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final ReportedSpeechFinder speechFinder;
    private final SpeakerResolver speakers = new SpeakerResolver();
    private final Optional<ContentEnds> ends;
    private final Optional<LinearModel> filter;

    /**
     * The rules with the bundled cue detector ({@link CueDetector#bundled()}) and content ends ({@link
     * ContentEnds#bundled()}), followed by the bundled filter, as the pipeline runs them. The filter drops the
     * reported speech that PolNeAR's readers would not mark with that source: on held-out texts it raises content +
     * source F1 and leaves content F1 as it was (docs/attribution.md).
     */
    public Attributor() {
        this(Optional.of(CueDetector.bundled()), Optional.of(ContentEnds.bundled()), Optional.of(Bundled.FILTER));
    }

    /** The rules with the bundled cue detector and content ends, without the filter: what the filter learns from. */
    public static Attributor unfiltered() {
        return new Attributor(Optional.of(CueDetector.bundled()), Optional.of(ContentEnds.bundled()), Optional.empty());
    }

    /** The rules with the cue lexicon alone: no learned part. */
    public static Attributor rulesOnly() {
        return new Attributor(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * An attributor whose rules also take the verbs {@code cues} accepts (none when it is empty), and whose
     * attributions pass {@code filter} (the probability that the content is one a reader would mark) when it is
     * present — as {@code parallax train attribution} needs them.
     */
    public Attributor(Optional<CueDetector> cues, Optional<LinearModel> filter) {
        this(cues, Optional.of(ContentEnds.bundled()), filter);
    }

    /**
     * An attributor as {@link #Attributor(Optional, Optional)} whose reported speech ends where {@code ends} puts it
     * (where the rules end it, when it is empty).
     */
    public Attributor(Optional<CueDetector> cues, Optional<ContentEnds> ends, Optional<LinearModel> filter) {
        this.filter = java.util.Objects.requireNonNull(filter, "filter");
        this.ends = java.util.Objects.requireNonNull(ends, "ends");
        this.speechFinder = new ReportedSpeechFinder(cues);
    }

    private static final class Bundled {
        private static final LinearModel FILTER = LinearModel.resource(FILTER_MODEL);
    }

    /** One attribution the rules found, with the features the filter reads of it. */
    public record Candidate(Attribution attribution, List<String> features) {
        public Candidate {
            java.util.Objects.requireNonNull(attribution, "attribution");
            features = List.copyOf(features);
        }
    }

    public AttributedArticle attribute(AnnotatedArticle article) {
        if (article.sentences().isEmpty()) {
            return new AttributedArticle(article, List.of(), List.of(), List.of(), List.of());
        }
        Findings all = find(article);
        List<Attribution> kept = all.attributions();
        if (filter.isPresent()) {
            kept = new ArrayList<>();
            for (Attribution a : all.attributions()) {
                // Quotations are kept without a look (see keeps), so their features are not read.
                if (a.kind() != Attribution.Kind.INDIRECT || keeps(a, filter.get().score(f -> features(all, a, f)))) {
                    kept.add(a);
                }
            }
        }
        return new AttributedArticle(article, kept, all.terms(), CitedSource.of(all.discourse(), kept), all.problems());
    }

    /**
     * Whether {@code filter} keeps a candidate. Quotations (direct and mixed) are always kept: the rules find them
     * with a precision the model does not better, and a quoted statement dropped is a voice lost. So is a named
     * person's speech with a verb of saying, which the model, reading word features, can misjudge for a rare first
     * word (docs/attribution.md).
     */
    public static boolean keeps(LinearModel filter, Candidate c) {
        return keeps(c.attribution(), filter.score(c.features()));
    }

    /** Whether the filter keeps {@code a}, given the score of its features. */
    private static boolean keeps(Attribution a, LinearModel.Score features) {
        return a.kind() != Attribution.Kind.INDIRECT
                || features.has(AttributionFeatures.PERSON_SPEAKER) && features.has(AttributionFeatures.SAYING_CUE)
                || features.accepted();
    }

    /** Every attribution the rules find in {@code article}, before the filter, with the features it reads. */
    public List<Candidate> candidates(AnnotatedArticle article) {
        if (article.sentences().isEmpty()) {
            return List.of();
        }
        Findings all = find(article);
        List<Candidate> out = new ArrayList<>();
        for (Attribution a : all.attributions()) {
            out.add(new Candidate(a, FeatureSink.names(f -> features(all, a, f))));
        }
        return out;
    }

    private static void features(Findings all, Attribution a, FeatureSink f) {
        AttributionFeatures.of(all.discourse(), a, all.attributions(), all.quotations(), f);
    }

    private record Findings(Discourse discourse, List<Attribution> attributions, List<QuotedTerm> terms,
                         List<Quotation> quotations, List<Problem> problems) {
    }

    /** Needs a parsed article (at least one sentence). */
    private Findings find(AnnotatedArticle article) {
        Discourse d = new Discourse(article);
        QuoteFinder.Found found = quoteFinder.find(d.text, d.paragraphs, article.article().origin());
        List<Problem> problems = new ArrayList<>(found.problems());
        List<List<Quotation>> groups = group(found.quotations(), d.text);

        List<Claim> claims = new ArrayList<>();
        for (int s = 0; s < d.trees.size(); s++) {
            claims.addAll(speechFinder.find(d.trees.get(s), s, found.quotations(), d.nameEnds));
        }

        List<QuotedTerm> terms = new ArrayList<>();
        List<List<Quotation>> statements = new ArrayList<>();
        for (List<Quotation> g : groups) {
            Optional<QuotedTerm.Reason> notStatement = g.size() == 1 ? QuotedTerms.reason(d, g.getFirst())
                    : Optional.empty();
            if (notStatement.isPresent()) {
                terms.add(new QuotedTerm(g.getFirst().span(), notStatement.get()));
            } else {
                statements.add(g);
            }
        }

        // Quotations inside a claim's content make it direct or mixed.
        Map<Claim, Attribution.Kind> kinds = new LinkedHashMap<>();
        List<Claim> linked = new ArrayList<>();
        List<List<Quotation>> unlinked = new ArrayList<>();
        for (Claim c : claims) {
            kinds.put(c, Attribution.Kind.INDIRECT);
        }
        for (List<Quotation> g : statements) {
            Claim owner = null;
            for (Claim c : claims) {
                if (overlapsAny(c.parts(), g) && !inside(d.trees.get(c.sentence()).token(c.cue()).span(), g)) {
                    owner = c;
                    break;
                }
            }
            if (owner == null) {
                unlinked.add(g);
                continue;
            }
            Claim c = owner;
            Letters letters = letters(c.parts(), found.quotations(), d.text);
            if (letters.quotedShare() >= 0.8 && letters.unquoted() <= 3 || introducedByColon(d, c, g)) {
                List<Span> parts = new ArrayList<>();
                for (Quotation q : g) {
                    parts.add(q.span());
                }
                Claim direct = c.withParts(mergeParts(parts, c.parts()));
                kinds.remove(c);
                claims.set(claims.indexOf(c), direct);
                kinds.put(direct, Attribution.Kind.DIRECT);
            } else if (kinds.get(c) != Attribution.Kind.DIRECT) {
                // Reported speech that quotes words goes on to the end of the quotation ("argues that “only Ted
                // Cruz can beat Donald Trump. John Kasich can't do it.”").
                Span last = c.parts().getLast();
                int quoteEnd = g.getLast().span().end();
                Claim mixed = c;
                if (quoteEnd > last.end() && last.overlaps(g.getLast().span())) {
                    List<Span> parts = new ArrayList<>(c.parts().subList(0, c.parts().size() - 1));
                    parts.add(new Span(last.start(), quoteEnd));
                    mixed = c.withParts(parts);
                    kinds.remove(c);
                    claims.set(claims.indexOf(c), mixed);
                }
                kinds.put(mixed, Attribution.Kind.MIXED);
            }
        }
        // Quotations with a speech tag in their sentence that the parse did not connect to them.
        List<List<Quotation>> orphans = new ArrayList<>();
        for (List<Quotation> g : unlinked) {
            Optional<Claim> tagged = QuotationTags.find(d, g, found.quotations());
            if (tagged.isPresent() && kinds.keySet().stream().noneMatch(c -> c.sentence() == tagged.get().sentence()
                    && c.cue() == tagged.get().cue() && c.content().overlaps(tagged.get().content()))) {
                claims.add(tagged.get());
                kinds.put(tagged.get(), Attribution.Kind.DIRECT);
            } else if (tagged.isPresent()) {
                Claim existing = kinds.keySet().stream().filter(c -> c.sentence() == tagged.get().sentence()
                        && c.cue() == tagged.get().cue()).findFirst().orElseThrow();
                List<Span> parts = new ArrayList<>(existing.parts());
                g.forEach(q -> parts.add(q.span()));
                Claim merged = existing.withParts(mergeParts(parts, List.of()));
                kinds.put(merged, kinds.remove(existing));
            } else {
                orphans.add(g);
            }
        }

        // The words around a quotation's tag are its circumstances, not a second statement.
        for (Claim c : List.copyOf(kinds.keySet())) {
            if (kinds.get(c) == Attribution.Kind.INDIRECT && QuotationTags.frames(d, c, kinds)) {
                kinds.remove(c);
            }
        }

        // Resolve speakers in text order, so pronouns and continuations see what came before.
        List<Object> items = new ArrayList<>(kinds.keySet());
        items.addAll(orphans);
        items.sort(Comparator.comparingInt(o -> position(d, o)));
        List<Attribution> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Claim c) {
                out.add(attribution(d, c, kinds.get(c), out));
            } else {
                @SuppressWarnings("unchecked")
                List<Quotation> g = (List<Quotation>) item;
                continuation(d, g, out).ifPresentOrElse(out::add, () -> {
                    if (wholeSentences(d, g)) {
                        out.add(unattributed(d, g));
                    } else {
                        terms.add(new QuotedTerm(g.getFirst().span(), QuotedTerm.Reason.SCARE_QUOTE));
                    }
                });
            }
        }
        List<Attribution> merged = withoutEmbedded(d, dedupe(mergeContinuations(d, out)));
        if (ends.isPresent()) {
            merged = new ArrayList<>(ends.get().apply(d, found.quotations(), merged));
        }
        merged.sort(Comparator.comparing(Attribution::content));
        terms.sort(Comparator.comparing(QuotedTerm::span));
        return new Findings(d, merged, terms, found.quotations(), problems);
    }

    /** Convenience: the attributions alone. */
    public List<Attribution> attributions(AnnotatedArticle article) {
        return attribute(article).attributions();
    }

    private Attribution attribution(Discourse d, Claim c, Attribution.Kind kind, List<Attribution> history) {
        Tree tree = d.trees.get(c.sentence());
        Span cue = tree.span(c.cue(), c.cueEnd());
        Optional<Span> source = Optional.empty();
        Speaker speaker = Speaker.UNKNOWN;
        if (c.source() < 0 && kind == Attribution.Kind.DIRECT) {
            c = c.withSource(nameBesideTag(tree, c));
        }
        if (c.source() >= 0) {
            int anchor = Math.min(c.sentence(), d.sentenceAt(c.content().start()));
            SpeakerResolver.Resolved r = speakers.resolve(d, c.sentence(), c.source(), anchor, history);
            source = Optional.of(r.mention());
            speaker = r.speaker();
        }
        Optional<Intermediary> via = Optional.empty();
        if (c.via() >= 0) {
            via = Optional.of(intermediary(d, tree, c.via()));
        } else if (c.source() >= 0 && speaker.kind() == Speaker.Kind.ORGANIZATION
                && (CueFrame.isMedia(tree, c.source()) || MEDIUM_VERBS.contains(tree.lemma(c.cue())))) {
            via = Optional.of(intermediary(d, tree, c.source()));
        }
        return new Attribution(kind, c.content(), c.parts(), cue, source, speaker, via, c.sentence());
    }

    /**
     * For a quotation whose tag verb the parse left without a subject, the name written right beside the tag: after
     * the verb ("“…,” said retired judge Dana Ortiz, asked about …", the name parsed as the participle's subject) or
     * between the quotation and the verb ("“…,” Ortiz, the longtime chair of the board, said …", the quotation parsed
     * as the subject). The last word of that name, or -1.
     */
    private static int nameBesideTag(Tree tree, Claim c) {
        int cue = c.cue();
        if (!CueLexicon.SAYING.contains(tree.lemma(cue))) {
            return -1;
        }
        int quoteEnd = -1;
        for (Span p : c.parts()) {
            if (p.end() <= tree.token(cue).span().start()) {
                quoteEnd = Math.max(quoteEnd, p.end());
            }
        }
        if (quoteEnd < 0) {
            return -1;
        }
        int first = cue;
        while (first > 0 && tree.token(first - 1).span().start() >= quoteEnd) {
            first--;
        }
        while (first < cue && tree.isPunct(first)) {
            first++;
        }
        if (first == cue) {
            // "“…,” said retired judge Dana Ortiz": the name after the verb, up to a comma or the sentence's end.
            int end = CueFrame.nameRun(tree, cue + 1);
            return end > cue && (end + 1 >= tree.size() || tree.isPunct(end + 1)) ? end : -1;
        }
        // "“…,” Ortiz, the longtime chair of the board, said": a name, then its description set off by commas.
        int end = CueFrame.nameRun(tree, first);
        return end >= first && end + 1 < cue && tree.word(end + 1).equals(",") && tree.word(cue - 1).equals(",")
                ? end : -1;
    }

    private static Intermediary intermediary(Discourse d, Tree tree, int head) {
        int[] range = tree.extent(tree.subtree(head, Set.of("punct", "acl", "acl:relcl", "appos", "case")), head);
        Span span = tree.span(range);
        int s = tree.sentence().index();
        Optional<dev.parallax.annotate.EntityMention> name = d.entityAt(s, head);
        if (name.isPresent()) {
            span = span.union(name.get().span());
        }
        return new Intermediary(SpeakerResolver.stripArticle(span.of(d.text)), span);
    }

    /** An untagged quotation right after a quoted speaker, or after "X said:", continues that speaker. */
    private static Optional<Attribution> continuation(Discourse d, List<Quotation> g, List<Attribution> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Span span = new Span(g.getFirst().span().start(), g.getLast().span().end());
        int s = d.sentenceAt(span.start());
        Attribution previous = null;
        for (int k = history.size() - 1; k >= 0; k--) {
            if (history.get(k).content().end() <= span.start()) {
                previous = history.get(k);
                // "“…,” said Peter Morgan, a lawyer who has been challenging the industry …. “…”": reported
                // speech inside the quotation's own tag does not take the turn from the speaker quoted.
                if (previous.kind() == Attribution.Kind.INDIRECT && k > 0
                        && history.get(k - 1).kind() != Attribution.Kind.INDIRECT
                        && history.get(k - 1).sentence() == previous.sentence()
                        && history.get(k - 1).cue().end() <= previous.cue().start()) {
                    previous = history.get(k - 1);
                }
                break;
            }
        }
        if (previous == null || s - lastSentence(d, previous) > CONTINUATION_REACH || previous.source().isEmpty()) {
            return Optional.empty();
        }
        boolean quoted = previous.kind() != Attribution.Kind.INDIRECT;
        boolean colon = d.text.substring(previous.content().end(), span.start()).strip().endsWith(":")
                || previous.cue().end() <= span.start() && d.text.substring(previous.cue().end(), span.start())
                .strip().endsWith(":");
        // "Bolton distanced himself from the movement by saying he would help. “I'm going to support him …”": a
        // quoted sentence of its own right after someone's reported speech in the same paragraph goes on with
        // their words.
        boolean follows = s == lastSentence(d, previous) + 1 && wholeSentences(d, g)
                && d.paragraphOf(span.start()) == d.paragraphOf(previous.content().end());
        if (!quoted && !colon && !follows) {
            return Optional.empty();
        }
        // Anything attributed in between, or a paragraph without quotation marks, ends the speaker's turn.
        int gap = d.paragraphOf(span.start()) - d.paragraphOf(previous.content().end());
        if (gap > 1) {
            return Optional.empty();
        }
        List<Span> parts = new ArrayList<>();
        g.forEach(q -> parts.add(q.span()));
        return Optional.of(new Attribution(Attribution.Kind.DIRECT, span, parts, previous.cue(), previous.source(),
                previous.speaker(), previous.via(), previous.sentence()));
    }

    /**
     * A continuation in the same paragraph right after its speaker's tagged quotation is one attribution with two
     * parts (“A,” he said. “B.”); in a new paragraph it stays its own.
     */
    private static List<Attribution> mergeContinuations(Discourse d, List<Attribution> in) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : in) {
            // The turn it continues: the last attribution, or one before it whose tag holds those after it
            // ("“A,” said X, who has been challenging …. “B.”").
            int j = out.size() - 1;
            while (j > 0 && out.get(j).sentence() == out.get(j - 1).sentence()
                    && out.get(j).kind() == Attribution.Kind.INDIRECT) {
                j--;
            }
            if (j >= 0) {
                Attribution p = out.get(j);
                boolean sameTurn = a.cue().equals(p.cue()) && a.source().equals(p.source())
                        && a.kind() == Attribution.Kind.DIRECT && p.kind() == Attribution.Kind.DIRECT
                        && a.content().start() >= p.content().end()
                        && d.paragraphOf(a.content().start()) == d.paragraphOf(p.content().end());
                if (sameTurn) {
                    List<Span> parts = new ArrayList<>(p.parts());
                    parts.addAll(a.parts());
                    out.set(j, new Attribution(p.kind(), p.content().union(a.content()), parts, p.cue(),
                            p.source(), p.speaker(), p.via(), p.sentence()));
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** How a statement hangs beside another rather than inside it: "…, adding that …", "…, and Democrats accused …". */
    private static final Set<String> BESIDE = Set.of("conj", "parataxis", "advcl", "root", "list");

    /**
     * Reported speech inside the reported content of another attribution ("Lü said China will urge the US to …",
     * "he says he plans to …") is part of what that source said, not a statement the article attributes: it is left
     * out. A cue that stands beside the other statement ("…, adding that …") and any quotation's own words stay.
     */
    private static List<Attribution> withoutEmbedded(Discourse d, List<Attribution> in) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : in) {
            boolean embedded = a.kind() == Attribution.Kind.INDIRECT && in.stream().anyMatch(o -> o != a
                    && o.kind() != Attribution.Kind.DIRECT && o.content().contains(a.cue())
                    && a.source().map(o.content()::contains).orElse(true));
            if (embedded) {
                Tree tree = d.trees.get(a.sentence());
                int cue = tree.tokenAt(a.cue().start());
                embedded = cue < 0 || !BESIDE.contains(tree.baseRelation(cue));
            }
            if (!embedded) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * One attribution per statement and source: "The Washington Post cited scholars stating that …" yields the
     * same content from "cited" and "stating"; the one that names the intermediary stays.
     */
    private static List<Attribution> dedupe(List<Attribution> in) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : in) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                if (out.get(k).parts().equals(a.parts()) && out.get(k).source().equals(a.source())) {
                    same = k;
                }
            }
            if (same < 0) {
                out.add(a);
            } else if (out.get(same).via().isEmpty() && a.via().isPresent()) {
                out.set(same, a);
            }
        }
        // The same words given once with a source and once without ("… are expected to …, Wang noted"): the
        // source-less reading adds nothing.
        out.removeIf(a -> a.source().isEmpty() && out.stream().anyMatch(o -> o != a && o.source().isPresent()
                && o.content().contains(a.content()) && a.content().length() >= 0.8 * o.content().length()));
        return out;
    }

    private static Attribution unattributed(Discourse d, List<Quotation> g) {
        Span span = new Span(g.getFirst().span().start(), g.getLast().span().end());
        List<Span> parts = new ArrayList<>();
        g.forEach(q -> parts.add(q.span()));
        Span cue = new Span(g.getFirst().span().start(), g.getFirst().span().start() + 1);
        return new Attribution(Attribution.Kind.DIRECT, span, parts, cue, Optional.empty(), Speaker.UNKNOWN,
                Optional.empty(), Math.max(0, d.sentenceAt(span.start())));
    }

    private static boolean wholeSentences(Discourse d, List<Quotation> g) {
        Span span = new Span(g.getFirst().span().start(), g.getLast().span().end());
        int s = d.sentenceAt(span.start());
        if (s < 0) {
            return false;
        }
        Span sentence = d.trees.get(s).sentence().span();
        return span.length() >= 0.6 * Math.min(sentence.length(), span.union(sentence).length());
    }

    /**
     * Quotation pieces that make one statement, as one group each: pieces linked across paragraphs, and the two
     * halves of a quotation interrupted by its tag ("“My hope,” he said, “is that …”").
     */
    private static List<List<Quotation>> group(List<Quotation> quotations, String text) {
        List<List<Quotation>> out = new ArrayList<>();
        for (Quotation q : quotations) {
            if (!out.isEmpty() && (q.continues() || interrupted(out.getLast().getLast(), q, text))) {
                out.getLast().add(q);
            } else {
                out.add(new ArrayList<>(List.of(q)));
            }
        }
        return out;
    }

    /** The first piece ends with a comma inside its marks, and only a short tag ending in a comma comes between. */
    private static boolean interrupted(Quotation first, Quotation next, String text) {
        Span a = first.span();
        Span b = next.span();
        if (b.start() - a.end() > 80 || a.length() < 3 || b.length() < 3) {
            return false;
        }
        String gap = text.substring(a.end(), b.start());
        String inner = text.substring(a.start(), a.end() - 1).stripTrailing();
        if (!Character.isLowerCase(text.charAt(b.start() + 1))) {
            return false;
        }
        return gap.indexOf('\n') < 0 && inner.endsWith(",") && gap.strip().endsWith(",")
                && gap.strip().length() > 1 && gap.chars().noneMatch(ch -> ch == '.' || ch == '?' || ch == '!');
    }

    private static boolean overlapsAny(List<Span> parts, List<Quotation> g) {
        for (Span p : parts) {
            for (Quotation q : g) {
                if (p.overlaps(q.span())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(Span token, List<Quotation> g) {
        return g.stream().anyMatch(q -> q.span().contains(token));
    }

    /** "Chinese voices are most concerned about talent: “…,” said X": the words before the colon are the writer's. */
    private static boolean introducedByColon(Discourse d, Claim c, List<Quotation> g) {
        int start = c.content().start();
        int quote = g.getFirst().span().start();
        return quote > start && d.text.substring(start, quote).strip().endsWith(":")
                && g.getLast().span().end() >= c.content().end() - 1;
    }

    /**
     * The letters and digits of a claim's parts, and how many of them lie inside quotation marks, counted in one
     * pass: the share quoted, and the letters left outside ("that there is" before a quoted phrase makes it mixed).
     */
    private record Letters(int all, int quoted) {
        double quotedShare() {
            return all == 0 ? 0 : (double) quoted / all;
        }

        int unquoted() {
            return all - quoted;
        }
    }

    private static Letters letters(List<Span> parts, List<Quotation> quotations, String text) {
        int letters = 0;
        int quoted = 0;
        for (Span p : parts) {
            for (int i = p.start(); i < p.end(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    letters++;
                    for (Quotation q : quotations) {
                        if (q.span().start() <= i && i < q.span().end()) {
                            quoted++;
                            break;
                        }
                    }
                }
            }
        }
        return new Letters(letters, quoted);
    }

    /** Quotation spans, extended by claim parts that reach past them, in order and without overlaps. */
    private static List<Span> mergeParts(List<Span> quotes, List<Span> claimParts) {
        List<Span> all = new ArrayList<>(quotes);
        all.sort(Comparator.naturalOrder());
        List<Span> out = new ArrayList<>();
        for (Span s : all) {
            if (!out.isEmpty() && out.getLast().end() >= s.start()) {
                out.set(out.size() - 1, out.getLast().union(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static int position(Discourse d, Object item) {
        if (item instanceof Claim c) {
            return d.trees.get(c.sentence()).token(c.cue()).span().start();
        }
        @SuppressWarnings("unchecked")
        List<Quotation> g = (List<Quotation>) item;
        return g.getFirst().span().start();
    }

    private static int lastSentence(Discourse d, Attribution a) {
        int s = d.sentenceAt(Math.max(a.content().end() - 1, a.content().start()));
        return Math.max(s, a.sentence());
    }
}
