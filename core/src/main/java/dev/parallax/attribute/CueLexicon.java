package dev.parallax.attribute;

import dev.parallax.core.WordList;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that mark an attribution, from the linguistics of reporting: verbs of speaking and writing, of thinking and
 * believing, of showing and finding, and of wanting and urging; the nouns and titles that name sources; and the
 * words that make a name a news outlet. The lists are resources, {@code words/*.txt} next to this class (one word a
 * line); the dependency relations stay here with the code that reads them.
 */
public final class CueLexicon {

    private CueLexicon() {
    }

    /** Verbs of saying and writing: their subject is the source, their clausal complement the content. */
    static final Set<String> SPEECH = words("speech-verbs");

    /**
     * Verbs of agreeing and committing: with a clause they report a view ("agreed that the shift was …"), with an
     * action they report a deal, not a statement ("Biden and Xi agreed to hold talks", "Clinton signed the bill").
     */
    static final Set<String> AGREEMENT = words("agreement-verbs");

    /**
     * Verbs of showing: with a person, a group or a document as subject they report ("the poll shows …"); with an
     * event or a thing ("The convening of this summit highlights …") they are the writer's own reading.
     */
    static final Set<String> SHOWING = words("showing-verbs");

    /** Verbs that are speech tags only next to a quotation: "“…,” Blackwell continued, “…”". */
    static final Set<String> TAG_ONLY = words("tag-only-verbs");

    /** Verbs of thinking and believing: PolNeAR counts beliefs as attributions too. */
    static final Set<String> COGNITION = words("cognition-verbs");

    /**
     * Verbs of saying whose object is the words said or the one told, never a name, a place or a time on its own
     * ("said Alan Abramowitz", "told CNN", "reported Saturday").
     */
    static final Set<String> SAYING = words("saying-verbs");

    /** Verbs of saying whose object can be what is said: "pointed out the crucial role of …". */
    static final Set<String> OBJECT_CONTENT = words("object-content-verbs");

    /**
     * Verbs of stance whose object (with its complement) is the attributed content: "endorsed Clinton", "called
     * the deal a disaster", "accused him of sexism", "referring to the recent killings".
     */
    static final Set<String> STANCE = words("stance-verbs");

    /** Verbs of speaking or taking a stance about something: "spoke of his faith", "pushed back against the attack". */
    static final Set<String> TOPIC = words("topic-verbs");

    /** Prepositions that introduce what a topic verb or a cue noun is about. */
    static final Set<String> TOPIC_RELATIONS = Set.of("obl:about", "obl:on", "obl:of", "obl:for", "obl:against",
            "obl:over", "obl:to", "obl:toward", "obl:towards", "obl:with", "obl:upon", "obl:at",
            "nmod:about", "nmod:on", "nmod:of", "nmod:for", "nmod:against", "nmod:over", "nmod:to", "nmod:toward",
            "nmod:with", "nmod:towards");

    /**
     * Adjectives of attitude, feeling or certainty whose complement is the content: "critical of", "worried that",
     * "eager to", "unclear whether" (the word as written).
     */
    static final Set<String> STANCE_ADJECTIVES = words("stance-adjectives");

    /** Verbs whose content is an infinitive: what someone wants, plans or urges. */
    static final Set<String> INTENTION = words("intention-verbs");

    /** Verbs of saying that lose their meaning as cues in these frames. */
    static final Set<String> WEAK = words("weak-cue-verbs");

    /** Verbs whose subject is the medium and whose object the speaker: {@code Reuters quoted one official}. */
    static final Set<String> CITING = words("citing-verbs");

    /** Nouns for documents that can be a source: {@code according to a report}. */
    static final Set<String> DOCUMENTS = words("document-nouns");

    /** Nouns for people by function: a source known only by role. */
    static final Set<String> ROLES = words("role-nouns");

    /** Nouns for groups and bodies that take positions: "voters", "the committee", "the administration". */
    static final Set<String> GROUPS = words("group-nouns");

    /**
     * Common nouns that PolNeAR's annotators let speak beyond the lists above ("runner", "neurosurgeon", "ad",
     * "law"): made from the train split's gold sources by {@code parallax train attribution --source-nouns-out}.
     */
    static final Set<String> SOURCE_NOUNS = words("source-nouns");

    /** Nouns for deliberately unnamed sources. */
    static final Set<String> ANONYMOUS = words("anonymous-nouns");

    /** Quantifiers that can be a source on their own: "Most of the candidates said …", "Several said …". */
    static final Set<String> QUANTIFIER_HEADS = words("quantifier-heads");

    /** Words in a name that mark it as a news outlet, agency or broadcaster. */
    static final Set<String> MEDIA_WORDS = words("media-words");

    /** Pronouns that can stand for a source, with the persons they fit. */
    static final Set<String> PERSON_PRONOUNS = words("person-pronouns");
    static final Set<String> PLURAL_PRONOUNS = words("plural-pronouns");
    static final Set<String> FIRST_PERSON = words("first-person-pronouns");

    /** Words that tell a person's gender. */
    static final Set<String> MALE = words("male-words");
    static final Set<String> FEMALE = words("female-words");

    /** The list {@code words/NAME.txt} of this package, loaded once with the class. */
    private static Set<String> words(String name) {
        return WordList.resource(CueLexicon.class, name);
    }

    /** The verbs of speech, cognition, intention and stance in one set: asked about every verb of every article. */
    private static final Set<String> CUE_VERBS = union(SPEECH, COGNITION, INTENTION, STANCE);

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    static boolean isCueVerb(String lemma) {
        return CUE_VERBS.contains(lemma);
    }

    /**
     * Whether the hand-made lists of the lexicon hold a noun as able to speak (a role, group, document, unnamed
     * source or medium); the nouns learned from gold sources are not counted, so that they can be learned again.
     */
    public static boolean listedSourceNoun(String lemma) {
        return ROLES.contains(lemma) || GROUPS.contains(lemma)
                || DOCUMENTS.contains(lemma) || ANONYMOUS.contains(lemma)
                || MEDIA_WORDS.contains(lemma);
    }

    /**
     * Whether a verb states a view even when denied: a verb of thinking, wanting or taking a stance of the lexicon
     * ("experts don't expect …" still says what they expect), unlike a verb of saying ("did not say whether …").
     */
    public static boolean viewVerb(String lemma) {
        return COGNITION.contains(lemma) || INTENTION.contains(lemma)
                || STANCE.contains(lemma);
    }
}
