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

    /** Children that are not part of a speaker's mention. */
    private static final Set<String> NOT_CONTENT = Set.of("punct");
    private static final Set<String> SUBJECT = Set.of("nsubj");
    private static final Set<String> TAG_CUT = Set.of("ccomp", "parataxis", "advcl", "xcomp", "conj", "dep",
            "punct", "csubj", "cc", "mark", "list");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    private static final Set<String> INHERITS_SUBJECT = Set.of("advcl", "xcomp", "conj", "dep");

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
                .map(c -> withoutAside(tree, withinBreaks(tree, c, quotations), quotations)).toList();
    }

    /** The first and last token of a claim's last part, or null when its ends fall between tokens. */
    private static int[] lastPart(Tree tree, Claim c) {
        Span last = c.parts().getLast();
        int first = tree.tokenAt(last.start());
        int end = tree.tokenAt(last.end() - 1);
        return first < 0 || end < 0 ? null : new int[] {first, end};
    }

    /**
     * The claim's last part cut at the first semicolon outside quotation marks, and without an aside between two
     * dashes ("the government—by which I mean the administration—had lost"): beyond a semicolon the writer goes on.
     */
    private static Claim withinBreaks(Tree tree, Claim c, List<Quotation> quotations) {
        int[] range = lastPart(tree, c);
        if (range == null) {
            return c;
        }
        int first = range[0];
        int end = range[1];
        List<Integer> breaks = new ArrayList<>();
        for (int k = first + 1; k < end; k++) {
            String w = tree.word(k);
            boolean dash = w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-") && tree.pos(k).equals(":");
            if ((w.equals(";") || dash) && !insideQuotation(tree.token(k).span(), quotations)) {
                breaks.add(k);
                if (w.equals(";")) {
                    break;
                }
            }
        }
        if (breaks.isEmpty()) {
            return c;
        }
        int b = breaks.getFirst();
        boolean paired = breaks.size() >= 2 && !tree.word(b).equals(";") && !tree.word(breaks.get(1)).equals(";");
        if (!paired && !tree.word(b).equals(";")) {
            // A single dash often goes on with the same statement ("… ceremony — but ditched her escort").
            return c;
        }
        int[] head = tree.trim(first, b - 1);
        if (head[0] > head[1] || head[1] - head[0] < 1) {
            return c;
        }
        int[] tail = paired ? tree.trim(breaks.get(1) + 1, end) : new int[] {1, 0};
        return tail[0] <= tail[1] ? withLastPart(tree, c, head, tail) : withLastPart(tree, c, head);
    }

    /** The claim with its last part replaced by the given token ranges. */
    private static Claim withLastPart(Tree tree, Claim c, int[]... ranges) {
        List<Span> parts = new ArrayList<>(c.parts().subList(0, c.parts().size() - 1));
        for (int[] r : ranges) {
            parts.add(tree.span(r));
        }
        return c.withParts(parts);
    }

    private static final Set<String> ASIDES = Set.of("acl:relcl", "appos");

    /**
     * The claim without a closing aside that the writer adds about the last thing named ("…, a former governor who
     * can raise the cash", "…, which makes him an outlier"): a relative clause or apposition set off by a comma and
     * running to the end of the content. Quoted words are never cut.
     */
    private static Claim withoutAside(Tree tree, Claim c, List<Quotation> quotations) {
        int[] range = lastPart(tree, c);
        if (range == null) {
            return c;
        }
        int first = range[0];
        int lastWord = range[1];
        while (lastWord > first && tree.isPunct(lastWord)) {
            lastWord--;
        }
        for (int k = first + 2; k <= lastWord; k++) {
            if (!tree.word(k - 1).equals(",")) {
                continue;
            }
            int[] kept = tree.trim(first, k - 2);
            boolean enough = kept[0] <= kept[1] && kept[1] - kept[0] >= 2;
            if (enough && nextStatement(tree, c, k, quotations)) {
                return withLastPart(tree, c, kept);
            }
            if (closingAside(tree, k, lastWord, quotations)) {
                return enough ? withLastPart(tree, c, kept) : c;
            }
        }
        return c;
    }

    /** "…, adding that …", "…, saying …" on the tag's verb: the speaker's next statement, attributed on its own. */
    private static boolean nextStatement(Tree tree, Claim c, int k, List<Quotation> quotations) {
        return tree.pos(k).equals("VBG") && CueLexicon.SPEECH.contains(tree.lemma(k)) && tree.parent(k) == c.cue()
                && !insideQuotation(tree.token(k).span(), quotations);
    }

    /** How a participle clause after a comma hangs on the sentence: "…, focusing on people under 30". */
    private static final Set<String> PARTICIPLE_ASIDES = Set.of("advcl", "acl", "xcomp", "dep");

    /**
     * A relative clause, apposition, noun phrase or participle clause ("…, contradicting the police's earlier
     * claim") starting at {@code k} that runs to the content's last word.
     */
    private static boolean closingAside(Tree tree, int k, int lastWord, List<Quotation> quotations) {
        int parent = tree.parent(k);
        boolean nounAside = tree.pos(k).equals("DT") && parent >= 0
                && Set.of("appos", "dep", "obl:npmod", "nmod:npmod").contains(tree.relation(parent));
        boolean participle = tree.pos(k).equals("VBG") && PARTICIPLE_ASIDES.contains(tree.baseRelation(k));
        // "…, which makes him an outlier" however the parse attached the clause.
        boolean relative = tree.lower(k).equals("which") && tree.pos(k).startsWith("W") && parent > k;
        if (!nounAside && !participle && !relative && !ASIDES.contains(tree.relation(k))
                && !(parent >= 0 && ASIDES.contains(tree.relation(parent)))) {
            return false;
        }
        int node = ASIDES.contains(tree.relation(k)) || participle ? k : parent;
        int[] aside = tree.extent(tree.subtree(node, Set.of()), node);
        return aside[0] >= k && aside[1] >= lastWord && !insideQuotation(tree.span(new int[] {k, lastWord}), quotations);
    }

    private List<Claim> claims(Tree tree, int sentence, List<Quotation> quotations) {
        List<Claim> out = new ArrayList<>();
        if (!tree.parsed()) {
            return out;
        }
        speakerLine(tree, sentence).ifPresent(out::add);
        for (int i = 0; i < tree.size(); i++) {
            if (insideQuotation(tree.token(i).span(), quotations)) {
                continue;
            }
            if (tree.lower(i).equals("according") && i + 1 < tree.size() && tree.lower(i + 1).equals("to")) {
                according(tree, sentence, i).ifPresent(out::add);
                continue;
            }
            if (!tree.pos(i).startsWith("VB")) {
                continue;
            }
            String lemma = tree.lemma(i);
            if (lemma.equals("seem") || lemma.equals("appear")) {
                appearance(tree, sentence, i).ifPresent(out::add);
            } else if (CueLexicon.CITING.contains(lemma)) {
                citing(tree, sentence, i, quotations).ifPresent(out::add);
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
            return passive(tree, sentence, cue);
        }
        if (tree.relation(cue).startsWith("amod")
                || tree.relation(cue).startsWith("acl:relcl") && !CueLexicon.SPEECH.contains(lemma)
                && RelativeCue.pronoun(tree, cue) < 0) {
            return java.util.Optional.empty();
        }
        boolean speech = learned || CueLexicon.SPEECH.contains(lemma) || CueLexicon.COGNITION.contains(lemma);
        int subjectHead = tree.child(cue, SUBJECT);
        boolean documentSpeaks = subjectHead >= 0
                && CueLexicon.DOCUMENTS.contains(tree.lemma(subjectHead).toLowerCase(java.util.Locale.ROOT));
        boolean strong = speech && (!CueLexicon.WEAK.contains(lemma) || documentSpeaks);
        int cueEnd = particleEnd(tree, cue);
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
            int[] range = clause(tree, ccomp);
            for (int c : tree.children(cue)) {
                if (c > range[1] && tree.baseRelation(c).equals("conj") && tree.child(c, SUBJECT) >= 0
                        && !CueLexicon.isCueVerb(tree.lemma(c))) {
                    // "Trump says X, and “we're going to …”" parsed as a second verb of the tag: still what he says.
                    range = new int[] {range[0], tree.extent(tree.subtree(c, NOT_CONTENT), c)[1]};
                }
            }
            parts.add(tree.span(range));
        } else if (strong && (parenthetical || ccomp >= 0 && ccomp < cue || parataxis >= 0 && parataxis < cue)) {
            // "…, X said." and "…, X said, …": the sentence around the tag is the content.
            parts.addAll(framing(tree, withOwnClauses(tree, cue, tag(tree, cue))));
        } else if (strong && parataxis > cue) {
            parts.add(tree.span(tree.extent(tree.subtree(parataxis, NOT_CONTENT), parataxis)));
        } else if ((learned || CueLexicon.INTENTION.contains(lemma)) && tree.child(cue, "xcomp") > cue
                && !CueLexicon.AGREEMENT.contains(lemma)) {
            int x = tree.child(cue, "xcomp");
            int obj = tree.child(cue, Set.of("obj", "iobj"));
            int[] range = clause(tree, x);
            if (obj > cue && obj < x && !lemma.equals("tell")) {
                range = tree.trim(tree.extent(tree.subtree(obj, NOT_CONTENT), obj)[0], range[1]);
            }
            parts.add(tree.span(range));
        } else if (documentSpeaks && tree.child(cue, Set.of("obj")) > cue) {
            // "A Reuters poll shows Trump at the top with 36 percent …": all the verb's words after it.
            int last = -1;
            for (int c : tree.children(cue)) {
                if (c > cue && !tree.isPunct(c)) {
                    last = Math.max(last, tree.extent(tree.subtree(c, NOT_CONTENT), c)[1]);
                }
            }
            parts.add(tree.span(tree.trim(cueEnd + 1, last)));
        } else if (learned || CueLexicon.OBJECT_CONTENT.contains(lemma) || lemma.equals("point")
                || CueLexicon.STANCE.contains(lemma)) {
            stanceContent(tree, cue, lemma).ifPresent(parts::add);
        }
        if (strong && !lemma.equals("tell") && !lemma.equals("ask")) {
            int subject = tree.child(cue, SUBJECT);
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
                && tree.child(cue, SUBJECT) >= 0) {
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
        int source = relative >= 0 ? relative : subjectOf(tree, cue);
        if (source < 0 && tree.pos(cue).equals("VBG") && cue > 0 && tree.word(cue - 1).equals(",")) {
            // "Clinton mocked the complaint, saying …" parsed without the link: the main clause's subject speaks.
            int root = tree.root();
            if (root >= 0 && root < cue) {
                source = nearestSubject(tree, root);
            }
        }
        if (source >= 0 && (tree.lower(source).equals("it") && CueLexicon.COGNITION.contains(lemma) || tree.lower(source).equals("there"))) {
            source = -1;
        }
        if (source < 0 && CueLexicon.SPEECH.contains(lemma) && !lemma.equals("tell")
                && parts.getLast().end() <= tree.token(cue).span().start()) {
            source = inverted(tree, cue);
        }
        if (source < 0 && tree.hasChild(cue, "mark", "to")) {
            // "It is important to note that …": the author's own voice, no attribution.
            return java.util.Optional.empty();
        }
        if (source >= 0 && CueLexicon.SHOWING.contains(lemma) && !agent(tree, source)) {
            // "The convening of this summit highlights …": an event shows, nobody says.
            return java.util.Optional.empty();
        }
        if (source >= 0 && !CueLexicon.SPEECH.contains(lemma) && !agent(tree, source)) {
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
     * An appearance: "Cruz seemed lost", "Their choice appears to be between …" — a judgement the writer reports
     * without a source, or with one given as "to X" ("seemed to voters …"). The content is the subject with its
     * complement.
     */
    private static java.util.Optional<Claim> appearance(Tree tree, int sentence, int cue) {
        int subject = tree.child(cue, SUBJECT);
        int complement = tree.child(cue, Set.of("xcomp"));
        if (subject < 0 || subject > cue || complement < cue || !nominal(tree, subject)
                || Set.of("it", "there", "that", "which", "this", "what").contains(tree.lower(subject))) {
            return java.util.Optional.empty();
        }
        List<Span> parts = List.of(tree.span(tree.extent(tree.subtree(subject, NOT_CONTENT), subject)),
                tree.span(tree.extent(tree.subtree(complement, NOT_CONTENT), complement)));
        int experiencer = tree.child(cue, "obl:to");
        int source = experiencer >= 0 && experiencer < complement && nominal(tree, experiencer) ? experiencer : -1;
        return java.util.Optional.of(new Claim(sentence, cue, cue, parts, source, -1, false));
    }

    /** What completes a passive cue: "is expected to win", "was accused of lying", "was described as a threat". */
    private static final Set<String> PASSIVE_COMPLEMENTS = Set.of("xcomp", "obl:as", "obl:of", "obl:for",
            "advcl:as", "advcl:of", "advcl:for", "obl:over");

    /**
     * A passive cue: "Trump was accused of lying", "Clinton is expected to win", "She has been endorsed by dozens
     * of papers", "It was announced that …". The content is the passive subject with the verb's complement (or the
     * clausal complement alone); the source is the agent ("by …") or none.
     */
    private static java.util.Optional<Claim> passive(Tree tree, int sentence, int cue) {
        if (tree.relation(cue).startsWith("acl") || tree.hasChild(cue, "mark", "as")) {
            // "the understandings reached by …", "as agreed by the two sides": a modifier, not a statement.
            return java.util.Optional.empty();
        }
        int agent = tree.child(cue, "obl:agent");
        int ccomp = tree.child(cue, Set.of("ccomp"));
        int subject = tree.child(cue, Set.of("nsubj:pass"));
        List<Span> parts = new ArrayList<>();
        if (ccomp > cue && (subject < 0 || tree.lower(subject).equals("it"))) {
            parts.add(tree.span(clause(tree, ccomp)));
        } else if (subject >= 0 && subject < cue && !tree.pos(subject).equals("WDT")
                && !tree.lower(subject).equals("it") && !tree.lower(subject).equals("that")) {
            parts.add(tree.span(tree.extent(tree.subtree(subject, NOT_CONTENT), subject)));
            int complement = -1;
            for (int c : tree.children(cue)) {
                if (c > cue && PASSIVE_COMPLEMENTS.contains(tree.relation(c))) {
                    complement = c;
                    break;
                }
            }
            if (complement >= 0) {
                int[] range = tree.extent(tree.subtree(complement, Set.of("punct", "case")), complement);
                parts.add(tree.span(range));
            } else if (agent < 0) {
                return java.util.Optional.empty();
            }
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        int source = agent >= 0 && nominal(tree, agent) ? agent : -1;
        return java.util.Optional.of(new Claim(sentence, cue, particleEnd(tree, cue), parts, source, -1, false));
    }

    /**
     * A content clause without a second verb conjoined in the past tense without its own subject: in "She said she
     * admires his determination and highlighted …" the second verb reports what the speaker did, not what she said.
     */
    static int[] clause(Tree tree, int head) {
        boolean[] in = tree.subtree(head, NOT_CONTENT);
        for (int c : tree.children(head)) {
            if (c > head && tree.pos(c).equals("VBG") && CueLexicon.SPEECH.contains(tree.lemma(c))
                    && tree.word(c - 1).equals(",") && !tree.baseRelation(c).equals("ccomp")) {
                // "…, arguing that …", "…, adding …": the speaker's next statement, not part of this one.
                boolean[] sub = tree.subtree(c, Set.of());
                for (int i = 0; i < in.length; i++) {
                    in[i] &= !sub[i];
                }
                continue;
            }
            if (c > head && tree.baseRelation(c).equals("conj") && tree.pos(c).equals("VBD")
                    && !tree.pos(head).equals("VBD") && tree.child(c, SUBJECT) < 0) {
                boolean[] sub = tree.subtree(c, Set.of());
                for (int i = 0; i < in.length; i++) {
                    in[i] &= !sub[i];
                }
            }
        }
        ContentTail.cut(tree, head, in);
        return tree.extent(in, head);
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

    /** Relations after the object that complete a stance: "called him a liar", "accused him of sexism". */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "obl:as", "obl:of", "obl:for", "advcl:as",
            "advcl:of", "advcl:for", "obl:in_support_of", "obl:over");

    /** What a stance or object-taking verb attributes: its object and the complement that follows it. */
    private static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "name", "term", "deem");

    private static java.util.Optional<Span> stanceContent(Tree tree, int cue, String lemma) {
        if (NAMING.contains(lemma)) {
            // "called him a genius", "dubbed them ''Manchurian anchors''": the named and the name.
            List<Integer> after = tree.children(cue).stream().filter(c -> c > cue && Set.of("obj", "iobj", "xcomp",
                    "obl:as", "ccomp").contains(tree.relation(c))).toList();
            if (after.size() >= 2) {
                int last = after.stream().mapToInt(c -> tree.extent(tree.subtree(c, NOT_CONTENT), c)[1]).max().orElseThrow();
                int first = after.stream().mapToInt(c -> tree.extent(tree.subtree(c, NOT_CONTENT), c)[0]).min()
                        .orElseThrow();
                return java.util.Optional.of(tree.span(tree.trim(first, last)));
            }
        }
        int obj = tree.child(cue, Set.of("obj"));
        if (obj < 0 && (lemma.equals("refer") || lemma.equals("call") || lemma.equals("point"))) {
            obj = tree.child(cue, Set.of("obl:to", "obl:for"));
        }
        if (obj < cue || tree.pos(obj).equals("PRP") && tree.child(cue, COMPLEMENTS) < 0
                && !CueLexicon.STANCE.contains(lemma)) {
            return java.util.Optional.empty();
        }
        int[] range = tree.extent(tree.subtree(obj, NOT_CONTENT), obj);
        for (int c : tree.children(cue)) {
            if (c > range[1] && COMPLEMENTS.contains(tree.relation(c))) {
                range = new int[] {range[0], tree.extent(tree.subtree(c, NOT_CONTENT), c)[1]};
            }
        }
        if (tree.lower(range[0]).equals("to") || tree.lower(range[0]).equals("for")) {
            range = tree.trim(range[0] + 1, range[1]);
        }
        return java.util.Optional.of(tree.span(range));
    }

    /** "Matthews: Well, speculation is bad": a name and a colon open a transcript line or a headline. */
    private static java.util.Optional<Claim> speakerLine(Tree tree, int sentence) {
        int colon = -1;
        for (int i = 0; i < Math.min(tree.size(), 6); i++) {
            if (tree.word(i).equals(":")) {
                colon = i;
                break;
            }
            if (!tree.pos(i).startsWith("NNP") && !(i > 0 && tree.pos(i).equals("POS"))) {
                return java.util.Optional.empty();
            }
        }
        if (colon < 1 || colon + 2 >= tree.size()) {
            return java.util.Optional.empty();
        }
        boolean named = false;
        for (int i = 0; i < colon; i++) {
            String ner = tree.ner(i);
            named |= ner.equals("PERSON") || ner.equals("ORGANIZATION");
        }
        if (!named) {
            return java.util.Optional.empty();
        }
        int[] content = tree.trim(colon + 1, tree.size() - 1);
        int head = colon - 1;
        for (int i = 0; i < colon; i++) {
            int p = tree.parent(i);
            if (p < 0 || p >= colon) {
                head = i;
                break;
            }
        }
        return java.util.Optional.of(new Claim(sentence, colon, colon, List.of(tree.span(content)), head, -1, false));
    }

    /**
     * The tag's tokens: the cue, its whole subject ("Lü Xiang, a research fellow at …,") and the modifiers next to
     * it up to a comma ("told the Global Times on Tuesday"), never its content.
     */
    static boolean[] tag(Tree tree, int cue) {
        int lo = cue;
        int hi = cue;
        int subject = tree.child(cue, SUBJECT);
        if (subject >= 0) {
            int[] r = span(tree, subject);
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[1]);
        }
        List<Integer> children = new ArrayList<>(tree.children(cue));
        children.sort(java.util.Comparator.comparingInt(c -> Math.abs(c - cue)));
        for (int c : children) {
            if (c == subject || TAG_CUT.contains(tree.relation(c)) || TAG_CUT.contains(tree.baseRelation(c))) {
                continue;
            }
            int[] r = span(tree, c);
            // Before the cue only its auxiliaries and adverbs belong to the tag ("has also said").
            boolean before = r[1] < lo && Set.of("aux", "advmod", "neg", "discourse").contains(tree.baseRelation(c));
            boolean adjacent = before ? noComma(tree, r[1] + 1, lo - 1) : r[0] > hi && noComma(tree, hi + 1, r[0] - 1);
            if (adjacent || r[0] >= lo && r[1] <= hi) {
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[1]);
            }
        }
        boolean[] out = new boolean[tree.size()];
        for (int i = lo; i <= hi; i++) {
            out[i] = true;
        }
        return out;
    }

    private static int[] span(Tree tree, int head) {
        boolean[] in = tree.subtree(head, Set.of("punct"));
        int lo = head;
        int hi = head;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        return new int[] {lo, hi};
    }

    private static boolean noComma(Tree tree, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (tree.word(i).equals(",") || tree.word(i).equals(":") || Quotes.isMark(tree.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Reuters quoted one US official (as saying …)", "The Washington Post cited scholars stating that …". */
    private java.util.Optional<Claim> citing(Tree tree, int sentence, int cue, List<Quotation> quotations) {
        int medium = tree.child(cue, Set.of("nsubj"));
        int speaker = tree.child(cue, Set.of("obj"));
        if (speaker > cue && !canSpeak(tree, speaker) && medium >= 0 && medium < cue) {
            // "Clinton cited derogatory comments … as examples of …": what is cited is the content, the citer speaks.
            java.util.Optional<Span> content = stanceContent(tree, cue, "cite");
            return content.map(c -> new Claim(sentence, cue, cue, List.of(c), medium, -1, false));
        }
        List<Span> parts = new ArrayList<>();
        if (speaker >= 0) {
            for (int c : tree.children(speaker)) {
                if (tree.relation(c).startsWith("acl")) {
                    int content = tree.child(c, Set.of("ccomp"));
                    if (content >= 0) {
                        parts.add(tree.span(tree.extent(tree.subtree(content, NOT_CONTENT), content)));
                    }
                }
            }
        }
        for (int c : tree.children(cue)) {
            if (tree.relation(c).startsWith("advcl")) {
                int content = tree.child(c, Set.of("ccomp"));
                if (content >= 0) {
                    parts.add(tree.span(tree.extent(tree.subtree(content, NOT_CONTENT), content)));
                }
            }
        }
        if (parts.isEmpty() && tree.relation(cue).equals("parataxis") && tree.parent(cue) >= 0
                && tree.parent(cue) < cue) {
            parts.addAll(framing(tree, tag(tree, cue)));
        }
        if (parts.isEmpty()) {
            // The quoted words usually stand before the citing clause: "“…,” Reuters quoted one official."
            Span sentenceSpan = tree.sentence().span();
            for (Quotation q : quotations) {
                if (sentenceSpan.overlaps(q.span()) && q.span().end() <= tree.token(cue).span().start()) {
                    parts.add(q.span());
                }
            }
        }
        if (parts.isEmpty() || speaker < 0 && medium < 0) {
            return java.util.Optional.empty();
        }
        if (speaker < 0) {
            return java.util.Optional.of(new Claim(sentence, cue, cue, parts, medium, medium, true));
        }
        return java.util.Optional.of(new Claim(sentence, cue, cue, parts, speaker, medium, false));
    }

    /**
     * A non-restrictive relative clause that ends right before ", according to": "Mormons, who account for a
     * majority of the state's population, according to a 2015 survey" — the source vouches for that clause.
     */
    private static java.util.Optional<int[]> relativeBefore(Tree tree, int according) {
        int comma = according - 1;
        if (comma < 2 || !tree.word(comma).equals(",")) {
            return java.util.Optional.empty();
        }
        for (int node = comma - 1, steps = 0; node >= 0 && steps < tree.size(); node = tree.parent(node), steps++) {
            int[] extent = tree.extent(tree.subtree(node, Set.of("punct")), node);
            if (extent[1] != comma - 1) {
                break;
            }
            if (tree.relation(node).equals("acl:relcl") && extent[0] > 1) {
                // The relative pronoun may hang on the antecedent ("Mormons, who account for …").
                int start = tree.pos(extent[0] - 1).startsWith("W") ? extent[0] - 1 : extent[0];
                if (start > 0 && tree.word(start - 1).equals(",")) {
                    return java.util.Optional.of(tree.trim(start, extent[1]));
                }
            }
            if (tree.parent(node) < 0) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    /** "According to X, …" and "…, according to X": X is the source, the clause it modifies the content. */
    private java.util.Optional<Claim> according(Tree tree, int sentence, int according) {
        int source = tree.parent(according);
        if (source < 0 || source <= according + 1 && !tree.relation(according).equals("case")) {
            source = according + 2 < tree.size() ? according + 2 : -1;
        }
        if (source < 0) {
            return java.util.Optional.empty();
        }
        boolean[] tag = new boolean[tree.size()];
        int[] range = tree.extent(tree.subtree(source, Set.of("punct", "acl:relcl", "appos", "parataxis")), source);
        for (int i = Math.min(according, range[0]); i <= Math.max(according + 1, range[1]); i++) {
            tag[i] = true;
        }
        List<Span> parts = relativeBefore(tree, according).map(r -> List.of(tree.span(r))).orElseGet(() -> framing(tree, tag));
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        int via = mediaHead(tree, source);
        return java.util.Optional.of(new Claim(sentence, according, according + 1, parts, source, via, via == source));
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

    /** The content a tag frames: the sentence without the tag, in one run or two when the tag interrupts it. */
    private static List<Span> framing(Tree tree, boolean[] tag) {
        boolean[] all = new boolean[tree.size()];
        java.util.Arrays.fill(all, true);
        return outside(tree, tag, all);
    }

    /** The runs of {@code clause} tokens outside {@code tag}, trimmed; the longest one or two runs. */
    private static List<Span> outside(Tree tree, boolean[] tag, boolean[] clause) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tree.size(); i++) {
            boolean in = i < tree.size() && clause[i] && !tag[i];
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                int[] r = tree.trim(start, i - 1);
                if (!(r[0] == r[1] && tree.isPunct(r[0]))) {
                    runs.add(r);
                }
                start = -1;
            }
        }
        List<Span> out = new ArrayList<>();
        for (int[] r : runs) {
            if (r[1] - r[0] >= 1 || runs.size() == 1) {
                out.add(tree.span(r));
            }
        }
        return out;
    }

    /** The subject of a cue verb, inherited from the verb it depends on ("…, adding that …"), or -1. */
    /** The subject child of {@code v} nearest to it: a misparse can give a verb two ("“My hope,” he said"). */
    private static int nearestSubject(Tree tree, int v) {
        return nearestSubject(tree, v, false);
    }

    /**
     * With {@code carried}, a passive subject counts too: the subject of the passive verb an active verb of saying
     * is conjoined with ("Mr. Trump was forced into damage control and said …").
     */
    private static int nearestSubject(Tree tree, int v, boolean carried) {
        int best = -1;
        for (int c : tree.children(v)) {
            boolean subject = SUBJECT.contains(tree.relation(c)) || carried && tree.relation(c).equals("nsubj:pass");
            if (subject && (best < 0 || Math.abs(c - v) < Math.abs(best - v))) {
                best = c;
            }
        }
        return best;
    }

    static int subjectOf(Tree tree, int cue) {
        int v = cue;
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            int s = nearestSubject(tree, v, depth > 0 && tree.child(cue, "aux:pass") < 0);
            if (s >= 0 && !nominal(tree, s)) {
                // A verb or adjective parsed as subject is a parse error; look further up instead.
                s = -1;
            }
            if (s >= 0) {
                // "X, who said …", "X, who has … and noted …": the relative pronoun is the source as written; it
                // stands for X.
                for (int node = v, steps = 0; node >= 0 && steps < tree.size(); node = tree.parent(node), steps++) {
                    if (tree.relation(node).startsWith("acl:relcl") && s == tree.parent(node)) {
                        for (int i = s + 1; i < node; i++) {
                            if (RELATIVE.contains(tree.lower(i)) && tree.pos(i).startsWith("W")) {
                                return i;
                            }
                        }
                        break;
                    }
                }
                return s;
            }
            if (tree.relation(v).startsWith("acl") && tree.parent(v) >= 0
                    && Set.of("DATE", "TIME", "DURATION", "SET").contains(tree.ner(tree.parent(v)))
                    && tree.parent(tree.parent(v)) >= 0) {
                // "issued a statement Tuesday saying …" parsed as if Tuesday were saying it: the verb's subject.
                v = tree.parent(tree.parent(v));
                continue;
            }
            if (tree.relation(v).startsWith("acl") && tree.parent(v) >= 0) {
                int noun = tree.parent(v);
                // "He issued a statement saying …": the statement's issuer speaks, not the statement.
                int issuer = tree.parent(noun) >= 0 && CueLexicon.DOCUMENTS.contains(tree.lemma(noun))
                        && tree.relation(noun).equals("obj") ? tree.child(tree.parent(noun), SUBJECT) : -1;
                return issuer >= 0 ? issuer : noun;
            }
            if (!INHERITS_SUBJECT.contains(tree.baseRelation(v))) {
                return -1;
            }
            v = tree.parent(v);
        }
        return -1;
    }

    /** Whether a noun can be a speaker that a medium quotes: a person or group by name, role or pronoun. */
    private static boolean canSpeak(Tree tree, int head) {
        String ner = tree.ner(head);
        String lemma = tree.lemma(head).toLowerCase(java.util.Locale.ROOT);
        return ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("TITLE") || tree.pos(head).equals("PRP")
                || CueLexicon.ROLES.contains(lemma) || CueLexicon.ANONYMOUS.contains(lemma)
                || tree.pos(head).startsWith("NNP");
    }

    private static final Set<String> AGENT_TYPES = Set.of("PERSON", "ORGANIZATION", "TITLE", "COUNTRY",
            "NATIONALITY", "CITY", "STATE_OR_PROVINCE", "MISC", "IDEOLOGY", "RELIGION");

    /** Whether a source head can take a stance: a person, group, organisation, place acting as one, or document. */
    static boolean agent(Tree tree, int head) {
        String lemma = tree.lemma(head);
        return AGENT_TYPES.contains(tree.ner(head)) || tree.pos(head).startsWith("PRP") || tree.pos(head).startsWith("W")
                || tree.pos(head).startsWith("NNP") || tree.pos(head).equals("CD") || tree.pos(head).equals("DT")
                || CueLexicon.ROLES.contains(lemma) || CueLexicon.ANONYMOUS.contains(lemma)
                || CueLexicon.DOCUMENTS.contains(lemma) || CueLexicon.MEDIA_WORDS.contains(lemma)
                || CueLexicon.GROUPS.contains(lemma);
    }

    /** Whether a token can head a source mention: a noun, pronoun, number, determiner or named entity. */
    static boolean nominal(Tree tree, int i) {
        String pos = tree.pos(i);
        return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD") || pos.equals("DT")
                || pos.startsWith("W") || pos.equals("EX") || !tree.ner(i).equals("O");
    }

    /** "…,” said the vice chairman": a noun right after the verb that the parse made its object. */
    static int inverted(Tree tree, int verb) {
        for (int c : tree.children(verb)) {
            boolean nominal = tree.pos(c).startsWith("NN") || tree.pos(c).equals("PRP");
            String r = tree.relation(c);
            boolean argument = r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj") || r.equals("xcomp")
                    || r.equals("dep") || r.equals("appos");
            if (c > verb && nominal && argument) {
                return c;
            }
        }
        // "…,'' said Senator Mark S. Kirk, Republican of Illinois, becoming …" when the parse gave the name to a
        // later verb: a proper name right after the verb, up to its end.
        int first = verb + 1;
        while (first < tree.size() && tree.pos(first).equals("RB")) {
            first++;
        }
        if (first < tree.size() && tree.pos(first).startsWith("NNP") && !tree.ner(first).equals("DATE")) {
            int last = first;
            while (last + 1 < tree.size() && tree.pos(last + 1).startsWith("NNP")) {
                last++;
            }
            return last;
        }
        return -1;
    }

    /** The outlet a verb's statement was given to: "told the Global Times", "said in an interview with CNN". */
    private static int viaOf(Tree tree, int cue, String lemma) {
        for (int c : tree.children(cue)) {
            String r = tree.relation(c);
            boolean recipient = lemma.equals("tell") && (r.equals("obj") || r.equals("iobj"));
            if (recipient || r.startsWith("obl")) {
                int m = mediaHead(tree, c);
                if (m >= 0) {
                    return m;
                }
            }
        }
        return -1;
    }

    /** {@code head} or a noun inside its phrase that names a news outlet, or -1. */
    static int mediaHead(Tree tree, int head) {
        if (isMedia(tree, head)) {
            return head;
        }
        for (int c : tree.children(head)) {
            String r = tree.relation(c);
            if ((r.startsWith("nmod") || r.equals("compound")) && isMedia(tree, c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the proper name headed by {@code head} names a news outlet. */
    static boolean isMedia(Tree tree, int head) {
        if (!tree.pos(head).startsWith("NNP")) {
            return false;
        }
        boolean[] name = tree.subtree(head, Set.of("punct", "acl", "acl:relcl", "appos", "nmod", "conj", "cc"));
        for (int i = 0; i < tree.size(); i++) {
            if (name[i] && tree.pos(i).startsWith("NNP") && CueLexicon.MEDIA_WORDS.contains(tree.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Last token of a phrasal cue: "pointed out", "went on". */
    private static int particleEnd(Tree tree, int cue) {
        int prt = tree.child(cue, "compound:prt");
        return prt > cue ? prt : cue;
    }

    static boolean insideQuotation(Span token, List<Quotation> quotations) {
        for (Quotation q : quotations) {
            if (q.span().start() < token.start() && token.end() < q.span().end()) {
                return true;
            }
        }
        return false;
    }
}
