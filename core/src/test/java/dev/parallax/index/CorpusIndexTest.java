package dev.parallax.index;

import dev.parallax.core.Progress;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.ingest.Ingester;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The corpus index with real Lucene on disk and the real bge-small embedding model. */
class CorpusIndexTest {

    private static final SentenceEmbedder EMBEDDER = new BgeSmallEmbedder();

    @TempDir
    Path tmp;

    private static final Pipeline PIPELINE = new Pipeline();

    /** The real analysis; the sample's articles are analysed once per test run and reused. */
    private static List<AnalysedArticle> analyse(List<Article> articles, Progress progress) {
        Map<String, AnalysedArticle> sample = new HashMap<>();
        SampleCorpus.analysed().forEach(a -> sample.put(a.id(), a));
        return articles.stream().map(a -> {
            AnalysedArticle known = sample.get(a.id());
            AnalysedArticle out = known != null ? known : PIPELINE.analyse(a);
            progress.step();
            return out;
        }).toList();
    }

    private static Indexer indexer(CorpusIndex index, int batch) {
        return new Indexer(index, PIPELINE::extract, CorpusIndexTest::analyse, EMBEDDER, Pipeline.ANALYSIS_VERSION,
                batch);
    }

    private IndexReport ingest(CorpusIndex index, List<Path> inputs, int batch) throws IOException {
        return indexer(index, batch).index(new Ingester().ingest(inputs), Progress.NONE, n -> { });
    }

    private static List<String> files(List<SearchHit> hits) {
        return hits.stream().map(h -> Path.of(h.origin()).getFileName().toString().substring(0, 3)).toList();
    }

