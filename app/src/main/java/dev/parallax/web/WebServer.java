package dev.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.brief.ArticleView;
import dev.parallax.brief.Briefing;
import dev.parallax.brief.StoryBrief;
import dev.parallax.core.Span;
import dev.parallax.index.BriefingStore;
import dev.parallax.index.SearchFilter;
import dev.parallax.index.SearchResults;
import dev.parallax.index.SearchRequest;
import dev.parallax.render.StoryTables;
import dev.parallax.render.WhoQuotesWhom;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The web UI and REST API over a corpus, on Javalin (Jetty). Pages: {@code /} stories (sorted and filtered as
 * {@link StoryQuery} says), {@code /stories/{id}}, {@code /articles/{id}?start=&end=} (the span highlighted),
 * {@code /search}, {@code /voices} (who quotes whom), {@code /api-docs}. API under {@code /api}, described by
 * {@code /api/openapi.json}; a parameter an endpoint does not take or a malformed id is a JSON 400. Every response forbids inline scripts and remote sources (Content-Security-Policy);
 * requests are bounded (body size, query length, result count). Bound to a non-loopback address, every request must
 * carry the token (header {@code Authorization: Bearer T}, or {@code ?token=T} once, which sets a cookie).
 */
public final class WebServer implements AutoCloseable {

    public static final int MAX_REQUEST_BYTES = 16 * 1024;
    public static final int MAX_QUERY_CHARS = 500;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String COOKIE = "parallax_token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final CorpusReader corpus;
    private final Optional<String> token;
    private final byte[] openapi;
    /** Rendered story and stories pages of the current briefing version (a few per story; cleared on a new version). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int pagesVersion;

    private final HostCheck hosts;

    private WebServer(CorpusReader corpus, Optional<String> token, HostCheck hosts) {
        this.corpus = corpus;
        this.token = token;
        this.hosts = hosts;
        this.openapi = resource("/web/openapi.json");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(this::guard);
        byte[] storyCss = dev.parallax.render.StoryHtml.css().getBytes(StandardCharsets.UTF_8);
        app.get("/static/story.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(storyCss));
        app.get("/", this::home);
        app.get("/stories/{id}", this::storyPage);
        app.get("/articles/{id}", this::articlePage);
        app.get("/search", this::searchPage);
        app.get("/api-docs", ctx -> html(ctx, Pages.apiDocs()));
        app.get("/api/stories", this::apiStories);
        app.get("/api/stories/{id}", this::apiStory);
        for (StoryTables.Table t : StoryTables.Table.values()) {
            app.get("/api/stories/{id}/" + t.value, ctx -> apiStoryTable(ctx, t));
        }
        app.get("/api/voices", this::apiVoices);
        app.get("/voices", ctx -> {
            BriefingStore.Version v = corpus.version();
            html(ctx, cached(v, "/voices", Pages::voices));
        });
        app.get("/api/articles/{id}", this::apiArticle);
        app.get("/api/search", this::apiSearch);
        app.get("/api/openapi.json", ctx -> {
            accept(ctx);
            ctx.contentType("application/json").result(openapi);
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        // 401, 413, 414 and the like: JSON under /api, a page elsewhere, as every other error.
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
                problem(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null) {
                problem(ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path());
            }
        });
    }

    /**
     * Starts serving {@code corpus} on {@code host:port} (port 0: any free port). A non-loopback host needs a token.
     */
    public static WebServer start(CorpusReader corpus, String host, int port, Optional<String> token)
            throws IOException {
        return start(corpus, host, port, token, List.of());
    }

    /**
     * Starts serving as {@link #start(CorpusReader, String, int, Optional)} does; a request's {@code Host} header
     * must name the bound address, {@code localhost} when that is loopback, or one of {@code names} (see
     * {@link HostCheck}): any other is refused with 421, which closes the DNS-rebinding opening.
     */
    public static WebServer start(CorpusReader corpus, String host, int port, Optional<String> token,
                                  List<String> names) throws IOException {
        Optional<String> t = token.filter(s -> !s.isBlank());
        if (t.isEmpty() && !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalArgumentException("binding to " + host + " (not loopback) exposes the corpus to the "
                    + "network; give --token SECRET so that only holders of it get in");
        }
        WebServer server = new WebServer(corpus, t, new HostCheck(InetAddress.getByName(host), names));
        server.app.start(host, port);
        return server;
    }

