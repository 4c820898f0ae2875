package dev.parallax.attribute;

import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every cue construction reads off the parse the same way: who speaks (a cue's subject, inherited through the
 * verbs it hangs on, or the name after an inverted verb; whether a head can take a stance or names an outlet) and how
 * far the content runs (a clause without the speaker's next statement, the tag around a cue and the sentence it
 * frames).
 */
final class CueFrame {

    private CueFrame() {
    }

    /** Children that are not part of a speaker's mention. */
    static final Set<String> NOT_CONTENT = Set.of("punct");
    static final Set<String> SUBJECT = Set.of("nsubj");
    private static final Set<String> TAG_CUT = Set.of("ccomp", "parataxis", "advcl", "xcomp", "conj", "dep",
            "punct", "csubj", "cc", "mark", "list");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    private static final Set<String> INHERITS_SUBJECT = Set.of("advcl", "xcomp", "conj", "dep");

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

    /** The content a tag frames: the sentence without the tag, in one run or two when the tag interrupts it. */
    static List<Span> framing(Tree tree, boolean[] tag) {
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

    /** The subject child of {@code v} nearest to it: a misparse can give a verb two ("“My hope,” he said"). */
    static int nearestSubject(Tree tree, int v) {
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
        int clause = tree.child(v, "csubj");
        if (best < 0 && clause >= 0 && clause < v && tree.pos(clause).equals("VBN")) {
            // "A report released in September by the Academies noted …" parsed as if "report released …" were a
            // clause: the noun the participle describes is the subject.
            int noun = tree.child(clause, "nsubj");
            if (noun >= 0 && noun < clause) {
                best = noun;
            }
        }
        return best;
    }

    /** The subject of a cue verb, inherited from the verb it depends on ("…, adding that …"), or -1. */
    static int subjectOf(Tree tree, int cue) {
        if (passiveParticiple(tree, cue)) {
            // "Asked whether he would run, Rubio said …", "…, Christie said when asked whether …": the one asked is
            // the subject of the clause; the one who asks is the "by" agent (the parse calls it obl:by when the
            // participle has no auxiliary), else no one named.
            int agent = tree.child(cue, Set.of("obl:agent", "obl:by"));
            return agent >= 0 && nominal(tree, agent) ? agent : -1;
        }
        int first = coordinatedParticiple(tree, cue);
        if (first >= 0 && tree.parent(cue) >= 0 && !tree.pos(tree.parent(cue)).equals("VBG")) {
            // "…, saying that the bill had failed – and arguing that …" parsed with "arguing" joined to a verb inside
            // what was said: the second participle is said by whoever says the first, not by the bill.
            return participleSpeaker(tree, first);
        }
        if (speakersNextVerb(tree, cue)) {
            // "He announced that he was undergoing therapy and vowed to …": the speaker vowed, as clause() leaves
            // the verb out of what was announced; unless the speaker found so cannot speak.
            int speaker = subjectFrom(tree, cue, tree.parent(tree.parent(cue)));
            if (speaker >= 0 && agent(tree, speaker)) {
                return speaker;
            }
        }
        int subject = subjectFrom(tree, cue, cue);
        // "…, calling them rapists and threatening to …" when the parse links neither participle to the clause.
        return subject < 0 && first >= 0 ? participleSpeaker(tree, first) : subject;
    }

    /** The subject of {@code cue} read from {@code start} (the cue or a verb it hangs on) upwards, or -1. */
    private static int subjectFrom(Tree tree, int cue, int start) {
        int v = start;
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
            int clause = participleClauseHead(tree, v);
            if (clause >= 0) {
                // "Trump has announced a kind of solidarity with Sanders, telling voters …" parsed as if the
                // solidarity were telling: a participle set off by a comma is said by the clause's subject.
                v = clause;
                continue;
            }
            if (tree.relation(v).startsWith("acl:relcl") && v != cue && tree.parent(v) >= 0
                    && tree.parent(v) < v && agent(tree, tree.parent(v))) {
                // "a pollster who worked with him for years and called him …": the cue is conjoined with the
                // relative clause's verb, so its subject is the relative pronoun, as for the verb itself (when the
                // antecedent can speak at all: "a tactic that allows companies to …" stays no one's).
                int pronoun = RelativeCue.pronoun(tree, tree.parent(v), v);
                int outer = pronoun >= 0 ? clauseBeyond(tree, tree.parent(v), pronoun, cue) : -1;
                if (outer >= 0) {
                    return outer;
                }
                if (pronoun >= 0) {
                    return pronoun;
                }
            }
            if (tree.relation(v).startsWith("acl") && tree.parent(v) >= 0) {
                int noun = tree.parent(v);
                // "He issued a statement saying …": the statement's issuer speaks, not the statement.
                int issuer = tree.parent(noun) >= 0 && CueLexicon.DOCUMENTS.contains(tree.lemma(noun))
                        && tree.relation(noun).equals("obj") ? tree.child(tree.parent(noun), SUBJECT) : -1;
                if (issuer >= 0) {
                    return issuer;
                }
                int clauseSubject = v == cue && commaParticiple(tree, cue) && !agent(tree, noun)
                        ? precedingClauseSubject(tree, cue) : -1;
                // "While celebrating victories in five primaries, Trump mocked …, saying …" parsed as if the
                // victories were saying: a participle set off by a comma is said by the clause before it.
                return clauseSubject >= 0 ? clauseSubject : noun;
            }
            // "the governor said, before clarifying that …": a gerund after a preposition is done by the subject of
            // the verb it modifies.
            boolean gerund = tree.pos(v).equals("VBG") && tree.baseRelation(v).equals("obl");
            // "X went so far as to say: …", "The email goes on to say …", "X had this to say: …": an infinitive the
            // parse hung on a verb as an oblique or a clause is done by that verb's subject.
            boolean infinitive = tree.hasChild(v, "mark", "to")
                    && Set.of("obl", "ccomp").contains(tree.baseRelation(v));
            if (!INHERITS_SUBJECT.contains(tree.baseRelation(v)) && !gerund && !infinitive) {
                return -1;
            }
            if (v == cue && afterClosedRelativeClause(tree, cue)) {
                // "…, circling the park near the stadium - where the team played on Sunday - while chanting …":
                // the participle goes on with the clause around the relative clause, not with the team.
                int subject = precedingClauseSubject(tree, cue);
                if (subject >= 0) {
                    return subject;
                }
            }
            v = tree.parent(v);
            if (depth == 0 && commaParticiple(tree, cue)) {
                v = speakingClause(tree, v, cue);
            }
        }
        return -1;
    }

