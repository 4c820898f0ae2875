package dev.parallax.attribute;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Tree;
import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Reads: a parsed sentence. Adds: whether a verb the cue lexicon does not hold is the cue of an attribution ("X
 * vented that …", "X knocked the plan", "X is pushing for …"), by a {@link LinearModel} trained on PolNeAR's train
 * split ({@code parallax train attribution}) over what the parse shows of the verb: its lemma and part of speech,
 * its relation to its head, the relations of its dependents (a clause, an infinitive, an object, "that"), the
 * preposition after it and what its subject is. {@link ReportedSpeechFinder} builds the attribution of a verb it
 * accepts from the parse as it builds one of a lexicon verb. Verbs the lexicon holds are the rules' alone. The same
 * model, with features of their own ({@link NounCue#features}), decides which nouns with a complement are cues ("his
 * support for …", "raised questions about …", "the claim that …"). Bad input: an unparsed sentence has no
 * candidates. Immutable and thread-safe.
 */
public final class CueDetector {

    /** Where the bundled model lives, and how it was made: see docs/attribution.md. */
    public static final String MODEL = "attribution-cues.model";

    private final LinearModel model;

    /** A detector that accepts the verbs {@code model} gives at least its threshold. */
    public CueDetector(LinearModel model) {
        this.model = requireNonNull(model, "model");
    }

    /** The detector of the bundled model, trained on PolNeAR's train split. */
    public static CueDetector bundled() {
        return Bundled.DETECTOR;
    }

    private static final class Bundled {
        private static final CueDetector DETECTOR = new CueDetector(LinearModel.resource(MODEL));
    }

    public LinearModel model() {
        return model;
    }

    /** Whether token {@code i} is a verb outside the lexicon that the model accepts. */
    boolean isCue(Tree tree, int i) {
        return candidate(tree, i) && model.accepts(f -> features(tree, i, f));
    }

    /** Whether token {@code i} is a noun with a complement that the model accepts ("his support for …"). */
    boolean isNounCue(Tree tree, int i) {
        return NounCue.candidate(tree, i) && model.accepts(f -> features(tree, i, f));
    }

    /** Whether the model accepts token {@code i}, whatever the lexicon holds (the caller knows it is a candidate). */
    boolean accepts(Tree tree, int i) {
        return model.accepts(f -> features(tree, i, f));
    }

    /** One candidate cue of an article and what the model reads of it: what training learns from. */
    public record Candidate(Span span, List<String> features) {
        public Candidate {
            requireNonNull(span, "span");
            features = List.copyOf(features);
        }
    }

    /**
     * Every candidate cue of {@code article} outside quotation marks, in text order: the verbs the lexicon lacks,
     * the lexicon's verbs that the rules read in none of their frames, and the nouns with a complement.
     */
    public static List<Candidate> candidates(AnnotatedArticle article) {
        List<Candidate> out = new ArrayList<>();
        if (article.sentences().isEmpty()) {
            return out;
        }
        Discourse d = new Discourse(article);
        ReportedSpeechFinder rules = new ReportedSpeechFinder(java.util.Optional.empty());
        List<Quotation> quotations = new QuoteFinder().find(d.text, article.article().origin()).quotations();
        for (Tree tree : d.trees) {
            if (!tree.parsed()) {
                continue;
            }
            for (int i = 0; i < tree.size(); i++) {
                boolean unframed = tree.pos(i).startsWith("VB") && ReportedSpeechFinder.framedVerb(tree.lemma(i))
                        && !rules.framed(tree, i);
                if ((candidate(tree, i) || unframed || NounCue.candidate(tree, i))
                        && !CueFrame.insideQuotation(tree.token(i).span(), quotations)) {
                    int token = i;
                    out.add(new Candidate(tree.token(i).span(), FeatureSink.names(f -> features(tree, token, f))));
                }
            }
        }
        return out;
    }

    /** A verb the rules do not already read as a cue. */
    static boolean candidate(Tree tree, int i) {
        return tree.pos(i).startsWith("VB") && !ReportedSpeechFinder.rulesCue(tree.lemma(i));
    }

    /** Relations of a verb's dependents that tell its frame. */
    private static final Set<String> FRAME = Set.of("ccomp", "xcomp", "obj", "iobj", "parataxis", "csubj",
            "advcl", "obl", "nsubj", "nsubj:pass", "aux:pass", "compound:prt", "mark", "expl");

    /** What the model reads of token {@code i}, written to {@code f}. */
    static void features(Tree tree, int i, FeatureSink f) {
        if (!tree.pos(i).startsWith("VB")) {
            // A noun has features of its own, so the verbs' weights are learned as if nouns were not there.
            NounCue.features(tree, i, f);
            return;
        }
        String lemma = tree.lemma(i).toLowerCase(Locale.ROOT);
        f.add("bias");
        f.add("lemma=", lemma);
        f.add("pos=", tree.pos(i));
        f.add("rel=", tree.baseRelation(i));
        boolean clause = false;
        for (int c : tree.children(i)) {
            String r = tree.relation(c);
            String base = tree.baseRelation(c);
            if (FRAME.contains(base) || r.startsWith("obl:")) {
                f.add("child=", r);
            }
            if (base.equals("ccomp") || base.equals("xcomp") || base.equals("obj")) {
                f.add("lemma,child=", lemma, ",", base);
                if (c < i) {
                    f.add("child-before=", base);
                }
            }
            if (base.equals("ccomp") || base.equals("parataxis") || base.equals("csubj")) {
                clause = true;
                if (tree.hasChild(c, "mark", "that")) {
                    f.add("that-clause");
                }
            }
            if (base.equals("compound:prt")) {
                f.add("lemma,particle=", lemma, ",", tree.lower(c));
            }
            if (base.equals("nsubj")) {
                f.add("subj.ner=", tree.ner(c));
                f.add("subj.pos=", tree.pos(c));
                String subject = tree.lemma(c).toLowerCase(Locale.ROOT);
                if (CueLexicon.ROLES.contains(subject) || CueLexicon.ANONYMOUS.contains(subject)) {
                    f.add("subj.role");
                } else if (CueLexicon.GROUPS.contains(subject)) {
                    f.add("subj.group");
                } else if (CueLexicon.DOCUMENTS.contains(subject)) {
                    f.add("subj.document");
                }
                f.add("subj.agent=", String.valueOf(CueFrame.agent(tree, c)));
            }
        }
        f.add("clause=", String.valueOf(clause));
        if (i + 1 < tree.size() && (tree.pos(i + 1).equals("IN") || tree.pos(i + 1).equals("RP")
                || tree.pos(i + 1).equals("TO"))) {
            f.add("next=", tree.lower(i + 1));
            f.add("lemma,next=", lemma, ",", tree.lower(i + 1));
        }
        if (i > 0 && tree.word(i - 1).equals(",")) {
            f.add("after-comma");
        }
        if (CueLexicon.TOPIC.contains(lemma)) {
            f.add("lexicon=topic");
        }
        if (CueLexicon.OBJECT_CONTENT.contains(lemma)) {
            f.add("lexicon=object");
        }
        if (CueLexicon.isCueVerb(lemma)) {
            f.add("lexicon=cue");
        }
        if (CueLexicon.TAG_ONLY.contains(lemma)) {
            f.add("lexicon=tag");
        }
    }
}