    public int port() {
        return app.port();
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        hosts.check(ctx.header("Host"));
        if (ctx.queryString() != null && ctx.queryString().length() > MAX_QUERY_CHARS * 4) {
            throw new io.javalin.http.HttpResponseException(414, "query string too long");
        }
        if (token.isEmpty()) {
            return;
        }
        String given = Optional.ofNullable(ctx.header("Authorization")).filter(h -> h.startsWith("Bearer "))
                .map(h -> h.substring(7)).or(() -> Optional.ofNullable(ctx.cookie(COOKIE)))
                .or(() -> Optional.ofNullable(ctx.queryParam("token"))).orElse("");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
            throw new io.javalin.http.UnauthorizedResponse("a token is required: Authorization: Bearer TOKEN or ?token=TOKEN");
        }
        if (ctx.queryParam("token") != null) {
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token.get() + "; Path=/; HttpOnly; SameSite=Strict");
        }
    }

    /** The stories, sorted and filtered as asked; the page of the defaults is rendered once per briefing version. */
    private void home(Context ctx) {
        BriefingStore.Version v = corpus.version();
        Map<String, List<String>> params = ctx.queryParamMap();
        try {
            StoryQuery query = StoryQuery.of(params);
            List<StoryBrief> shown = query.apply(v.briefing());
            if (query.equals(StoryQuery.DEFAULT)) {
                html(ctx, cached(v, "/", x -> Pages.stories(x, query, shown, params, Optional.empty())));
            } else {
                html(ctx, Pages.stories(v, query, shown, params, Optional.empty()));
            }
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            html(ctx, Pages.stories(v, StoryQuery.DEFAULT, List.of(), params, Optional.of(e.getMessage())));
        }
    }

    private void storyPage(Context ctx) {
        BriefingStore.Version v = corpus.version();
        Optional<StoryBrief> s = story(v.briefing(), ctx.pathParam("id"));
        if (s.isEmpty()) {
            problem(ctx, HttpStatus.NOT_FOUND, "no story " + ctx.pathParam("id") + " in the current briefing");
            return;
        }
        html(ctx, cached(v, "/stories/" + s.get().id(),
                x -> Pages.story(x, s.get(), corpus.change(s.get().id()), corpus.history(s.get().id()))));
    }

    private void articlePage(Context ctx) {
        Briefing b = corpus.briefing();
        Optional<ArticleView> a = article(b, ctx.pathParam("id"));
        if (a.isEmpty()) {
            problem(ctx, HttpStatus.NOT_FOUND, "no article " + ctx.pathParam("id"));
            return;
        }
        html(ctx, Pages.article(b, a.get(), spans(ctx, a.get().text().length())));
    }

    private String cached(BriefingStore.Version v, String key, java.util.function.Function<BriefingStore.Version, String> render) {
        if (v.number() != pagesVersion) {
            synchronized (pages) {
                if (v.number() != pagesVersion) {
                    pages.clear();
                    pagesVersion = v.number();
                }
            }
        }
        return pages.computeIfAbsent(v.number() + key, k -> render.apply(v));
    }

    /** The spans to highlight: {@code ?spans=12-40,90-120} or {@code ?start=12&end=40}. */
    static List<Span> spans(Context ctx, int length) {
        List<String> pairs = new java.util.ArrayList<>();
        String spans = ctx.queryParam("spans");
        if (spans != null && !spans.isBlank()) {
            pairs.addAll(List.of(spans.split(",")));
        }
        String start = ctx.queryParam("start");
        String end = ctx.queryParam("end");
        if (start != null || end != null) {
            pairs.add((start == null ? "" : start) + "-" + (end == null ? "" : end));
        }
        if (pairs.size() > 200) {
            throw new IllegalArgumentException("at most 200 spans, got " + pairs.size());
        }
        List<Span> out = new java.util.ArrayList<>();
        for (String pair : pairs) {
            String[] se = pair.strip().split("-", -1);
            try {
                if (se.length != 2) {
                    throw new NumberFormatException(pair);
                }
                int s = Integer.parseInt(se[0]);
                int e = Integer.parseInt(se[1]);
                if (s < 0 || e < s || e > length) {
                    throw new IllegalArgumentException("span [" + s + ", " + e + ") is outside the article (length "
                            + length + ")");
                }
                out.add(new Span(s, e));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a span is two character offsets, START-END (or start= and end="
                        + "), got '" + pair + "'");
            }
        }
        return out;
    }

    private void searchPage(Context ctx) {
        Briefing b = corpus.briefing();
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (q.isEmpty()) {
            html(ctx, Pages.search(b, ctx.queryParamMap(), Optional.empty(), Optional.empty()));
            return;
        }
        try {
            html(ctx, Pages.search(b, ctx.queryParamMap(), Optional.of(search(ctx)), Optional.empty()));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            html(ctx, Pages.search(b, ctx.queryParamMap(), Optional.empty(), Optional.of(e.getMessage())));
        }
    }

    /** The search the query parameters ask for; any bad value is an {@link IllegalArgumentException} (a 400). */
    private SearchResults search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("give a query: q=WORDS");
        }
        SearchRequest.Mode mode = SearchRequest.Mode.of(Optional.ofNullable(ctx.queryParam("mode")).orElse("hybrid"));
        int limit = integer(ctx, "limit", 20, 1, SearchRequest.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, 100_000);
        SearchFilter filter = new SearchFilter(param(ctx, "outlet"), param(ctx, "side"), param(ctx, "from"),
                param(ctx, "to"), param(ctx, "actor"), param(ctx, "speaker"), param(ctx, "story"));
        return corpus.search(new SearchRequest(q, mode, limit, offset, filter.articles(corpus.briefing())));
    }

    private static int integer(Context ctx, String name, int absent, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer between " + min + " and " + max
                    + ", got '" + text + "'");
        }
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name));
    }

    /** What an id of a story or article may look like; anything else is malformed input (400), not a 404. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    /** The path parameter {@code id}, checked for shape. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                    + "' is no id: ids are letters, digits and . _ : - (at most 100), as the briefing prints them");
        }
        return id;
    }

    /**
     * Rejects query parameters the endpoint does not take: a misspelt filter ({@code sid=China}) would otherwise be
     * ignored silently and answer as if nothing were asked. {@code token} is always allowed.
     */
    private static void accept(Context ctx, String... names) {
        Set<String> known = Set.of(names);
        for (String given : ctx.queryParamMap().keySet()) {
            if (!given.equals("token") && !known.contains(given)) {
                throw new IllegalArgumentException("unknown parameter '" + given + "'; " + ctx.path() + " takes "
                        + (names.length == 0 ? "none" : String.join(", ", names)));
            }
        }
    }

    private void apiStories(Context ctx) {
        accept(ctx, StoryQuery.PARAMETERS.stream().sorted().toArray(String[]::new));
        BriefingStore.Version v = corpus.version();
        StoryQuery query = StoryQuery.of(ctx.queryParamMap());
        List<StoryBrief> shown = query.apply(v.briefing());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", v.number());
        out.put("generated", v.briefing().generated());
        out.put("perspective", v.briefing().perspective());
        out.put("sort", query.sort().value);
        out.put("total", v.briefing().stories().size());
        out.put("stories", shown.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("headline", s.headline());
            m.put("articles", s.articles());
            m.put("coverage", s.coverage());
            m.put("latest", StoryQuery.latestDate(v.briefing(), s).orElse(null));
            m.put("oneSidedness", StoryQuery.oneSidedness(s));
            return m;
        }).toList());
        out.put("problems", v.briefing().problems());
        json(ctx, out);
    }

    private void apiStory(Context ctx) {
        accept(ctx);
        BriefingStore.Version v = corpus.version();
        Optional<StoryBrief> s = story(v.briefing(), id(ctx));
        if (s.isEmpty()) {
            problem(ctx, HttpStatus.NOT_FOUND, "no story " + ctx.pathParam("id"));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", v.number());
        out.put("story", s.get());
        out.put("changes", corpus.change(s.get().id()).orElse(null));
        out.put("versions", corpus.history(s.get().id()).stream().map(h -> Map.of("version", h.version(),
                "generated", h.generated(), "story", h.story().id())).toList());
        json(ctx, out);
    }

    /** A story's claims, quotes, timeline or who-quotes-whom as JSON or, with {@code format=csv}, a CSV download. */
    private void apiStoryTable(Context ctx, StoryTables.Table table) {
        accept(ctx, "format");
        boolean csv = csv(ctx);
        Briefing b = corpus.briefing();
        Optional<StoryBrief> s = story(b, id(ctx));
        if (s.isEmpty()) {
            problem(ctx, HttpStatus.NOT_FOUND, "no story " + ctx.pathParam("id"));
            return;
        }
        List<?> rows = new StoryTables(b).rows(s.get(), table);
        if (csv) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + s.get().id() + "-" + table.value + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(StoryTables.csv(table, rows));
        } else {
            ctx.contentType("application/json").result(StoryTables.json(s.get(), table, rows));
        }
    }

    /** Who quotes whom over every story of the corpus. */
    private void apiVoices(Context ctx) {
        accept(ctx, "format");
        boolean csv = csv(ctx);
        BriefingStore.Version v = corpus.version();
        WhoQuotesWhom w = WhoQuotesWhom.of(v.briefing(), v.briefing().stories());
        if (csv) {
            ctx.header("Content-Disposition", "attachment; filename=\"voices.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(StoryTables.csv(StoryTables.Table.VOICES, w.rows()));
        } else {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("version", v.number());
            out.put("rows", w.rows());
            json(ctx, out);
        }
    }

    /** {@code format=csv} or {@code json} (the default). */
    private static boolean csv(Context ctx) {
        String format = Optional.ofNullable(ctx.queryParam("format")).map(String::strip).orElse("json");
        return switch (format) {
            case "csv" -> true;
            case "json", "" -> false;
            default -> throw new IllegalArgumentException("format must be json or csv; got '" + format + "'");
        };
    }

    private void apiArticle(Context ctx) {
        accept(ctx);
        Optional<ArticleView> a = article(corpus.briefing(), id(ctx));
        if (a.isEmpty()) {
            problem(ctx, HttpStatus.NOT_FOUND, "no article " + ctx.pathParam("id"));
            return;
        }
        json(ctx, a.get());
    }

    private void apiSearch(Context ctx) {
        accept(ctx, "q", "mode", "limit", "offset", "outlet", "side", "from", "to", "actor", "speaker", "story");
        SearchResults results = search(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", ctx.queryParam("q").strip());
        out.put("mode", SearchRequest.Mode.of(Optional.ofNullable(ctx.queryParam("mode")).orElse("hybrid")).label());
        out.put("total", results.total());
        out.put("offset", results.offset());
        out.put("hits", results.hits());
        json(ctx, out);
    }

    private static Optional<StoryBrief> story(Briefing b, String id) {
        return b.stories().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Optional<ArticleView> article(Briefing b, String id) {
        return b.articles().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("briefing records always serialise", e);
        }
    }

    private static final Set<String> JSON_PREFIXES = Set.of("/api/");

    private static void problem(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        if (JSON_PREFIXES.stream().anyMatch(ctx.path()::startsWith)) {
            json(ctx, Map.of("status", status.getCode(), "error", message));
        } else {
            html(ctx, Pages.message(status.getCode() + " " + status.getMessage(), message));
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