    /**
     * A verb in the past tense with no subject of its own conjoined to a verb in another tense that is the clausal
     * complement of a verb: the speaker's next act, not part of what the speaker said.
     */
    private static boolean speakersNextVerb(Tree tree, int cue) {
        int head = tree.parent(cue);
        return head >= 0 && head < cue && tree.baseRelation(cue).equals("conj") && tree.pos(cue).equals("VBD")
                && !tree.pos(head).equals("VBD") && tree.child(cue, SUBJECT) < 0
                && tree.child(cue, "nsubj:pass") < 0 && tree.baseRelation(head).equals("ccomp")
                && tree.parent(head) >= 0;
    }

    /**
     * The subject of the clause around a relative clause set off by commas when the cue, after the closing comma and
     * "and", goes on with that clause rather than the relative one ("Ortiz backed the unions during her time at the
     * agency, which let her go in 2015, and said …": Ortiz, not "which"); else -1.
     */
    private static int clauseBeyond(Tree tree, int antecedent, int pronoun, int cue) {
        if (pronoun < 1 || !tree.word(pronoun - 1).equals(",") || cue < 2 || !tree.lower(cue - 1).equals("and")
                || !tree.word(cue - 2).equals(",")) {
            return -1;
        }
        int node = tree.parent(antecedent);
        for (int steps = 0; node >= 0 && steps < tree.size(); node = tree.parent(node), steps++) {
            if (tree.isVerb(node) && node < pronoun) {
                int subject = tree.child(node, SUBJECT);
                return subject >= 0 && subject < node && agent(tree, subject) ? subject : -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code participle} hangs on the verb of a relative clause as an adverbial and follows that clause's
     * closing comma or dash ("…, where the governor spoke last week, while shouting …").
     */
    private static boolean afterClosedRelativeClause(Tree tree, int participle) {
        int head = tree.parent(participle);
        if (!tree.pos(participle).equals("VBG") || !tree.baseRelation(participle).equals("advcl") || head < 0
                || head > participle || !tree.relation(head).startsWith("acl:relcl")) {
            return false;
        }
        int first = participle;
        for (int c : tree.children(participle)) {
            first = Math.min(first, c);
        }
        return first > 0 && Set.of(",", "-", "–", "—", "--").contains(tree.word(first - 1));
    }

    /** "…, remarking that …", "…, noting …": a participle of saying set off by a comma. */
    private static boolean commaParticiple(Tree tree, int v) {
        return afterComma(tree, v) && CueLexicon.SPEECH.contains(tree.lemma(v));
    }

    /**
     * The speaker of a cue verb: its subject as the parse links it; for a participle set off by a comma the parse
     * links to none, the main clause's subject ("Clinton mocked the complaint, saying …" parsed without the link),
     * else the subject of the nearest main clause before it; -1 when there is none.
     */
    static int participleSpeaker(Tree tree, int participle) {
        int source = subjectOf(tree, participle);
        if (source < 0 && afterComma(tree, participle)) {
            int root = tree.root();
            if (root >= 0 && root < participle) {
                source = nearestSubject(tree, root);
            }
            if (source < 0) {
                source = precedingClauseSubject(tree, participle);
            }
        }
        return source;
    }

    /**
     * For a participle joined by "and" to an earlier one set off by a comma ("…, calling them rapists and
     * threatening to …", "…, saying that … – and arguing that …"), that earlier participle; else -1.
     */
    private static int coordinatedParticiple(Tree tree, int v) {
        if (!tree.pos(v).equals("VBG") || v < 2 || !tree.lower(v - 1).equals("and")) {
            return -1;
        }
        for (int p = v - 2; p > 0; p--) {
            if (afterComma(tree, p)) {
                return p;
            }
        }
        return -1;
    }

    /** A participle set off by a comma: "…, calling …", "…, saying …". */
    private static boolean afterComma(Tree tree, int v) {
        return tree.pos(v).equals("VBG") && v > 0 && tree.word(v - 1).equals(",");
    }

    /** Relations that hang a clause below another: its subject is not the one a later participle carries on. */
    private static final Set<String> SUBORDINATE = Set.of("ccomp", "advcl", "acl", "csubj", "xcomp");

    /**
     * The subject of the nearest main clause before {@code participle}: a verb with a nominal subject of its own
     * before it, neither introduced by a subordinator ("that", "when", "if") nor hung as a complement, adverbial or
     * relative clause ("When his family moved back, his mother refused …, insisting …" gives the mother); or -1.
     */
    private static int precedingClauseSubject(Tree tree, int participle) {
        for (int i = participle - 1; i >= 0; i--) {
            if (!tree.isVerb(i) || SUBORDINATE.contains(tree.baseRelation(i)) || tree.child(i, "mark") >= 0
                    || tree.children(i).stream().anyMatch(c -> tree.pos(c).equals("WRB"))) {
                continue;
            }
            int subject = tree.child(i, SUBJECT);
            if (subject >= 0 && subject < i && nominal(tree, subject)) {
                return subject;
            }
        }
        return -1;
    }

    /**
     * The clause whose subject says a participle set off by a comma, when the parse hung the participle on a verb
     * inside what was said: "Cruz warned that the incident could foreshadow …, remarking that …" (the incident does
     * not remark; Cruz does), "Bennett denied the notion that a shakeup is coming, explaining …", and "“…
     * weakened,” Mr. Biden added, noting …" (the tag's verb, not the quotation's).
     */
    private static int speakingClause(Tree tree, int v, int participle) {
        for (int steps = 0; v >= 0 && steps < tree.size(); steps++) {
            boolean content = tree.baseRelation(v).equals("ccomp")
                    || tree.baseRelation(v).equals("acl") && tree.hasChild(v, "mark", "that");
            if (!content || tree.parent(v) < 0) {
                break;
            }
            v = tree.parent(v);
        }
        for (int c : tree.children(v)) {
            if (c < participle && c > v && tree.relation(c).equals("parataxis") && tree.pos(c).startsWith("VB")
                    && CueLexicon.SPEECH.contains(tree.lemma(c)) && tree.child(c, SUBJECT) >= 0) {
                return c;
            }
        }
        return v;
    }

    /**
     * A past participle with no auxiliary and no subject of its own that modifies a clause ("Asked about …, X
     * said", "when asked …"): a passive whose subject is the clause's, so the clause's subject does not speak.
     */
    static boolean passiveParticiple(Tree tree, int v) {
        if (tree.child(v, "aux") >= 0 || tree.child(v, "aux:pass") >= 0 || tree.child(v, SUBJECT) >= 0
                || tree.child(v, "nsubj:pass") >= 0) {
            return false;
        }
        String r = tree.baseRelation(v);
        // The parse also leaves "Asked on Monday whether …, X said" a bare dep of the verb after it, and tags the
        // "asked" of "when asked …" as a past tense: a finite verb after "when" without a subject is a participle.
        boolean modifier = r.equals("advcl") || r.equals("dep") && v < tree.parent(v);
        boolean participle = tree.pos(v).equals("VBN")
                || tree.pos(v).equals("VBD") && r.equals("advcl") && tree.hasChild(v, "advmod", "when");
        return modifier && participle;
    }

    /**
     * For a participle set off by a comma that the parse hung on a noun as its modifier ("…, telling voters …",
     * "…, noting that …"), the nearest word above the noun that has a subject; else -1.
     */
    private static int participleClauseHead(Tree tree, int v) {
        if (!tree.relation(v).equals("acl") || !tree.pos(v).equals("VBG") || v == 0 || !tree.word(v - 1).equals(",")) {
            return -1;
        }
        int node = tree.parent(v);
        for (int steps = 0; node >= 0 && steps < tree.size(); steps++) {
            if (nearestSubject(tree, node, true) >= 0) {
                return node;
            }
            node = tree.parent(node);
        }
        return -1;
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
                || CueLexicon.GROUPS.contains(lemma) || CueLexicon.QUANTIFIER_HEADS.contains(tree.lower(head))
                || tree.pos(head).startsWith("NN") && CueLexicon.SOURCE_NOUNS.contains(lemma);
    }

    /** Whether a token can head a source mention: a noun, pronoun, number, determiner or named entity. */
    static boolean nominal(Tree tree, int i) {
        String pos = tree.pos(i);
        return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD") || pos.equals("DT")
                || pos.startsWith("W") || pos.equals("EX") || !tree.ner(i).equals("O")
                || CueLexicon.QUANTIFIER_HEADS.contains(tree.lower(i));
    }

    /** "…,” said the vice chairman": a noun right after the verb that the parse made its object. */
    static int inverted(Tree tree, int verb) {
        if (tree.lemma(verb).equals("tell")) {
            // "“…,” X, the director of …, told the Courier": what follows "told" is the one told.
            return -1;
        }
        for (int c : tree.children(verb)) {
            // "…,” said Devine" with the name tagged as an adjective: the entity type still makes it a name.
            boolean nominal = tree.pos(c).startsWith("NN") || tree.pos(c).equals("PRP")
                    || tree.ner(c).equals("PERSON");
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
        return first < tree.size() && !tree.ner(first).equals("DATE") ? nameRun(tree, first) : -1;
    }

    /**
     * The last token of the name that starts at {@code from}: titles, descriptions and names ("retired judge Dana
     * Ortiz") ending in a proper noun or a person's or organisation's name; else -1.
     */
    static int nameRun(Tree tree, int from) {
        int last = -1;
        for (int i = from; i < tree.size(); i++) {
            String pos = tree.pos(i);
            boolean name = pos.startsWith("NNP") || NAMED.contains(tree.ner(i));
            if (name) {
                last = i;
            } else if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("VBN"))
                    || last >= 0) {
                break;
            }
        }
        return last;
    }

    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION");

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
    static int particleEnd(Tree tree, int cue) {
        int prt = tree.child(cue, "compound:prt");
        return prt > cue ? prt : cue;
    }

    /** Whether {@code token} lies inside one of {@code quotations}: its words are the quoted person's own. */
    static boolean insideQuotation(Span token, List<Quotation> quotations) {
        // By index: asked for every token, an iterator each time was a twentieth of what attribution allocated.
        for (int i = 0; i < quotations.size(); i++) {
            Quotation q = quotations.get(i);
            if (q.span().start() < token.start() && token.end() < q.span().end()) {
                return true;
            }
        }
        return false;
    }
}
