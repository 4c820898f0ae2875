package dev.parallax.annotate;

import dev.parallax.core.Metadata;
import dev.parallax.core.TextMap;
import dev.parallax.extract.Articles;
import dev.parallax.ingest.Format;
import dev.parallax.ingest.RawDocument;
import dev.parallax.core.Attested;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpAnnotatorTest {

    private static final String TEXT = """
            U.S. Secretary of State Antony Blinken said on Tuesday that the Chinese delegation would arrive in \
            Geneva next week, two days after the talks in San Francisco.
            
            "We are not here to make deals," a senior administration official told Reuters, adding that \
            $5 million and 40 percent of the budget were at stake in 2024.""";

    /** Sentences that CoreNLP's fine-grained RegexNER tags through its regular-expression entries, and some not. */
    private static final String GAZETTEER_TEXT = """
            Rep. Maxine Waters of Calif. met a climate activist in Sacramento on Monday.
            
            Write to press@example.org or see www.example.gov for the report, the state Sen. said.
            
            The Secretary of the Treasury and the Chief Justice spoke in Paris, France, about Buddhism.
            
            She was charged with murder after the Brazilian fans left the stadium.""";

    /**
     * Time expressions and numbers of many kinds (relative, written in words, holidays, seasons, clock times, a time
     * word alone), next to sentences that hold none, which SUTime is not asked about.
     */
    private static final String TIME_TEXT = """
            The ministers met on Tuesday, three days after the summit, and will meet again next spring.
            
            The delegation left the building without a word to the waiting reporters.
            
            Talks resumed at half past nine in the morning; a dozen aides stayed overnight.
            
            Officials currently expect a deal, the spokeswoman said, as they did once before in the past.
            
            Negotiators from both sides described the atmosphere as constructive and frank.
            
            Sales rose sharply over Thanksgiving and Christmas, and the biweekly report came out in mid-March.
            
            The first of the two-year programs began decades ago; the nineteen-eighties saw none of it.
            
            Critics called the plan reckless, and its supporters called the critics naive.
            
            The committee, which met in Geneva on the second Tuesday of May 2023 after a long and difficult series of \
            closed meetings with the delegations of the member states and their advisers, said that its members \
            would publish the findings within three weeks at a cost of $5 million, or 40 percent of its budget.""";

    private static final class Reference {
        private static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(CoreNlpAnnotator.properties());
    }

    private static AnnotatedArticle annotate(String text) {
        RawDocument doc = new RawDocument("inline.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT,
                Metadata.EMPTY);
        return CoreNlpAnnotator.shared().annotate(Articles.of(doc, text, TextMap.identity(text.length()),
                Metadata.EMPTY, List.of(), List.of()));
    }

    @Test
    void annotatesExactlyAsStanfordCoreNlpWithTheSameProperties() {
        AnnotatedArticle ours = annotate(TEXT);
        CoreDocument reference = new CoreDocument(TEXT);
        Reference.PIPELINE.annotate(reference);

        List<String> expectedTokens = new ArrayList<>();
        List<String> expectedArcs = new ArrayList<>();
        for (CoreSentence s : reference.sentences()) {
            for (CoreLabel t : s.tokens()) {
                expectedTokens.add(t.beginPosition() + " " + t.originalText() + "/" + t.tag() + "/" + t.lemma() + "/" + t.ner());
            }
            for (SemanticGraphEdge e : s.dependencyParse().edgeIterable()) {
                expectedArcs.add(e.getGovernor().index() - 1 + " " + e.getRelation() + " " + (e.getDependent().index() - 1));
            }
        }
        List<String> tokens = new ArrayList<>();
        List<String> arcs = new ArrayList<>();
        for (Sentence s : ours.sentences()) {
            for (Token t : s.tokens()) {
                tokens.add(t.span().start() + " " + t.word() + "/" + t.pos() + "/" + t.lemma() + "/" + t.ner());
            }
            for (Dependency d : s.dependencies()) {
                if (!d.isRoot()) {
                    arcs.add(d.governor() + " " + d.relation() + " " + d.dependent());
                }
            }
        }
        assertThat(tokens).containsExactlyElementsOf(expectedTokens);
        assertThat(arcs).containsExactlyElementsOf(expectedArcs);
        List<String> mentions = new ArrayList<>();
        ours.entities().forEach(e -> mentions.add(e.text() + "/" + e.type()));
        ours.times().forEach(t -> mentions.add(t.text() + "/" + t.type()));
        List<String> expectedMentions = reference.entityMentions().stream()
                .map(m -> m.text() + "/" + m.entityType()).sorted().toList();
        assertThat(mentions.stream().sorted().toList()).isEqualTo(expectedMentions);
        assertThat(mentions).contains("Antony Blinken/PERSON", "Secretary of State/TITLE", "Chinese/NATIONALITY",
                "Tuesday/DATE", "next week/DATE", "$5 million/MONEY");
    }

    @Test
    void tagsFineGrainedTypesExactlyAsStanfordCoreNlpAlsoWhereItsRegularExpressionEntriesMatch() {
        AnnotatedArticle ours = annotate(GAZETTEER_TEXT);
        CoreDocument reference = new CoreDocument(GAZETTEER_TEXT);
        Reference.PIPELINE.annotate(reference);

        List<String> expected = new ArrayList<>();
        reference.tokens().forEach(t -> expected.add(t.beginPosition() + " " + t.originalText() + "/" + t.ner()));
        List<String> tokens = new ArrayList<>();
        ours.sentences().forEach(s -> s.tokens().forEach(t -> tokens.add(t.span().start() + " " + t.word() + "/" + t.ner())));
        assertThat(tokens).containsExactlyElementsOf(expected);
        List<String> mentions = ours.entities().stream().map(e -> e.text() + "/" + e.type()).toList();
        List<String> expectedMentions = reference.entityMentions().stream()
                .filter(m -> !List.of("DATE", "TIME", "DURATION", "SET").contains(m.entityType()))
                .map(m -> m.text() + "/" + m.entityType()).toList();
        assertThat(mentions).containsExactlyInAnyOrderElementsOf(expectedMentions);
        // Tagged by regular-expression entries ("Calif\\.?", the e-mail pattern) and by plain ones (activist, France,
        // Brazilian, murder): both kinds of entry still apply.
        assertThat(mentions).contains("Calif./STATE_OR_PROVINCE", "press@example.org/EMAIL", "activist/TITLE",
                "France/COUNTRY", "Brazilian/NATIONALITY", "murder/CRIMINAL_CHARGE");
    }

    @Test
    void findsTheSameTimeExpressionsAndNumbersAsStanfordCoreNlpThoughSuTimeSkipsSentencesWithoutTimeWords() {
        Metadata published = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Attested("2024-05-14", "test")), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        RawDocument doc = new RawDocument("inline.txt", TIME_TEXT.getBytes(StandardCharsets.UTF_8), Format.TEXT,
                published);
        AnnotatedArticle ours = CoreNlpAnnotator.shared().annotate(Articles.of(doc, TIME_TEXT,
                TextMap.identity(TIME_TEXT.length()), published, List.of(), List.of()));
        CoreDocument reference = new CoreDocument(TIME_TEXT);
        reference.annotation().set(CoreAnnotations.DocDateAnnotation.class, "2024-05-14");
        Reference.PIPELINE.annotate(reference);

        List<String> expectedTokens = new ArrayList<>();
        reference.tokens().forEach(t -> expectedTokens.add(t.beginPosition() + " " + t.originalText() + "/" + t.ner()));
        List<String> tokens = new ArrayList<>();
        ours.sentences().forEach(s -> s.tokens().forEach(t -> tokens.add(t.span().start() + " " + t.word() + "/" + t.ner())));
        assertThat(tokens).containsExactlyElementsOf(expectedTokens);
        List<String> expectedTimes = new ArrayList<>();
        for (CoreEntityMention m : reference.entityMentions()) {
            if (List.of("DATE", "TIME", "DURATION", "SET").contains(m.entityType())) {
                Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                String value = timex != null ? timex.value()
                        : m.tokens().getFirst().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                expectedTimes.add(m.charOffsets().first() + " " + m.text() + "/" + m.entityType() + "/" + value);
            }
        }
        List<String> times = ours.times().stream()
                .map(t -> t.span().start() + " " + t.text() + "/" + t.type() + "/" + t.value()).toList();
        assertThat(times).isEqualTo(expectedTimes);
        assertThat(times).anySatisfy(t -> assertThat(t).contains("Tuesday/DATE/2024-05-14"))
                .anySatisfy(t -> assertThat(t).contains("three days/DURATION/P3D"))
                .anySatisfy(t -> assertThat(t).contains("currently/DATE/PRESENT_REF"))
                .anySatisfy(t -> assertThat(t).contains("Christmas/DATE"))
                .anySatisfy(t -> assertThat(t).contains("the second Tuesday of May 2023/DATE"))
                .anySatisfy(t -> assertThat(t).contains("three weeks/DURATION/P3W"));
        assertThat(tokens).anySatisfy(t -> assertThat(t).endsWith(" dozen/NUMBER"))
                .anySatisfy(t -> assertThat(t).endsWith(" $/MONEY"))
                .anySatisfy(t -> assertThat(t).endsWith(" 40/PERCENT"));
    }

    @Test
    void asksSuTimeOnlyAboutSentencesWithAWordThatTimesOrNumbersNeed() {
        assertThat(List.of("Tuesday", "Tues.", "spring", "ago", "now", "currently", "past", "decades", "mid-March",
                "biweekly", "nineteen-eighties", "two-year", "dozen", "half", "first", "2024", "9:30", "Thanksgiving",
                "overnight", "p.m."))
                .allSatisfy(w -> assertThat(CandidateSuTime.isAnchor(w)).as(w).isTrue());
        assertThat(List.of("The", "delegation", "left", "building", "without", "word", "reporters", "constructive",
                "frank", "Critics", "reckless", "naive", ",", "."))
                .allSatisfy(w -> assertThat(CandidateSuTime.isAnchor(w)).as(w).isFalse());
    }

    @Test
    void asksSuTimeAboutTheWordsAroundTimeWordsAndNumbersOnly() {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : ("The committee , which met on the second Tuesday of May 2023 after a long and difficult series"
                + " of closed meetings with the delegations of the member states and their advisers , said that its"
                + " members would publish the findings within three weeks .").split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            tokens.add(t);
        }
        List<int[]> windows = CandidateSuTime.windows(tokens);
        // "second Tuesday of May 2023" and "three weeks" are far apart: two windows, each reaching past its words
        assertThat(windows).hasSize(2);
        assertThat(windows.getFirst()).containsExactly(7 - CandidateSuTime.REACH, 11 + CandidateSuTime.REACH + 1);
        assertThat(windows.getLast()[1]).isEqualTo(tokens.size());
        assertThat(CandidateSuTime.windows(tokens.subList(12, 21))).isEmpty();
    }

    @Test
    void recordsTheCpuTimeOfEachAnnotator() {
        annotate("The minister said on Monday that the talks would go on.");
        assertThat(CoreNlpAnnotator.shared().annotatorTimes())
                .containsKeys("tokenize,ssplit", "pos", "lemma", "ner", "depparse")
                .allSatisfy((name, nanos) -> assertThat(nanos).isPositive());
    }
}
