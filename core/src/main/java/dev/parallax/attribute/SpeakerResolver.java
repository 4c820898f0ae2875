package dev.parallax.attribute;

import dev.parallax.annotate.EntityMention;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;
import dev.parallax.core.WordList;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads: the head token of a source mention, the article's parses and entities, and the attributions found before
 * it. Adds: the mention as written and the {@link Speaker} it refers to — full names for short ones ("Lee" → "Kai-Fu
 * Lee"), pronouns resolved to the person the text means (the person subject of the sentence before, else the last
 * person quoted nearby, else the nearest person named, never one of the other gender), "the spokesperson" to the
 * person named earlier with that title, role and affiliation from titles, appositions and "of/at/from" phrases, and
 * a kind: person, role, group, organisation, document or anonymous. "It" goes to the organisation subject of the
 * sentence before. A pronoun it cannot place (and "I", "we", "you") keeps its mention with {@link Speaker#UNKNOWN}:
 * no one rather than a pronoun shown as a name. Bad input: any other mention it cannot place keeps its own words as
 * the name.
 */
final class SpeakerResolver {

    /** A source mention and who it refers to. */
    record Resolved(Span mention, Speaker speaker) {
    }

    /** Children that belong to the words around a name rather than to the name's mention. */
    private static final Set<String> NOT_MENTION = Set.of("punct", "case", "appos", "acl", "acl:relcl", "parataxis",
            "advcl", "dep", "ccomp", "xcomp", "list", "discourse", "vocative", "mark", "cc:preconj", "ref",
            "nmod:ahead_of", "nmod:during", "nmod:after", "nmod:before", "nmod:since", "nmod:until", "nmod:tmod",
            "nmod:in_front_of", "nmod:following", "obl", "advmod");
    private static final Set<String> QUANTIFIERS = WordList.resource(SpeakerResolver.class, "quantifiers");
    private static final int PRONOUN_REACH = 5;
    /** Compiled once: String.split compiles its pattern on every call. */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("\\W+");

    /** The personal pronoun a third-person possessive stands for; first and second persons have no one to name. */
    private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she",
            "their", "they", "its", "it");

    /**
     * @param anchor the sentence the statement begins in: a pronoun after a quotation looks before the quotation
     */
    Resolved resolve(Discourse d, int s, int head, int anchor, List<Attribution> history) {
        Tree tree = d.trees.get(s);
        String word = tree.lower(head);
        if (tree.pos(head).equals("PRP$")) {
            // A possessor speaks through a cue noun ("his warning that …", "their support for …"): the pronoun it
            // stands for is resolved as that pronoun would be.
            Span mention = tree.token(head).span();
            String personal = POSSESSIVES.getOrDefault(word, "");
            return new Resolved(mention, personal.equals("it") ? organisation(d, s, anchor, history)
                    : personal.isEmpty() ? Speaker.UNKNOWN : pronoun(d, s, head, anchor, personal, history));
        }
        if (tree.pos(head).startsWith("W")) {
            int antecedent = antecedent(tree, head);
            boolean thing = antecedent >= 0 && word.equals("which") && thing(tree, antecedent);
            return new Resolved(tree.token(head).span(), antecedent < 0 || thing ? Speaker.UNKNOWN
                    : resolve(d, s, antecedent, anchor, history).speaker());
        }
        if (tree.pos(head).equals("PRP") && (CueLexicon.PERSON_PRONOUNS.contains(word)
                || CueLexicon.PLURAL_PRONOUNS.contains(word))) {
            Span mention = tree.token(head).span();
            return new Resolved(mention, pronoun(d, s, head, anchor, word, history));
        }
        if (tree.pos(head).equals("PRP")) {
            // "it", "I", "we", "you": an organisation "it" continues, else no one a reader could name.
            Span mention = tree.token(head).span();
            return new Resolved(mention, word.equals("it") ? organisation(d, s, anchor, history) : Speaker.UNKNOWN);
        }
        head = closestPerson(d, s, head);
        int[] range = mentionRange(tree, head);
        Optional<EntityMention> wholeName = d.entityAt(s, head);
        if (wholeName.isPresent()) {
            // A name the parse split ("Breaking/VBG Defense") is still one mention.
            Span e = wholeName.get().span();
            while (range[0] > 0 && e.contains(tree.token(range[0] - 1).span())) {
                range[0]--;
            }
            while (range[1] + 1 < tree.size() && e.contains(tree.token(range[1] + 1).span())) {
                range[1]++;
            }
        }
        Span mention = tree.span(range);
        String asWritten = mention.of(d.text);
        Optional<EntityMention> entity = d.entityAt(s, head);
        Optional<String> role = role(d, s, head, range, entity);
        Optional<String> affiliation = affiliation(d, s, head, entity);
        if (entity.isPresent() && entity.get().type().equals("PERSON")) {
            String name = d.fullName(entity.get().text(), entity.get().span().start());
            Optional<String> knownRole = role.or(() -> earlierRole(d, name, mention.start()));
            return new Resolved(mention, new Speaker(name, knownRole, affiliation, Speaker.Kind.PERSON));
        }
        String pos = tree.pos(head);
        String lemma = tree.lemma(head);
        String lowerLemma = lemma.toLowerCase(Locale.ROOT);
        if (entity.isEmpty() && pos.startsWith("NNP") && (CueLexicon.DOCUMENTS.contains(lowerLemma)
                || CueLexicon.ROLES.contains(lowerLemma) || CueLexicon.GROUPS.contains(lowerLemma))) {
            // A common noun capitalised by a headline or a line's start ("Survey: …") is no name.
            pos = pos.equals("NNPS") ? "NNS" : "NN";
            lemma = lowerLemma;
        }
        if (entity.isEmpty() && pos.startsWith("NNP") && range[0] == range[1]
                && !d.fullName(asWritten, mention.start()).equals(asWritten)) {
            // A surname the tagger left untagged, as headlines give it ("Lynch: …"), of a person the article names.
            String name = d.fullName(asWritten, mention.start());
            return new Resolved(mention, new Speaker(name, earlierRole(d, name, mention.start()), affiliation,
                    Speaker.Kind.PERSON));
        }
        if (pos.startsWith("NNP") || entity.map(e -> !e.type().equals("TITLE")).orElse(false) && !pos.startsWith("NN")) {
            return new Resolved(mention, new Speaker(stripArticle(asWritten), Optional.empty(), affiliation,
                    Speaker.Kind.ORGANIZATION));
        }
        if (CueLexicon.DOCUMENTS.contains(lemma)) {
            return new Resolved(mention, new Speaker(asWritten, Optional.empty(), affiliation, Speaker.Kind.DOCUMENT));
        }
        String determiner = determiner(tree, head);
        boolean plural = pos.equals("NNS");
        if (CueLexicon.ANONYMOUS.contains(word) && (plural || QUANTIFIERS.contains(determiner))) {
            return new Resolved(mention, new Speaker(asWritten, role.filter(r -> !r.equals(asWritten)), affiliation,
                    Speaker.Kind.ANONYMOUS));
        }
        if (plural) {
            return new Resolved(mention, new Speaker(asWritten, Optional.empty(), affiliation, Speaker.Kind.GROUP));
        }
        if (determiner.equals("the") && CueLexicon.ROLES.contains(lemma)) {
            Optional<String> named = personWithRole(d, s, lemma, mention.start());
            if (named.isPresent()) {
                return new Resolved(mention, new Speaker(named.get(), Optional.of(asWritten), affiliation,
                        Speaker.Kind.PERSON));
            }
        }
        if (CueLexicon.ROLES.contains(lemma) || tree.ner(head).equals("TITLE")) {
            return new Resolved(mention, new Speaker(asWritten, Optional.of(stripArticle(asWritten)), affiliation,
                    Speaker.Kind.ROLE));
        }
        if (tree.ner(head).equals("ORGANIZATION") || pos.equals("NN")) {
            return new Resolved(mention, new Speaker(stripArticle(asWritten), Optional.empty(), affiliation,
                    Speaker.Kind.ORGANIZATION));
        }
        return new Resolved(mention, new Speaker(asWritten, Optional.empty(), affiliation, Speaker.Kind.GROUP));
    }

    /**
     * Whether the noun at {@code i} names a thing that cannot speak: a common noun that {@link CueFrame#agent} does
     * not take as able to take a stance ("approach", "technologies"). "Which" after such a noun is usually the
     * parse's nearest noun, not the speaker ("an approach to new technologies, which stressed …").
     */
    private static boolean thing(Tree tree, int i) {
        return (tree.pos(i).equals("NN") || tree.pos(i).equals("NNS")) && !CueFrame.agent(tree, i);
    }

    /** The noun a relative pronoun stands for: the head of the relative clause's parent phrase, or -1. */
    private static int antecedent(Tree tree, int pronoun) {
        for (int v = pronoun + 1; v < tree.size(); v++) {
            if (tree.relation(v).startsWith("acl:relcl") && tree.parent(v) >= 0 && tree.parent(v) < pronoun) {
                return tree.parent(v);
            }
        }
        return -1;
    }

    /** The mention's tokens: the head's phrase without clauses and appositions, ending before a comma. */
    static int[] mentionRange(Tree tree, int head) {
        int[] range = tree.extent(tree.subtree(head, NOT_MENTION), head);
        for (int i = head + 1; i <= range[1]; i++) {
            if (tree.word(i).equals(",")) {
                return tree.trim(range[0], i - 1);
            }
        }
        for (int i = head - 1; i >= range[0]; i--) {
            if (tree.word(i).equals(",")) {
                return tree.trim(i + 1, range[1]);
            }
        }
        return range;
    }

    /**
     * "Echoing Liu, Lü Xiang, a research fellow …, said": when a subject lists persons with commas and no "and",
     * the parse has swallowed a neighbour; the person nearest the verb (the last one) is the speaker.
     */
    private static int closestPerson(Discourse d, int s, int head) {
        Tree tree = d.trees.get(s);
        if (!tree.ner(head).equals("PERSON")) {
            return head;
        }
        boolean[] phrase = tree.subtree(head, Set.of("acl", "acl:relcl", "parataxis", "advcl", "ccomp"));
        int best = head;
        for (int i = head + 1; i < tree.size() && phrase[i]; i++) {
            if (tree.lower(i).equals("and") || tree.lower(i).equals("or")) {
                return head;
            }
            if (tree.word(i - 1).equals(",") && tree.ner(i).equals("PERSON")
                    && !tree.ner(i - 2 >= 0 ? i - 2 : i).equals("O")) {
                int h = d.headOf(s, d.entityAt(s, i).map(e -> e.span()).orElse(tree.token(i).span()));
                best = h >= 0 ? h : i;
            }
        }
        return best;
    }

    /** Who a third-person pronoun means. */
    private Speaker pronoun(Discourse d, int s, int head, int anchor, String word, List<Attribution> history) {
        boolean plural = CueLexicon.PLURAL_PRONOUNS.contains(word);
        char gender = CueLexicon.MALE.contains(word) ? 'm' : CueLexicon.FEMALE.contains(word) ? 'f' : '?';
        Tree tree = d.trees.get(s);
        int offset = tree.token(head).span().start();
        if (!plural) {
            // A person named earlier in the same sentence ("Liu said he …") is the likeliest antecedent.
            EntityMention sameSentence = null;
            for (EntityMention p : d.persons(s)) {
                if (p.span().end() <= offset && compatible(d, p.text(), gender, history)) {
                    sameSentence = p;
                }
            }
            if (sameSentence != null) {
                return person(d, sameSentence, history);
            }
            // The person who is subject of the sentence before: the topic the pronoun continues.
            int before = Math.min(s, anchor) - 1;
            if (before >= 0) {
                for (EntityMention p : d.persons(before)) {
                    int h = d.headOf(before, p.span());
                    if (h >= 0 && d.trees.get(before).relation(h).startsWith("nsubj")
                            && compatible(d, p.text(), gender, history)) {
                        return person(d, p, history);
                    }
                }
            }
            // A person made the subject after the last person quoted has taken over the topic: "Ding pointed out
            // … . Sunak faced criticism … . Some lawmakers questioned … . He believes …" means Sunak.
            int lastQuoted = lastPersonQuoted(history, s);
            for (int k = before - 1; k > lastQuoted && k >= Math.max(0, before - 2); k--) {
                for (EntityMention p : d.persons(k)) {
                    int h = d.headOf(k, p.span());
                    if (h >= 0 && d.trees.get(k).relation(h).startsWith("nsubj")
                            && compatible(d, p.text(), gender, history)) {
                        return person(d, p, history);
                    }
                }
            }
        }
        // Else the last source quoted nearby: news text keeps a speaker as the topic while it quotes them.
        for (int k = history.size() - 1; k >= 0; k--) {
            Attribution a = history.get(k);
            if (s - a.sentence() > PRONOUN_REACH) {
                break;
            }
            Speaker.Kind kind = a.speaker().kind();
            boolean fits = plural ? pluralSource(d, a)
                    : kind == Speaker.Kind.PERSON || kind == Speaker.Kind.ROLE;
            if (fits && (plural || compatible(d, a.speaker().name(), gender, history))) {
                return a.speaker();
            }
        }
        if (!plural) {
            for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
                List<EntityMention> persons = d.persons(k);
                for (int j = persons.size() - 1; j >= 0; j--) {
                    if (compatible(d, persons.get(j).text(), gender, history)) {
                        return person(d, persons.get(j), history);
                    }
                }
            }
        }
        return Speaker.UNKNOWN;
    }

    private static final Set<String> NOT_ORGANISATIONS = Set.of("COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY",
            "LOCATION", "PERSON");

    /**
     * Who "it" means as a source: the organisation subject of the sentence before ("The ministry issued a statement.
     * It said …"), else the organisation quoted last nearby; else no one ("It is worth noting that …" has no
     * speaker).
     */
    private static Speaker organisation(Discourse d, int s, int anchor, List<Attribution> history) {
        int before = Math.min(s, anchor) - 1;
        if (before >= 0) {
            Tree tree = d.trees.get(before);
            for (EntityMention e : d.entities) {
                if (e.sentence() != before || NOT_ORGANISATIONS.contains(e.type())) {
                    continue;
                }
                int h = d.headOf(before, e.span());
                if (h >= 0 && tree.relation(h).startsWith("nsubj") && e.type().equals("ORGANIZATION")) {
                    return new Speaker(stripArticle(e.text()), Optional.empty(), Optional.empty(),
                            Speaker.Kind.ORGANIZATION);
                }
            }
        }
        for (int k = history.size() - 1; k >= 0; k--) {
            Attribution a = history.get(k);
            if (s - a.sentence() > PRONOUN_REACH) {
                break;
            }
            if (a.speaker().kind() == Speaker.Kind.ORGANIZATION && a.sentence() >= s - 1) {
                return a.speaker();
            }
        }
        return Speaker.UNKNOWN;
    }

    /** The sentence of the last attribution to a person or role within reach before sentence {@code s}, or -1. */
    private static int lastPersonQuoted(List<Attribution> history, int s) {
        for (int k = history.size() - 1; k >= 0; k--) {
            Attribution a = history.get(k);
            if (s - a.sentence() > PRONOUN_REACH) {
                break;
            }
            Speaker.Kind kind = a.speaker().kind();
            if (a.sentence() < s && (kind == Speaker.Kind.PERSON || kind == Speaker.Kind.ROLE)) {
                return a.sentence();
            }
        }
        return -1;
    }

    /** Whether an attribution's source is plural: "Chinese experts", "officials from …", "they". */
    private static boolean pluralSource(Discourse d, Attribution a) {
        if (a.source().isEmpty()) {
            return false;
        }
        Tree tree = d.trees.get(a.sentence());
        for (int i = 0; i < tree.size(); i++) {
            Span t = tree.token(i).span();
            if (a.source().get().contains(t)) {
                int p = tree.parent(i);
                boolean isHead = p < 0 || !a.source().get().contains(tree.token(p).span());
                if (isHead) {
                    return tree.pos(i).equals("NNS") || tree.pos(i).equals("NNPS")
                            || CueLexicon.PLURAL_PRONOUNS.contains(tree.lower(i)) || tree.child(i, "conj") >= 0;
                }
            }
        }
        return false;
    }

    private Speaker person(Discourse d, EntityMention p, List<Attribution> history) {
        String name = d.fullName(p.text(), p.span().start());
        for (int k = history.size() - 1; k >= 0; k--) {
            if (history.get(k).speaker().name().equals(name)) {
                return history.get(k).speaker();
            }
        }
        int s = p.sentence();
        int head = d.headOf(s, p.span());
        if (head >= 0) {
            Tree tree = d.trees.get(s);
            int[] range = mentionRange(tree, head);
            Optional<EntityMention> e = Optional.of(p);
            return new Speaker(name, role(d, s, head, range, e).or(() -> earlierRole(d, name, p.span().start())),
                    affiliation(d, s, head, e), Speaker.Kind.PERSON);
        }
        return new Speaker(name, Optional.empty(), Optional.empty(), Speaker.Kind.PERSON);
    }

    /** Whether a person can be meant by a pronoun of {@code gender}: no word near their mentions says otherwise. */
    private boolean compatible(Discourse d, String name, char gender, List<Attribution> history) {
        if (gender == '?') {
            return true;
        }
        String full = d.fullName(name, Integer.MAX_VALUE);
        for (Attribution a : history) {
            if (a.speaker().name().equals(full) && a.source().isPresent()) {
                String w = a.source().get().of(d.text).toLowerCase(Locale.ROOT);
                char g = CueLexicon.MALE.contains(w) ? 'm' : CueLexicon.FEMALE.contains(w) ? 'f' : '?';
                if (g != '?' && g != gender) {
                    return false;
                }
            }
            if (a.speaker().name().equals(full) && a.speaker().role().isPresent()) {
                for (String w : NOT_WORD.split(a.speaker().role().get().toLowerCase(Locale.ROOT))) {
                    char g = CueLexicon.MALE.contains(w) ? 'm' : CueLexicon.FEMALE.contains(w) ? 'f' : '?';
                    if (g != '?' && g != gender) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A role given with the name: words before it in its phrase ("spokesperson Wang Wenbin") or an apposition. */
    private static Optional<String> role(Discourse d, int s, int head, int[] range, Optional<EntityMention> entity) {
        Tree tree = d.trees.get(s);
        if (entity.isPresent() && entity.get().type().equals("PERSON")) {
            int first = range[0];
            int nameStart = entity.get().span().start();
            // "US President Joe Biden and Chinese leader Xi Jinping": only the words after the last coordinator.
            for (int i = range[0]; i <= range[1] && tree.token(i).span().end() <= nameStart; i++) {
                if (tree.pos(i).equals("CC") || tree.word(i).equals(",")) {
                    first = i + 1;
                }
            }
            while (first < range[1] && (tree.pos(first).equals("DT") || tree.isPunct(first))) {
                first++;
            }
            if (tree.token(first).span().start() < nameStart) {
                int last = first;
                while (last + 1 < tree.size() && tree.token(last + 1).span().end() <= nameStart) {
                    last++;
                }
                int[] r = tree.trim(first, last);
                String text = tree.span(r).of(d.text);
                if (!text.isBlank() && r[1] >= r[0]) {
                    return Optional.of(text);
                }
            }
        }
        int appos = tree.child(head, "appos");
        if (appos >= 0) {
            int[] r = tree.extent(tree.subtree(appos, Set.of("punct", "acl:relcl")), appos);
            return Optional.of(tree.span(r).of(d.text));
        }
        if (entity.isPresent() && entity.get().type().equals("PERSON")) {
            // "Professor Jeffrey Ding from George Washington University": the title inside the phrase.
            int[] r = tree.extent(tree.subtree(head, NOT_MENTION), head);
            for (int i = r[0]; i <= r[1]; i++) {
                if (tree.ner(i).equals("TITLE") && !entity.get().span().contains(tree.token(i).span())) {
                    return Optional.of(tree.word(i));
                }
            }
        }
        return Optional.empty();
    }

    /** The organisation a source belongs to: an organisation named in its phrase or apposition. */
    private static Optional<String> affiliation(Discourse d, int s, int head, Optional<EntityMention> self) {
        Tree tree = d.trees.get(s);
        boolean[] phrase = tree.subtree(head, Set.of("punct", "acl:relcl", "parataxis", "advcl", "ccomp", "dep"));
        String best = null;
        for (EntityMention e : d.entities) {
            if (e.sentence() != s || self.isPresent() && self.get().span().equals(e.span())) {
                continue;
            }
            int h = d.headOf(s, e.span());
            if (h < 0 || !phrase[h]) {
                continue;
            }
            if (e.type().equals("ORGANIZATION")) {
                return Optional.of(stripArticle(e.text()));
            }
            if (best == null && (e.type().equals("COUNTRY") || e.type().equals("NATIONALITY")
                    || e.type().equals("STATE_OR_PROVINCE") || e.type().equals("CITY"))) {
                best = e.text();
            }
        }
        if (best == null) {
            // "officials from the Biden administration": the object of the phrase's "of/from/at".
            for (int c : tree.children(head)) {
                String r = tree.relation(c);
                if (r.equals("nmod:from") || r.equals("nmod:at") || r.equals("nmod:with")) {
                    int[] range = tree.extent(tree.subtree(c, Set.of("punct", "case", "acl", "acl:relcl")), c);
                    return Optional.of(stripArticle(tree.span(range).of(d.text)));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The role the article gave a person at an earlier mention. */
    private static Optional<String> earlierRole(Discourse d, String fullName, int before) {
        for (EntityMention e : d.entities) {
            if (e.span().start() >= before) {
                break;
            }
            if (e.type().equals("PERSON") && d.fullName(e.text(), e.span().start()).equals(fullName)) {
                int h = d.headOf(e.sentence(), e.span());
                if (h >= 0) {
                    Tree tree = d.trees.get(e.sentence());
                    int[] range = tree.extent(tree.subtree(h, NOT_MENTION), h);
                    Optional<String> r = role(d, e.sentence(), h, range, Optional.of(e));
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The nearest earlier person whose given role has the word {@code roleNoun}: "the spokesperson" → Wang Wenbin. */
    private static Optional<String> personWithRole(Discourse d, int s, String roleNoun, int before) {
        String found = null;
        for (EntityMention e : d.entities) {
            if (e.span().start() >= before) {
                break;
            }
            if (!e.type().equals("PERSON")) {
                continue;
            }
            int h = d.headOf(e.sentence(), e.span());
            if (h < 0) {
                continue;
            }
            Tree tree = d.trees.get(e.sentence());
            int[] range = tree.extent(tree.subtree(h, NOT_MENTION), h);
            Optional<String> r = role(d, e.sentence(), h, range, Optional.of(e));
            if (r.isPresent() && List.of(NOT_WORD.split(r.get().toLowerCase(Locale.ROOT))).contains(roleNoun)) {
                found = d.fullName(e.text(), e.span().start());
            }
        }
        return Optional.ofNullable(found);
    }

    private static String determiner(Tree tree, int head) {
        for (int c : tree.children(head)) {
            String r = tree.relation(c);
            if (c < head && (r.equals("det") || r.equals("nummod") || r.equals("amod") && QUANTIFIERS.contains(
                    tree.lower(c)))) {
                return tree.lower(c);
            }
        }
        return "";
    }

    static String stripArticle(String name) {
        String n = name.strip();
        for (String a : List.of("the ", "The ")) {
            if (n.startsWith(a) && n.length() > a.length()) {
                return n.substring(a.length());
            }
        }
        return n;
    }
}
