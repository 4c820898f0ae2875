package dev.parallax.spark;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.embed.AnalysedArticle;
import dev.parallax.extract.Article;
import dev.parallax.index.AnalysisCodec;
import dev.parallax.ingest.RawDocument;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The two Parquet tables the job writes (documented in {@code docs/spark.md}):
 * <ul>
 *   <li>{@code analyses/}: one row per article — {@code id}, {@code analysis_version}, {@code origins},
 *   {@code title}, {@code outlet}, {@code published}, {@code url} (null when unknown), {@code analysis} (the
 *   {@link AnalysedArticle} in Smile, as a corpus stores it), {@code sentences} (span and bge-small vector of each
 *   sentence a corpus indexes for search) and {@code raw} (every input the article arrived from: origin, format,
 *   given and fallback metadata as JSON, SHA-256 and bytes, so that a corpus can analyse it again later);</li>
 *   <li>{@code problems/}: one row per input that could not be read or analysed — {@code stage}, {@code location},
 *   {@code message}, {@code kind} ({@code INPUT} or {@code INTERNAL}).</li>
 * </ul>
 */
final class AnalysisTable {

    static final StructType SENTENCE = DataTypes.createStructType(List.of(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("vector", DataTypes.createArrayType(DataTypes.FloatType, false), false)));

    static final StructType RAW = DataTypes.createStructType(List.of(
            field("origin", DataTypes.StringType, false),
            field("format", DataTypes.StringType, false),
            field("given", DataTypes.StringType, false),
            field("fallback", DataTypes.StringType, false),
            field("sha256", DataTypes.StringType, false),
            field("bytes", DataTypes.BinaryType, false)));

    static final StructType ANALYSES = DataTypes.createStructType(List.of(
            field("id", DataTypes.StringType, false),
            field("analysis_version", DataTypes.IntegerType, false),
            field("origins", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("title", DataTypes.StringType, true),
            field("outlet", DataTypes.StringType, true),
            field("published", DataTypes.StringType, true),
            field("url", DataTypes.StringType, true),
            field("analysis", DataTypes.BinaryType, false),
            field("sentences", DataTypes.createArrayType(SENTENCE, false), false),
            field("raw", DataTypes.createArrayType(RAW, false), false)));

    static final StructType PROBLEMS = DataTypes.createStructType(List.of(
            field("stage", DataTypes.StringType, false),
            field("location", DataTypes.StringType, false),
            field("message", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false)));

    private AnalysisTable() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /** One article's analysis as read back from the table. */
    record Stored(String id, int version, AnalysedArticle analysis, List<Span> sentences, float[][] vectors,
                  List<RawDocument> raw) {
    }

    static Row row(AnalysedArticle analysis, int version, List<Span> sentences, float[][] vectors, List<RawInput> raw) {
        Article a = analysis.article();
        List<Row> sentenceRows = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Float[] v = new Float[vectors[i].length];
            for (int j = 0; j < v.length; j++) {
                v[j] = vectors[i][j];
            }
            sentenceRows.add(RowFactory.create(sentences.get(i).start(), sentences.get(i).end(), v));
        }
        List<Row> rawRows = raw.stream().map(r -> RowFactory.create(r.origin(), r.format(), r.given(), r.fallback(),
                r.document().sha256(), r.bytes())).toList();
        return RowFactory.create(a.id(), version, a.origins().toArray(new String[0]),
                orNull(a.meta().title()), orNull(a.meta().outlet()), orNull(a.meta().published()),
                orNull(a.meta().url()), AnalysisCodec.encode(analysis), sentenceRows.toArray(new Row[0]),
                rawRows.toArray(new Row[0]));
    }

    private static String orNull(java.util.Optional<dev.parallax.core.Attested> field) {
        String v = Metadata.valueOf(field);
        return v.isEmpty() ? null : v;
    }

    static Row row(Problem p) {
        return RowFactory.create(p.stage(), p.location(), p.message(), p.kind().name());
    }

    static Stored stored(Row row) {
        List<Row> sentenceRows = row.getList(row.fieldIndex("sentences"));
        List<Span> spans = new ArrayList<>();
        float[][] vectors = new float[sentenceRows.size()][];
        for (int i = 0; i < sentenceRows.size(); i++) {
            Row s = sentenceRows.get(i);
            spans.add(new Span(s.getInt(0), s.getInt(1)));
            List<Float> v = s.getList(2);
            vectors[i] = new float[v.size()];
            for (int j = 0; j < v.size(); j++) {
                vectors[i][j] = v.get(j);
            }
        }
        List<RawDocument> raw = new ArrayList<>();
        for (Row r : row.<Row>getList(row.fieldIndex("raw"))) {
            raw.add(new RawInput(0, r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    (byte[]) r.get(5)).document());
        }
        return new Stored(row.getString(row.fieldIndex("id")), row.getInt(row.fieldIndex("analysis_version")),
                AnalysisCodec.analysis((byte[]) row.get(row.fieldIndex("analysis"))), spans, vectors, raw);
    }

    static Problem problem(Row row) {
        return new Problem(row.getString(0), row.getString(1), row.getString(2), Problem.Kind.valueOf(row.getString(3)));
    }
}
