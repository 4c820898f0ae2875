package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads: one parsed sentence and the quotations in the article. Adds: the {@link Claim}s its dependency parse shows
 * — a speech, belief or intention verb with its subject and its clausal content ("X said (that) …", "…, X noted",
 * "X told the Global Times …", "X believes …", "X urged Y to …"), "according to X, …", and citing verbs whose
 * subject is the medium and object the speaker ("Reuters quoted one US official", "The Washington Post cited
 * scholars stating that …"). Cue words inside quotations are the quoted person's own words and are skipped.
 * Bad input: an unparsed sentence yields no claims.
 */
final class ReportedSpeechFinder {

    private final java.util.Optional<CueDetector> cues;

    /** The lexicon's cues, and the verbs outside it that {@code cues} accepts (none when it is empty). */
    ReportedSpeechFinder(java.util.Optional<CueDetector> cues) {
        this.cues = java.util.Objects.requireNonNull(cues, "cues");
    }

    /** Whether the rules read a verb of this lemma by its frames (a lexicon verb other than appearances and citing). */
    static boolean framedVerb(String lemma) {
        return !lemma.equals("seem") && !lemma.equals("appear") && !CueLexicon.CITING.contains(lemma)
                && CueLexicon.isCueVerb(lemma);
    }

    /**
     * Whether the rules read token {@code i}, a verb the lexicon holds, as a cue in one of their frames; one they do
     * not is left to the {@link CueDetector}.
     */
    boolean framed(Tree tree, int i) {
        return verb(tree, 0, i, tree.lemma(i), false).isPresent();
    }

    /** Whether the rules read a verb of this lemma as a cue (the lexicon's, appearances and citing). */
    static boolean rulesCue(String lemma) {
        return lemma.equals("seem") || lemma.equals("appear") || CueLexicon.CITING.contains(lemma)
                || CueLexicon.isCueVerb(lemma);
    }

    List<Claim> find(Tree tree, int sentence, List<Quotation> quotations) {
        return claims(tree, sentence, quotations).stream()
                .map(c -> ContentBreaks.cut(tree, c, quotations)).toList();
    }

    private List<Claim> claims(Tree tree, int sentence, List<Quotation> quotations) {
        List<Claim> out = new ArrayList<>();
        if (!tree.parsed()) {
            return out;
        }
        SpeakerLine.claim(tree, sentence).ifPresent(out::add);
        for (int i = 0; i < tree.size(); i++) {
            if (CueFrame.insideQuotation(tree.token(i).span(), quotations)) {
                continue;
            }
            if (tree.lower(i).equals("according") && i + 1 < tree.size() && tree.lower(i + 1).equals("to")) {
                AccordingCue.claim(tree, sentence, i).ifPresent(out::add);
                continue;
            }
            if (!tree.pos(i).startsWith("VB")) {
                continue;
            }
            String lemma = tree.lemma(i);
            if (lemma.equals("seem") || lemma.equals("appear")) {
                AppearanceCue.claim(tree, sentence, i).ifPresent(out::add);
            } else if (CueLexicon.CITING.contains(lemma)) {
                CitingCue.claim(tree, sentence, i, quotations).ifPresent(out::add);
            } else if (CueLexicon.isCueVerb(lemma)) {
                java.util.Optional<Claim> framed = verb(tree, sentence, i, lemma, false);
                if (framed.isEmpty() && cues.isPresent() && cues.get().accepts(tree, i)) {
                    // A lexicon verb outside the frames the rules read ("want East Jerusalem", "who see the
                    // campaign as unfair"): the detector decides, as for a verb the lexicon lacks.
                    framed = verb(tree, sentence, i, lemma, true);
                }
                framed.ifPresent(out::add);
            } else if (cues.isPresent() && cues.get().isCue(tree, i)) {
                verb(tree, sentence, i, lemma, true).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The claim of a cue verb. A {@code learned} cue (one the lexicon lacks, accepted by the {@link CueDetector})
     * takes whichever content its parse offers, as a verb of saying, of intention or of stance would.
     */
    private java.util.Optional<Claim> verb(Tree tree, int sentence, int cue, String lemma, boolean learned) {
        if (tree.child(cue, "aux:pass") >= 0 && !tree.relation(cue).startsWith("amod")) {
            return PassiveCue.claim(tree, sentence, cue);
        }
        if (tree.relation(cue).startsWith("amod")
                || tree.relation(cue).startsWith("acl:relcl") && !CueLexicon.SPEECH.contains(lemma)
                && RelativeCue.pronoun(tree, cue) < 0) {
            return java.util.Optional.empty();
        }
        boolean speech = learned || CueLexicon.SPEECH.contains(lemma) || CueLexicon.COGNITION.contains(lemma);
        int subjectHead = tree.child(cue, CueFrame.SUBJECT);
        boolean documentSpeaks = subjectHead >= 0
                && CueLexicon.DOCUMENTS.contains(tree.lemma(subjectHead).toLowerCase(java.util.Locale.ROOT));
        boolean strong = speech && (!CueLexicon.WEAK.contains(lemma) || documentSpeaks);
        int cueEnd = CueFrame.particleEnd(tree, cue);
        if (lemma.equals("point") && cueEnd == cue) {
            return java.util.Optional.empty();
        }
        if (speech && !Set.of("see", "know", "consider", "view", "regard", "remember", "forget", "hear",
                "understand").contains(lemma)) {
            java.util.Optional<Claim> closing = surfaceTag(tree, sentence, cue);
            if (closing.isPresent()) {
                return closing;
            }
        }
        List<Span> parts = new ArrayList<>();
        int ccomp = complement(tree, cue);
        int parataxis = tree.child(cue, "parataxis");
        boolean parenthetical = tree.relation(cue).equals("parataxis") && tree.parent(cue) >= 0
                && tree.parent(cue) < cue;
        if (ccomp > cue && speech) {
            int[] range = CueFrame.clause(tree, ccomp);
            for (int c : tree.children(cue)) {
                if (c > range[1] && tree.baseRelation(c).equals("conj") && tree.child(c, CueFrame.SUBJECT) >= 0
                        && !CueLexicon.isCueVerb(tree.lemma(c))) {
                    // "Trump says X, and “we're going to …”" parsed as a second verb of the tag: still what he says.
                    range = new int[] {range[0], tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[1]};
                }
            }
            parts.add(tree.span(range));
        } else if (strong && (parenthetical || ccomp >= 0 && ccomp < cue || parataxis >= 0 && parataxis < cue)) {
            // "…, X said." and "…, X said, …": the sentence around the tag is the content.
            parts.addAll(CueFrame.framing(tree, withOwnClauses(tree, cue, CueFrame.tag(tree, cue))));
        } else if (strong && parataxis > cue) {
            parts.add(tree.span(tree.extent(tree.subtree(parataxis, CueFrame.NOT_CONTENT), parataxis)));
        } else if ((learned || CueLexicon.INTENTION.contains(lemma)) && tree.child(cue, "xcomp") > cue
                && !CueLexicon.AGREEMENT.contains(lemma)) {
            int x = tree.child(cue, "xcomp");
            int obj = tree.child(cue, Set.of("obj", "iobj"));
            int[] range = CueFrame.clause(tree, x);
            if (obj > cue && obj < x && !lemma.equals("tell")) {
                range = tree.trim(tree.extent(tree.subtree(obj, CueFrame.NOT_CONTENT), obj)[0], range[1]);
            }
            parts.add(tree.span(range));
        } else if (documentSpeaks && tree.child(cue, Set.of("obj")) > cue) {
            // "A Reuters poll shows Trump at the top with 36 percent …": all the verb's words after it.
            int last = -1;
            for (int c : tree.children(cue)) {
                if (c > cue && !tree.isPunct(c)) {
                    last = Math.max(last, tree.extent(tree.subtree(c, CueFrame.NOT_CONTENT), c)[1]);
                }
            }
            parts.add(tree.span(tree.trim(cueEnd + 1, last)));
        } else if (learned || CueLexicon.OBJECT_CONTENT.contains(lemma) || lemma.equals("point")
                || CueLexicon.STANCE.contains(lemma)) {
            ObjectCue.content(tree, cue, lemma).ifPresent(parts::add);
        }
        if (strong && !lemma.equals("tell") && !lemma.equals("ask")) {
            int subject = tree.child(cue, CueFrame.SUBJECT);
            int cueStart = tree.token(cue).span().start();
            boolean participle = tree.pos(cue).equals("VBG") && cue > 0 && tree.word(cue - 1).equals(",");
            if ((subject >= 0 && subject < cue || participle) && parts.stream().noneMatch(p -> p.start() > cueStart)) {
                // "Trump said praise from Putin would not affect …" when the parse did not make the clause the
                // verb's complement: a finite clause right after the verb is what was said.
                rightClause(tree, cueEnd).ifPresent(r -> {
                    parts.clear();
                    parts.add(tree.span(r));
                });
            }
        }
        // "The two sides agreed on which data can be used …": a deal reached, not a view stated.
        boolean deal = CueLexicon.AGREEMENT.contains(lemma) && cueEnd + 1 < tree.size()
                && Set.of("on", "upon", "to").contains(tree.lower(cueEnd + 1));
        if (parts.isEmpty() && !deal && (learned || CueLexicon.TOPIC.contains(lemma))
                && tree.child(cue, CueFrame.SUBJECT) >= 0) {
            int topic = tree.child(cue, CueLexicon.TOPIC_RELATIONS);
            if (topic > cue) {
                parts.add(tree.span(tree.extent(tree.subtree(topic, Set.of("punct", "case")), topic)));
            } else {
                prepositionalObject(tree, cueEnd).ifPresent(r -> parts.add(tree.span(r)));
            }
        }
        if (parts.isEmpty() || tree.relation(cue).startsWith("acl:relcl") && !(ccomp > cue)
                && RelativeCue.pronoun(tree, cue) < 0) {
            return java.util.Optional.empty();
        }
        int relative = RelativeCue.pronoun(tree, cue);
        int source = relative >= 0 ? relative : CueFrame.subjectOf(tree, cue);
        if (source < 0 && tree.pos(cue).equals("VBG") && cue > 0 && tree.word(cue - 1).equals(",")) {
            // "Clinton mocked the complaint, saying …" parsed without the link: the main clause's subject speaks.
            int root = tree.root();
            if (root >= 0 && root < cue) {
                source = CueFrame.nearestSubject(tree, root);
            }
        }
        if (source >= 0 && (tree.lower(source).equals("it") && CueLexicon.COGNITION.contains(lemma) || tree.lower(source).equals("there"))) {
            source = -1;
        }
        if (source < 0 && CueLexicon.SPEECH.contains(lemma) && !lemma.equals("tell")
                && parts.getLast().end() <= tree.token(cue).span().start()) {
            source = CueFrame.inverted(tree, cue);
        }
        if (source < 0 && tree.hasChild(cue, "mark", "to")) {
            // "It is important to note that …": the author's own voice, no attribution.
            return java.util.Optional.empty();
        }
        if (source >= 0 && CueLexicon.SHOWING.contains(lemma) && !CueFrame.agent(tree, source)) {
            // "The convening of this summit highlights …": an event shows, nobody says.
            return java.util.Optional.empty();
        }
        if (source >= 0 && !CueLexicon.SPEECH.contains(lemma) && !CueFrame.agent(tree, source)) {
            // "the daunting prospect of defending 24 seats", "the Fed's policies called for …": a stance needs
            // someone to take it.
            return java.util.Optional.empty();
        }
        int via = viaOf(tree, cue, lemma);
        return java.util.Optional.of(new Claim(sentence, cue, cueEnd, parts, source, via, false));
    }

    /**
     * The clausal complement of a cue: the one after it when the parse gives two ("Archer, wearing a shirt covered
     * in buttons, said he is proud …" with "covered" misparsed as a clause before the verb), else the only one.
     */
    private static int complement(Tree tree, int cue) {
        int first = -1;
        for (int c : tree.children(cue)) {
            if (tree.relation(c).equals("ccomp")) {
                if (c > cue) {
                    return c;
                }
                if (first < 0) {
                    first = c;
                }
            }
        }
        return first;
    }

    /**
     * The tag plus the cue's own further clauses and modifiers after it ("…, noting that …", "…, said O'Neill, on
     * his first day"), which are not the framed content.
     */
    private static boolean[] withOwnClauses(Tree tree, int cue, boolean[] tag) {
        boolean[] out = tag.clone();
        for (int c : tree.children(cue)) {
            String r = tree.baseRelation(c);
            if ((r.equals("advcl") || r.equals("conj") || r.equals("xcomp") || r.equals("obl") || r.equals("advmod")
                    || r.equals("nmod")) && c > cue) {
                boolean[] sub = tree.subtree(c, Set.of());
                for (int i = 0; i < out.length; i++) {
                    out[i] |= sub[i];
                }
            }
        }
        return out;
    }

    private static final Set<String> NAME_LINKS = Set.of("of", "at", "for", "from", "in", "with", "'s", "’s", "-",
            "and");

    /**
     * A closing tag read from the words, whatever the parse made of it: "…, sources said.", "…, the source
     * added.", "…,” the vice chairman of the Joint Chiefs of Staff said.", "…, Breaking Defense wrote, …" — a comma,
     * a short noun phrase, the speech verb, then the end of the sentence (or a comma). The words before the comma
     * are the content, the phrase the source.
     */
    private static java.util.Optional<Claim> surfaceTag(Tree tree, int sentence, int cue) {
        int after = cue + 1;
        // "…, top black lawmakers said Friday afternoon, as …": adverbs and the time of saying belong to the tag.
        while (after < tree.size() && (tree.pos(after).equals("RB") || tree.pos(after).equals("RP")
                || Set.of("DATE", "TIME").contains(tree.ner(after)) || tree.lower(after).equals("on")
                && after + 1 < tree.size() && tree.ner(after + 1).equals("DATE"))) {
            after++;
        }
        boolean closes = after >= tree.size() || tree.word(after).equals(",") || tree.isPunct(after)
                && !Quotes.isMark(tree.word(after));
        if (!closes) {
            return java.util.Optional.empty();
        }
        int comma = -1;
        for (int i = cue - 1; i >= Math.max(0, cue - 10); i--) {
            String w = tree.word(i);
            if (w.equals(",") || Quotes.isMark(w) && i > 0 && tree.word(i - 1).equals(",")) {
                comma = w.equals(",") ? i : i - 1;
                break;
            }
            String pos = tree.pos(i);
            boolean nominal = pos.startsWith("NN") || pos.equals("DT") || pos.equals("JJ") || pos.equals("PRP")
                    || pos.equals("POS") || pos.equals("CD") || pos.equals("PRP$") || pos.equals("RB") && i == cue - 1
                    || pos.equals("MD") && i == cue - 1 || pos.startsWith("VB") && i == cue - 1
                    && Set.of("has", "have", "had").contains(tree.lower(i))
                    || !tree.ner(i).equals("O") || NAME_LINKS.contains(tree.lower(i));
            if (!nominal) {
                return java.util.Optional.empty();
            }
        }
        if (comma < 2 || comma >= cue - 1) {
            return java.util.Optional.empty();
        }
        int head = -1;
        for (int i = comma + 1; i < cue; i++) {
            int p = tree.parent(i);
            boolean outside = p < comma + 1 || p >= cue;
            if (outside && (tree.pos(i).startsWith("NN") || tree.pos(i).equals("PRP"))) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            for (int i = cue - 1; i > comma; i--) {
                if (tree.pos(i).startsWith("NN") || tree.pos(i).equals("PRP")) {
                    head = i;
                    break;
                }
            }
        }
        if (head < 0) {
            return java.util.Optional.empty();
        }
        int[] content = tree.trim(0, comma - 1);
        List<Span> parts = new ArrayList<>(List.of(tree.span(content)));
        boolean continues = after + 1 < tree.size() && tree.word(after).equals(",");
        boolean clauseAfter = continues && tree.child(cue, Set.of("ccomp", "parataxis")) > after;
        if (modifiesCue(tree, comma, cue) && !clauseAfter) {
            // "In one tweet Friday, Trump wrote, …": the words before the tag say where or when, not what.
            parts.clear();
        } else if (continues && (oneClause(tree, comma, after) || clauseAfter
                || Quotes.isMark(tree.word(comma + 1)) && Quotes.isMark(tree.word(after + 1)))) {
            // "The museum, Mr. Obama said, would make visitors face …": the tag interrupts one clause.
            int[] rest = tree.trim(after + 1, tree.size() - 1);
            if (rest[0] <= rest[1] && !(rest[0] == rest[1] && tree.isPunct(rest[0]))) {
                parts.add(tree.span(rest));
            }
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Claim(sentence, cue, cue, parts, head, -1, false));
    }

    /** Whether the words before a tag are a phrase without a verb that the parse hangs on the tag's own verb. */
    private static boolean modifiesCue(Tree tree, int comma, int cue) {
        boolean attached = false;
        for (int i = 0; i < comma; i++) {
            String pos = tree.pos(i);
            if (pos.startsWith("VB") || pos.equals("MD")) {
                return false;
            }
            int p = tree.parent(i);
            if (p >= comma) {
                if (p != cue || tree.relation(i).startsWith("nsubj")) {
                    return false;
                }
                attached = true;
            }
        }
        return attached;
    }

    /**
     * Whether the words before a mid-sentence tag and the words after it are one clause: some word before the tag
     * depends on a word after it ("Climate change, he said, is …", "If this fails, he argues, there are …").
     */
    private static boolean oneClause(Tree tree, int comma, int after) {
        for (int i = 0; i < comma; i++) {
            int p = tree.parent(i);
            if (p > after) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("for", "on", "upon", "about", "of", "against",
            "over");

    /**
     * "called for female contestants to wear …" when the parse hung the preposition elsewhere: the words after the
     * preposition that follows the verb, to the end of the verb's dependent that holds them.
     */
    private static java.util.Optional<int[]> prepositionalObject(Tree tree, int cueEnd) {
        int prep = cueEnd + 1;
        if (prep + 1 >= tree.size() || !tree.pos(prep).equals("IN")
                || !TOPIC_PREPOSITIONS.contains(tree.lower(prep))) {
            return java.util.Optional.empty();
        }
        int first = prep + 1;
        int holder = first;
        for (int steps = 0; holder >= 0 && tree.parent(holder) > cueEnd && steps < tree.size(); steps++) {
            holder = tree.parent(holder);
        }
        if (holder < 0 || tree.parent(holder) < 0 || holder <= cueEnd) {
            return java.util.Optional.empty();
        }
        int[] range = tree.extent(tree.subtree(holder, Set.of("punct")), holder);
        int[] out = tree.trim(first, range[1]);
        return out[0] <= out[1] ? java.util.Optional.of(out) : java.util.Optional.empty();
    }

    private static final Set<String> NOT_CLAUSE_START = Set.of("IN", "TO", "CC", "VBG", "VBN", ",", ".", ":",
            "-LRB-", "-RRB-", "``", "''", "WRB", "WP", "WDT");

    /**
     * A finite clause read from the words right after a verb of saying: an optional "that", then within fifteen
     * words and before any comma or colon a finite verb; the clause runs to the end of the sentence.
     */
    private static java.util.Optional<int[]> rightClause(Tree tree, int cueEnd) {
        int start = cueEnd + 1;
        if (start < tree.size() && tree.lower(start).equals("that")) {
            start++;
        }
        if (start >= tree.size() || NOT_CLAUSE_START.contains(tree.pos(start)) || Quotes.isMark(tree.word(start))) {
            return java.util.Optional.empty();
        }
        for (int j = start + 1; j < tree.size() && j <= start + 15; j++) {
            String pos = tree.pos(j);
            String w = tree.word(j);
            if (w.equals(",") || w.equals(":") || w.equals(";") || Quotes.isMark(w)) {
                return java.util.Optional.empty();
            }
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                int[] r = tree.trim(start, tree.size() - 1);
                return r[0] <= r[1] ? java.util.Optional.of(r) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** The outlet a verb's statement was given to: "told the Global Times", "said in an interview with CNN". */
    private static int viaOf(Tree tree, int cue, String lemma) {
        for (int c : tree.children(cue)) {
            String r = tree.relation(c);
            boolean recipient = lemma.equals("tell") && (r.equals("obj") || r.equals("iobj"));
            if (recipient || r.startsWith("obl")) {
                int m = CueFrame.mediaHead(tree, c);
                if (m >= 0) {
                    return m;
                }
            }
        }
        return -1;
    }
}