    @Test
    void phraseSearchFindsTheTwoArticlesThatSayJointStatement() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            ingest(index, List.of(SampleCorpus.directory()), 16);
            for (String query : List.of("joint statement", "\"joint statement\"")) {
                List<SearchHit> hits = index.search(
                        new SearchRequest(query, SearchRequest.Mode.TEXT, 10, Optional.empty()), EMBEDDER).hits();
                assertThat(files(hits)).as(query).containsExactlyInAnyOrder("000", "002");
                assertThat(hits).allSatisfy(h -> assertThat(h.snippet().toLowerCase()).contains("joint statement"));
            }
        }
    }

    @Test
    void semanticSearchFindsTheChipRestrictionSentences() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            ingest(index, List.of(SampleCorpus.directory()), 16);
            List<SearchHit> top = index.search(new SearchRequest("export controls on chips",
                    SearchRequest.Mode.SEMANTIC, 3, Optional.empty()), EMBEDDER).hits();
            assertThat(top).anySatisfy(h -> {
                assertThat(files(List.of(h))).containsExactly("001");
                assertThat(h.snippet()).contains("restrictions further limiting the sale and resale of advanced AI chips");
            });
            assertThat(top).anySatisfy(h -> {
                assertThat(files(List.of(h))).containsExactly("003");
                assertThat(h.snippet()).contains("chip export to China controlled");
            });
        }
    }

    @Test
    void hybridSearchFindsTheChipRestrictionSentencesFirstWithoutAnyFlag() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            ingest(index, List.of(SampleCorpus.directory()), 16);
            SearchResults results = index.search(new SearchRequest("export controls on chips",
                    SearchRequest.Mode.HYBRID, 10, Optional.empty()), EMBEDDER);
            assertThat(files(results.hits().subList(0, 2))).containsExactlyInAnyOrder("001", "003");
            assertThat(results.hits().subList(0, 2)).extracting(SearchHit::snippet).anySatisfy(s ->
                    assertThat(s).contains("advanced AI chips")).anySatisfy(s -> assertThat(s).contains("chip export"));
            assertThat(results.total()).as("the cut-off keeps the weak tail out").isLessThan(10);
        }
    }

    @Test
    void singularAndPluralFindTheSameSentences() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            ingest(index, List.of(SampleCorpus.directory()), 16);
            java.util.function.Function<String, Set<String>> found = q -> {
                try {
                    return index.search(new SearchRequest(q, SearchRequest.Mode.HYBRID, 100, Optional.empty()), EMBEDDER)
                            .hits().stream().map(h -> h.article() + ":" + h.start()).collect(java.util.stream.Collectors.toSet());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            assertThat(found.apply("chip")).hasSize(3).isEqualTo(found.apply("chips"));
            assertThat(found.apply("sanction")).isNotEmpty().isEqualTo(found.apply("sanctions"));
        }
    }

    @Test
    void headingsAndSourceLinesAreNotSearchedAsSentences() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            ingest(index, List.of(SampleCorpus.directory()), 16);
            SearchResults results = index.search(new SearchRequest("Sources Nikkei Breaking Defense",
                    SearchRequest.Mode.HYBRID, 100, Optional.empty()), EMBEDDER);
            assertThat(results.hits()).extracting(SearchHit::snippet).noneMatch(s -> s.startsWith("Sources:"));
        }
    }

    @Test
    void pagesOfOneSearchAddUpToItsTotal() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            ingest(index, List.of(SampleCorpus.directory()), 16);
            SearchResults all = index.search(new SearchRequest("talks", SearchRequest.Mode.HYBRID, 100, Optional.empty()), EMBEDDER);
            assertThat(all.total()).isGreaterThan(3);
            SearchResults second = index.search(new SearchRequest("talks", SearchRequest.Mode.HYBRID, 2, 2, Optional.empty()), EMBEDDER);
            assertThat(second.total()).isEqualTo(all.total());
            assertThat(second.hits()).isEqualTo(all.hits().subList(2, 4));
        }
    }

    @Test
    void sameTextTwiceIsOneArticleWithBothOrigins() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n");
        Files.writeString(dir.resolve("b.txt"), "Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n");
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            IndexReport first = ingest(index, List.of(dir), 16);
            assertThat(first.added()).isEqualTo(1);
            assertThat(first.sameText()).isEqualTo(1);
            IndexReport again = ingest(index, List.of(dir), 16);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.changed()).isFalse();
            assertThat(index.counts()).containsEntry("raw", 2).containsEntry("article", 1);
            SearchHit hit = index.search(new SearchRequest("harbour", SearchRequest.Mode.TEXT, 5, Optional.empty()),
                    EMBEDDER).hits().getFirst();
            assertThat(hit.origins()).extracting(o -> Path.of(o).getFileName().toString())
                    .containsExactly("a.txt", "b.txt");
        }
    }

    @Test
    void readersSeeOnlyCommittedWrites() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Rail strike\n\nTrain drivers walked out on Friday.\n");
        try (CorpusIndex writer = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            writer.putRaw(new Ingester().ingest(List.of(dir)).documents().getFirst());
            try (CorpusIndex reader = CorpusIndex.openForReading(tmp.resolve("data"))) {
                assertThat(reader.counts()).containsEntry("raw", 0);
                writer.commit();
                reader.refresh();
                assertThat(reader.counts()).containsEntry("raw", 1);
            }
        }
    }

    @Test
    void closingWithoutCommitDropsTheUncommittedBatchAsACrashWould() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Rail strike\n\nTrain drivers walked out on Friday.\n");
        try (CorpusIndex writer = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            writer.putRaw(new Ingester().ingest(List.of(dir)).documents().getFirst());
        }
        try (CorpusIndex again = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            assertThat(again.counts()).containsEntry("raw", 0);
            assertThat(ingest(again, List.of(dir), 1).added()).isEqualTo(1);
        }
    }

    @Test
    void reanalyzeRedoesNothingWhenCurrentAndEverythingWithAll() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            IndexReport first = ingest(index, List.of(SampleCorpus.directory()), 2);
            assertThat(first.analysed()).isEqualTo(4);
            List<String> before = index.articleIds().stream().sorted().toList();
            var counts = index.counts();
            assertThat(counts).containsEntry("analysis", 4);
            IndexReport nothing = indexer(index, 16).reanalyze(false, Progress.NONE, n -> { });
            assertThat(nothing.analysed()).isZero();
            assertThat(index.marker(Indexer.REGROUP)).isEmpty();
            IndexReport all = indexer(index, 16).reanalyze(true, Progress.NONE, n -> { });
            assertThat(all.analysed()).isEqualTo(4);
            assertThat(index.marker(Indexer.REGROUP)).isPresent();
            assertThat(index.articleIds().stream().sorted().toList()).isEqualTo(before);
            assertThat(index.counts()).isEqualTo(counts);
        }
    }

    @Test
    void anOlderAnalysisVersionIsAnalysedAgainAndOnlyThat() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Rail strike\n\nTrain drivers walked out on Friday, the union said.\n");
        Files.writeString(dir.resolve("b.txt"), "Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n");
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp.resolve("data"))) {
            ingest(index, List.of(dir), 16);
            String rail = index.articleOf(dir.resolve("a.txt").toString()).orElseThrow();
            index.putAnalysis(index.analysis(rail).orElseThrow(), Pipeline.ANALYSIS_VERSION - 1);
            index.commit();
            IndexReport report = indexer(index, 16).reanalyze(false, Progress.NONE, n -> { });
            assertThat(report.analysed()).isEqualTo(1);
            assertThat(index.analysisStamps().get(rail).version()).isEqualTo(Pipeline.ANALYSIS_VERSION);
            assertThat(indexer(index, 16).reanalyze(false, Progress.NONE, n -> { }).analysed()).isZero();
        }
    }

    @Test
    void aStoredAnalysisReadsBackAsTheAnalysisThatWasWritten() throws IOException {
        AnalysedArticle semafor = SampleCorpus.analysed("000");
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            index.putAnalysis(semafor, Pipeline.ANALYSIS_VERSION);
            index.commit();
            AnalysedArticle back = index.analysis(semafor.id()).orElseThrow();
            assertThat(back.annotated()).isEqualTo(semafor.annotated());
            assertThat(back.attributed()).isEqualTo(semafor.attributed());
            assertThat(back.vectors().lead()).containsExactly(semafor.vectors().lead());
            assertThat(back.vectors().title()).containsExactly(semafor.vectors().title());
        }
        assertThat(AnalysisCodec.encode(semafor).length).as("stored bytes of one analysis")
                .isLessThan(semafor.article().text().length() * 16);
    }

    @Test
    void restrictingToArticlesAndLimitingBoundTheHits() throws IOException {
        try (CorpusIndex index = CorpusIndex.openForWriting(tmp)) {
            ingest(index, List.of(SampleCorpus.directory()), 16);
            String only = index.search(new SearchRequest("joint statement", SearchRequest.Mode.TEXT, 10,
                    Optional.empty()), EMBEDDER).hits().getLast().article();
            assertThat(index.search(new SearchRequest("joint statement", SearchRequest.Mode.TEXT, 10,
                    Optional.of(Set.of(only))), EMBEDDER).hits()).extracting(SearchHit::article).containsExactly(only);
            assertThat(index.search(new SearchRequest("China", SearchRequest.Mode.SEMANTIC, 10,
                    Optional.of(Set.of(only))), EMBEDDER).hits()).extracting(SearchHit::article).containsOnly(only);
            assertThat(index.search(new SearchRequest("China", SearchRequest.Mode.SEMANTIC, 1_000_000,
                    Optional.empty()), EMBEDDER).hits()).hasSizeLessThanOrEqualTo(SearchRequest.MAX_LIMIT);
            assertThat(new SearchRequest("x", SearchRequest.Mode.TEXT, 1_000_000, Optional.empty()).limit())
                    .isEqualTo(SearchRequest.MAX_LIMIT);
        }
    }

    @Test
    void readingAMissingCorpusSaysHowToCreateIt() {
        assertThatThrownBy(() -> CorpusIndex.openForReading(tmp.resolve("nothing")))
                .isInstanceOf(IOException.class).hasMessageContaining("no corpus at")
                .hasMessageContaining("parallax ingest");
    }

    @Test
    void aSecondWriterIsToldAnotherProcessIsWriting() throws IOException {
        try (CorpusIndex first = CorpusIndex.openForWriting(tmp)) {
            assertThatThrownBy(() -> CorpusIndex.openForWriting(tmp)).isInstanceOf(IOException.class)
                    .hasMessageContaining("another process is writing");
        }
        try (Stream<Path> files = Files.list(tmp.resolve("index"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("segments_"));
        }
    }
}
