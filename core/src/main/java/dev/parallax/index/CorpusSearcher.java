package dev.parallax.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads: a {@link SearchRequest} and one point-in-time view of the corpus index. Adds: the matching sentences, best
 * first, with the total before paging. Three modes over the same sentence documents —
 * <ul>
 *   <li>words: BM25 with English analysis (stemming: "chip" finds "chips", "controls" finds "controlled"); any word
 *       may match, more matching words rank higher; {@code "phrases"}, {@code +must}, {@code -not}, {@code pre*};</li>
 *   <li>meaning: the nearest sentence vectors (bge-small, HNSW);</li>
 *   <li>hybrid (the default): both lists fused by reciprocal rank fusion, so a sentence both find ranks first. A query
 *       with quotes or operators asks for exact words and is answered by BM25 alone.</li>
 * </ul>
 * Cut-offs keep the weak tail out (92 hits for 4 articles helps no one). A sentence is kept when
 * <ul>
 *   <li>its words score at least {@link #MIN_WORDS_SHARE} of the best BM25 score, or</li>
 *   <li>it shares a word with the query and is among the nearest in meaning (cosine within {@link #NEAR_BEST} of the
 *       best), or</li>
 *   <li>it shares no word but is close in meaning in absolute terms (cosine at least {@link #PARAPHRASE}) — a
 *       paraphrase; one-word queries rarely reach that, so "chip" and "chips" find the same sentences.</li>
 * </ul>
 * Meaning alone keeps sentences within {@link #NEAR_BEST} of the best and above {@link #MIN_COSINE}.
 */
public final class CorpusSearcher {

    /** The analysis of indexed text and of queries: English stop words, possessives and Porter stemming. */
    public static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** Reciprocal rank fusion constant (Cormack et al. 2009): dampens the weight of the very first ranks. */
    static final int RRF_K = 60;
    /** Candidates taken from each list before fusion and cut-off. */
    static final int CANDIDATES = 200;
    /** A words hit scores at least this share of the best words hit. */
    static final float MIN_WORDS_SHARE = 0.3f;
    /** bge-small cosines of a query and a sentence on its subject run 0.5–0.8; unrelated ones 0.3–0.5. */
    static final float MIN_COSINE = 0.45f;
    /** How far below the best cosine a sentence may be and still count as among the nearest. */
    static final float NEAR_BEST = 0.05f;
    /** A cosine that means the same thing in other words. */
    static final float PARAPHRASE = 0.65f;

    private static final Pattern EXACT = Pattern.compile("[\"*]|(^|\\s)[+-]\\S");

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    CorpusSearcher(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    SearchResults search(SearchRequest request, SentenceEmbedder embedder) throws IOException {
        Optional<Query> only = request.articles().map(ids ->
                new TermInSetQuery(CorpusIndex.SENTENCE_OF, ids.stream().map(BytesRef::new).toList()));
        boolean exact = EXACT.matcher(request.query()).find();
        List<Ranked> ranked = switch (request.mode()) {
            case TEXT -> strongWords(words(request.query(), only));
            case SEMANTIC -> nearest(meaning(request.query(), only, embedder));
            case HYBRID -> exact ? strongWords(words(request.query(), only))
                    : hybrid(words(request.query(), only), meaning(request.query(), only, embedder));
        };
        List<SearchHit> hits = new ArrayList<>();
        int end = Math.min(ranked.size(), request.offset() + request.limit());
        for (int i = request.offset(); i < end; i++) {
            hit(ranked.get(i)).ifPresent(hits::add);
        }
        return new SearchResults(ranked.size(), request.offset(), hits);
    }

    /** A sentence found, its fused score, and by what it was found. */
    private record Ranked(int doc, float score, String match) {
    }

    private List<Ranked> words(String query, Optional<Query> only) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, CorpusIndex.TEXT);
        parser.setDefaultOperator(Occur.SHOULD); // any word may match; more matching words score higher
        Query q = parser.parse(query);
        if (q == null) {
            return List.of(); // only stop words or operators
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        if (!EXACT.matcher(query).find() && query.strip().contains(" ")) {
            // The words side by side, as typed, rank above the same words apart ("joint statement" over "Joint Chiefs").
            Query phrase = parser.parse("\"" + query.strip() + "\"");
            if (phrase != null) {
                b.add(new org.apache.lucene.search.BoostQuery(phrase, 2f), Occur.SHOULD);
            }
        }
        b
                .add(new TermQuery(new Term(CorpusIndex.KIND, "sentence")), Occur.FILTER);
        only.ifPresent(f -> b.add(f, Occur.FILTER));
        TopDocs top = searcher.search(b.build(), CANDIDATES);
        List<Ranked> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(new Ranked(sd.doc, sd.score, "words"));
        }
        return out;
    }

    private List<Ranked> meaning(String query, Optional<Query> only, SentenceEmbedder embedder) throws IOException {
        float[] vector = embedder.embedQuery(query);
        TopDocs top = searcher.search(new KnnFloatVectorQuery(CorpusIndex.VECTOR, vector, CANDIDATES,
                only.orElse(null)), CANDIDATES);
        List<Ranked> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(new Ranked(sd.doc, 2 * sd.score - 1, "meaning")); // Lucene's DOT_PRODUCT score is (1 + cosine) / 2
        }
        return out;
    }

    /** Words hits scoring at least {@link #MIN_WORDS_SHARE} of the best. */
    private static List<Ranked> strongWords(List<Ranked> words) {
        float best = words.isEmpty() ? 0 : words.getFirst().score();
        return words.stream().filter(r -> r.score() >= MIN_WORDS_SHARE * best).toList();
    }

    /** Meaning hits within {@link #NEAR_BEST} of the best and above {@link #MIN_COSINE}. */
    private static List<Ranked> nearest(List<Ranked> meaning) {
        float best = meaning.isEmpty() ? 0 : meaning.getFirst().score();
        return meaning.stream().filter(r -> r.score() >= Math.max(MIN_COSINE, best - NEAR_BEST)).toList();
    }

    /**
     * Both full lists fused by reciprocal rank — each adds 1 / (k + rank) to the sentences it found, so a sentence
     * high in both ranks first — then the cut-offs of the class comment decide which sentences stay.
     */
    private static List<Ranked> hybrid(List<Ranked> words, List<Ranked> meaning) {
        java.util.Set<Integer> keep = new java.util.HashSet<>();
        strongWords(words).forEach(r -> keep.add(r.doc()));
        java.util.Set<Integer> worded = new java.util.HashSet<>();
        words.forEach(r -> worded.add(r.doc()));
        nearest(meaning).stream().filter(r -> worded.contains(r.doc())).forEach(r -> keep.add(r.doc()));
        meaning.stream().filter(r -> r.score() >= PARAPHRASE).forEach(r -> keep.add(r.doc()));
        Map<Integer, Float> score = new LinkedHashMap<>();
        Map<Integer, String> match = new HashMap<>();
        for (List<Ranked> list : List.of(words, meaning)) {
            for (int rank = 0; rank < list.size(); rank++) {
                Ranked r = list.get(rank);
                if (!keep.contains(r.doc())) {
                    continue;
                }
                score.merge(r.doc(), 1f / (RRF_K + rank + 1), Float::sum);
                match.merge(r.doc(), r.match(), (a, b) -> a + "+" + b);
            }
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<Integer, Float>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Ranked(e.getKey(), e.getValue(), match.get(e.getKey()))).toList();
    }

    private Optional<SearchHit> hit(Ranked r) throws IOException {
        Document sentence = searcher.storedFields().document(r.doc());
        TopDocs article = searcher.search(new TermQuery(new Term(CorpusIndex.ARTICLE, sentence.get(CorpusIndex.SENTENCE_OF))), 1);
        if (article.scoreDocs.length == 0) {
            return Optional.empty(); // a sentence of an article cleared in the same uncommitted batch; never after a commit
        }
        Document a = searcher.storedFields().document(article.scoreDocs[0].doc);
        List<String> origins = List.of(a.getValues("origins"));
        return Optional.of(new SearchHit(a.get(CorpusIndex.ARTICLE), origins.isEmpty() ? "" : origins.getFirst(), origins,
                a.get(CorpusIndex.TITLE), a.get("outlet"), a.get("published"), a.get("url"), r.score(), r.match(),
                sentence.getField("start").numericValue().intValue(), sentence.getField("end").numericValue().intValue(),
                sentence.get(CorpusIndex.TEXT)));
    }
}
