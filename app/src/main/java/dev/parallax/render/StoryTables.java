package dev.parallax.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.ClaimView;
import dev.parallax.brief.Grounded;
import dev.parallax.brief.SourceRef;
import dev.parallax.brief.StoryBrief;
import dev.parallax.brief.TimelineEntry;
import dev.parallax.brief.VoiceView;
import dev.parallax.resolve.OutletRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads: a story of a briefing. Adds: its claims, quotes, timeline and who-quotes-whom as flat tables, one row per
 * cited span (or per outlet and voice), written as CSV with a header row or as JSON. Each row names the article and
 * the span {@code [start, end)} in its clean text, so a spreadsheet row leads back to its source. Values are the
 * briefing's own (claim relations as in the JSON contract: shared, several-sides, one-side, contradicted).
 */
public final class StoryTables {

    /** The tables a story exports. */
    public enum Table {
        CLAIMS("claims", ClaimRow.class), QUOTES("quotes", QuoteRow.class), TIMELINE("timeline", TimelineRow.class),
        VOICES("voices", WhoQuotesWhom.Row.class);

        public final String value;
        final Class<?> rowType;

        Table(String value, Class<?> rowType) {
            this.value = value;
            this.rowType = rowType;
        }
    }

    /** A statement of a claim from one cited span; claims are numbered in the order of the briefing. */
    @JsonPropertyOrder({"story", "claim", "relation", "sides", "reason", "side", "outlet", "article", "start", "end", "text"})
    public record ClaimRow(String story, int claim, String relation, String sides, String reason, String side,
                           String outlet, String article, int start, int end, String text) {
    }

    /** One passage a voice is quoted in: the speaker as labelled, the voice's name and kind, and the span's text. */
    @JsonPropertyOrder({"story", "speaker", "voice", "kind", "side", "outlet", "article", "start", "end", "text"})
    public record QuoteRow(String story, String speaker, String voice, String kind, String side, String outlet,
                           String article, int start, int end, String text) {
    }

    /** One source of a dated event; {@code actors} are the briefing's actor ids, separated by "; ". */
    @JsonPropertyOrder({"story", "date", "granularity", "expression", "event", "actors", "outlet", "article", "start",
            "end", "text"})
    public record TimelineRow(String story, String date, String granularity, String expression, String event,
                              String actors, String outlet, String article, int start, int end, String text) {
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Briefing briefing;

    public StoryTables(Briefing briefing) {
        this.briefing = briefing;
    }

    /** The rows of {@code table} for story {@code s}. */
    public List<?> rows(StoryBrief s, Table table) {
        return switch (table) {
            case CLAIMS -> claims(s);
            case QUOTES -> quotes(s);
            case TIMELINE -> timeline(s);
            case VOICES -> WhoQuotesWhom.of(briefing, List.of(s)).rows();
        };
    }

    public List<ClaimRow> claims(StoryBrief s) {
        List<ClaimRow> rows = new ArrayList<>();
        List<ClaimView> claims = new ArrayList<>(s.shared());
        claims.addAll(s.differences());
        s.signals().forEach(side -> side.onlyThisSide().forEach(g ->
                claims.add(new ClaimView("one-side", List.of(side.side()), "", List.of(g), ""))));
        for (int i = 0; i < claims.size(); i++) {
            ClaimView c = claims.get(i);
            for (Grounded g : c.statements()) {
                for (SourceRef r : g.sources()) {
                    rows.add(new ClaimRow(s.id(), i + 1, c.label(), String.join("; ", c.sides()), c.reason(),
                            side(r), WhoQuotesWhom.outletOf(briefing, r), r.article(), r.start(), r.end(), text(r)));
                }
            }
        }
        return rows;
    }

    public List<QuoteRow> quotes(StoryBrief s) {
        OutletRegistry registry = OutletRegistry.bundled();
        List<QuoteRow> rows = new ArrayList<>();
        for (VoiceView v : s.allVoices()) {
            WhoQuotesWhom.Voice voice = WhoQuotesWhom.classify(briefing, registry, v.speaker());
            SourceRef r = v.source();
            rows.add(new QuoteRow(s.id(), v.speaker(), voice.name(), voice.kind().label, v.side(),
                    WhoQuotesWhom.outletOf(briefing, r), r.article(), r.start(), r.end(), text(r)));
        }
        return rows;
    }

    public List<TimelineRow> timeline(StoryBrief s) {
        List<TimelineRow> rows = new ArrayList<>();
        for (TimelineEntry t : s.timeline()) {
            for (SourceRef r : t.sources()) {
                rows.add(new TimelineRow(s.id(), t.date(), t.granularity(), t.expression(), t.text(),
                        String.join("; ", t.actors()), WhoQuotesWhom.outletOf(briefing, r), r.article(), r.start(),
                        r.end(), text(r)));
            }
        }
        return rows;
    }

    /** The table as CSV: a header row, then one line per row (RFC 4180 quoting). */
    public static String csv(Table table, List<?> rows) {
        try {
            return CSV.writer(CSV.schemaFor(table.rowType).withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table rows are flat records and always serialise", e);
        }
    }

    /** The table as JSON: {@code {"story": …, "table": …, "rows": [...]}}. */
    public static String json(StoryBrief s, Table table, List<?> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("story", s.id());
        out.put("headline", s.headline());
        out.put("table", table.value);
        out.put("rows", rows);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table rows are flat records and always serialise", e);
        }
    }

    public static Table table(String value) {
        for (Table t : Table.values()) {
            if (t.value.equals(value.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table '" + value + "'; a story has claims, quotes, timeline and voices");
    }

    private String side(SourceRef r) {
        return article(r.article()).map(ArticleView::side).filter(x -> !x.isBlank()).orElse(StoryHtml.UNKNOWN);
    }

    /** The cited span's text, whitespace as in the article. */
    private String text(SourceRef r) {
        return article(r.article()).map(ArticleView::text).filter(t -> r.end() <= t.length())
                .map(t -> t.substring(r.start(), r.end())).orElse("");
    }

    private Optional<ArticleView> article(String id) {
        return briefing.articles().stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
