package dev.parallax.extract;

import dev.parallax.core.Metadata;
import dev.parallax.core.Problem;
import dev.parallax.core.Span;
import dev.parallax.core.TextMap;
import dev.parallax.ingest.RawDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads: a plain-text article, often a web page copied with its furniture ("icon", "share", logo lines, photo
 * credits, a repeated headline, a related-story headline at the end). Adds: the clean body text, with every kept
 * line copied verbatim and mapped back to the raw text, and metadata read from metadata-like lines (title, kicker,
 * dateline, byline, author note, logo or copyright line naming the outlet). Every left-out line is recorded with
 * its reason in {@link Article#dropped()}.
 *
 * <p>Lines are judged by shape, not by content lists: body paragraphs are sentences (terminal punctuation or
 * long); headline-like lines are short and unpunctuated — the first is the title, others before the body are
 * subtitles, those inside the body are subheadings (kept), those after it are related-story or footer lines.
 */
public final class TextPageCleaner implements PageExtractor {

    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(published|updated|last updated|first published|posted|date|modified)?\\s*(on|at)?\\s*:?\\s*(.+)$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:by|written by|words by|author|authors|reporter|reported by)\\s*:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and|&|\\p{Lu}[\\p{L}.'’-]*|,))*)\\s*$");
    private static final Pattern AUTHOR_NOTE = Pattern.compile(
            "(?i)^(the|this)\\s+(author|writer|authors|writers|columnist|article's author)\\s+(is|are|was|were)\\b.*");
    /** The fewest words after a colon that make a first line a headline ("Poll: Clinton leads in Ohio"). */
    private static final int STATEMENT_WORDS = 4;
    private static final Pattern LABEL = Pattern.compile("^(\\p{L}[\\p{L}'’ ]{0,30}):\\s+(\\S.*)$");
    private static final Set<String> CREDIT_KEYS = Set.of("photo", "photos", "image", "images", "picture",
            "credit", "credits", "caption", "video", "graphic", "graphics", "illustration", "file photo");
    private static final Set<String> SOURCE_KEYS = Set.of("source", "sources");
    private static final Pattern LOGO = Pattern.compile("(?i)^(.{2,40}?)\\s+logo$");
    private static final Pattern SPONSOR = Pattern.compile("(?i)^(supported|sponsored|presented|powered|brought to you) by$|^in partnership with$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*(.{2,60}?)[.,]?(?:\\s+all rights reserved\\.?)?$");
    private static final Pattern OPINION = Pattern.compile("(?i)\\b(opinion|op-ed|oped|commentary|editorial|viewpoint|column|perspectives?|comment)\\b");
    private static final Pattern ANALYSIS = Pattern.compile("(?i)\\b(analysis|explainer|in depth|insight)\\b");

    /** One non-blank raw line, trimmed, with its raw offsets. */
    private record Line(int start, int end, String text, boolean blankBefore) {
        int words() {
            int n = 0;
            for (String w : text.split("\\s+")) {
                if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    n++;
                }
            }
            return n;
        }

        boolean punctuated() {
            String t = text.replaceAll("[\\s\\u00a0]+$", "");
            // An ASCII apostrophe closes a quotation only after a sentence's end ("… an 'intentional act.'").
            return !t.isEmpty() && (".!?…:;\"”’»」)".indexOf(t.charAt(t.length() - 1)) >= 0
                    || t.length() > 1 && t.endsWith("'") && ".!?…".indexOf(t.charAt(t.length() - 2)) >= 0);
        }

        boolean startsLowercase() {
            return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
        }
    }

    private enum Role { BODY, HEADLINE, SOURCES, DROPPED }

    @Override
    public Article extract(RawDocument document, Optional<String> country) {
        Decoder.Decoded decoded = Decoder.decode(document.bytes(), document.origin());
        String raw = decoded.text();
        List<Problem> problems = new ArrayList<>();
        decoded.problem().ifPresent(problems::add);
        List<Line> lines = lines(raw);

        Metadata.Builder meta = Metadata.builder();
        List<Article.Dropped> dropped = new ArrayList<>();
        Role[] roles = new Role[lines.size()];
        Set<String> seen = new HashSet<>();
        boolean sponsorNext = false;
        String authorNote = null;

        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text;
            String reason = null;
            Optional<String> date;
            Matcher m;
            String norm = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!seen.add(norm)) {
                reason = "repeated line";
            } else if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                reason = "no words";
            } else if (line.words() <= 12 && (date = dateOf(text, country)).isPresent()) {
                boolean updated = text.toLowerCase(Locale.ROOT).matches("^(updated|last updated|modified).*");
                if (updated) {
                    meta.modified(date.get(), "line '" + text + "'");
                } else {
                    meta.published(date.get(), "line '" + text + "'");
                }
                reason = "metadata: " + (updated ? "modified" : "published") + " date";
            } else if ((m = BYLINE.matcher(text)).matches() && line.words() <= 10) {
                for (String name : m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                    meta.author(name, "byline '" + text + "'");
                }
                reason = "metadata: byline";
            } else if (AUTHOR_NOTE.matcher(text).matches()) {
                authorNote = text;
                reason = "metadata: author note";
            } else if (isKicker(line)) {
                meta.section(text, "kicker line '" + text + "'");
                reason = "metadata: kicker";
            } else if (SPONSOR.matcher(text).matches()) {
                sponsorNext = true;
                reason = "sponsor label";
            } else if ((m = LOGO.matcher(text)).matches()) {
                if (!sponsorNext) {
                    meta.outlet(m.group(1), "logo line '" + text + "'");
                }
                sponsorNext = false;
                reason = "logo line";
            } else if ((m = COPYRIGHT.matcher(text)).matches() && line.words() <= 12) {
                meta.outlet(m.group(1), "copyright line '" + text + "'");
                reason = "metadata: copyright line";
            } else if ((m = LABEL.matcher(text)).matches() && line.words() <= 15
                    && !(firstLine(roles, i) && isStatement(m.group(2))
                    && !CREDIT_KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT))
                    && !SOURCE_KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT)))) {
                String key = m.group(1).strip().toLowerCase(Locale.ROOT);
                if (SOURCE_KEYS.contains(key)) {
                    roles[i] = Role.SOURCES;
                } else {
                    reason = CREDIT_KEYS.contains(key) ? "photo credit" : "label line";
                }
            } else if (line.words() <= 3 && !line.punctuated()) {
                reason = "short label line";
            } else if (!line.punctuated() && line.words() <= 25
                    && !(i + 1 < lines.size() && !lines.get(i + 1).blankBefore && lines.get(i + 1).startsLowercase())) {
                roles[i] = Role.HEADLINE;
            } else {
                roles[i] = Role.BODY;
            }
            if (reason != null) {
                roles[i] = Role.DROPPED;
                dropped.add(new Article.Dropped(new Span(line.start, line.end), text, reason));
            }
        }

        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.BODY) {
                lastBody = i;
                if (firstBody < 0) {
                    firstBody = i;
                }
            }
        }
        boolean haveTitle = false;
        for (int i = 0; i < roles.length; i++) {
            Line line = lines.get(i);
            String reason = null;
            if (roles[i] == Role.HEADLINE && (i < firstBody || firstBody < 0)) {
                if (!haveTitle) {
                    title(line.text, meta);
                    haveTitle = true;
                    reason = "metadata: title";
                } else {
                    meta.description(line.text, "subtitle line '" + line.text + "'");
                    reason = "metadata: subtitle";
                }
            } else if ((roles[i] == Role.HEADLINE || roles[i] == Role.SOURCES) && i > lastBody) {
                reason = roles[i] == Role.SOURCES ? "label line" : "trailing headline (related story or footer)";
            } else if (roles[i] == Role.SOURCES && i < firstBody) {
                reason = "label line";
            }
            if (reason != null) {
                roles[i] = Role.DROPPED;
                dropped.add(new Article.Dropped(new Span(line.start, line.end), line.text, reason));
            }
        }
        dropped.sort((a, b) -> a.raw().compareTo(b.raw()));

        TextMap.Builder clean = new TextMap.Builder();
        boolean previousKept = false;
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == Role.DROPPED) {
                previousKept = false;
                continue;
            }
            Line line = lines.get(i);
            if (clean.length() > 0) {
                // Lines that were adjacent in the raw text stay one paragraph.
                clean.separator(previousKept && !line.blankBefore ? "\n" : "\n\n");
            }
            clean.copy(raw, line.start, line.end);
            previousKept = true;
        }

        classify(meta, authorNote);
        return Articles.of(document, clean.text(), clean.map(), meta.build(), dropped, problems);
    }

    private static Optional<String> dateOf(String text, Optional<String> country) {
        Matcher m = DATELINE.matcher(text);
        if (m.matches()) {
            Optional<String> date = DateLines.parse(m.group(3), country);
            if (date.isPresent()) {
                return date;
            }
        }
        return DateLines.parse(text, country);
    }

    /** No line before {@code i} is a headline or a body line: {@code i} can still be the title. */
    private static boolean firstLine(Role[] roles, int i) {
        for (int k = 0; k < i; k++) {
            if (roles[k] == Role.HEADLINE || roles[k] == Role.BODY) {
                return false;
            }
        }
        return true;
    }

    /**
     * What follows a label's colon reads as a statement, not a value: "Graham: Trump's Rhetoric Destroying GOP's
     * Chance", "Poll: Clinton and Trump in dead heat" open an article as its headline, where "Photo: CFP" or "Tags:
     * AI, China" are labels. A statement has at least {@value #STATEMENT_WORDS} words and no list commas between
     * single words.
     */
    private static boolean isStatement(String value) {
        String[] words = value.strip().split("[\\s\\u00a0]+");
        return words.length >= STATEMENT_WORDS && !value.matches("[^,]{0,20}(,[^,]{0,20}){2,}");
    }

    /** An all-capitals section line such as "WORLD / ASIA-PACIFIC" or "OPINION". */
    private static boolean isKicker(Line line) {
        long letters = line.text.codePoints().filter(Character::isLetter).count();
        long upper = line.text.codePoints().filter(Character::isUpperCase).count();
        boolean separated = line.text.matches(".*[\\s\\u00a0][/|·•>»][\\s\\u00a0].*");
        return letters >= 3 && upper == letters && line.words() <= 6 && !line.punctuated()
                && (separated || OPINION.matcher(line.text).find() || ANALYSIS.matcher(line.text).find());
    }

    /** "Headline | Outlet" names the outlet; "Kicker | Headline" names the section. */
    private static void title(String text, Metadata.Builder meta) {
        String[] parts = text.split("\\s+[|–—]\\s+|\\s+-\\s+");
        String evidence = "first headline line '" + text + "'";
        if (parts.length == 2) {
            int left = parts[0].split("\\s+").length;
            int right = parts[1].split("\\s+").length;
            if (right <= 3 && left >= 4 && Character.isUpperCase(parts[1].codePointAt(0))) {
                meta.title(parts[0], evidence);
                meta.outlet(parts[1], "title suffix '" + parts[1] + "'");
                return;
            }
            if (left <= 4 && right >= 4) {
                meta.section(parts[0], "title prefix '" + parts[0] + "'");
            }
        }
        meta.title(text, evidence);
    }

    private static void classify(Metadata.Builder meta, String authorNote) {
        Metadata m = meta.build();
        String section = Metadata.valueOf(m.section());
        String title = Metadata.valueOf(m.title());
        if (OPINION.matcher(section).find()) {
            meta.type("opinion", "section '" + section + "'");
        } else if (title.matches("(?i)^(opinion|op-ed|commentary|editorial)\\s*[:|].*")) {
            meta.type("opinion", "title '" + title + "'");
        } else if (authorNote != null) {
            meta.type("opinion", "author note '" + authorNote + "', the mark of a contributed column");
        } else if (ANALYSIS.matcher(section).find() || title.matches("(?i)^(analysis|explainer)\\s*[:|].*")) {
            meta.type("analysis", "section or title marks analysis: '" + (section.isEmpty() ? title : section) + "'");
        } else {
            meta.type("news", "no opinion or analysis marker (section, title, author note)");
        }
    }

    private static List<Line> lines(String raw) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        boolean blank = true;
        while (i <= raw.length()) {
            int end = i;
            while (end < raw.length() && raw.charAt(end) != '\n' && raw.charAt(end) != '\r') {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(raw.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Line(s, e, raw.substring(s, e), blank || out.isEmpty()));
                blank = false;
            } else {
                blank = true;
            }
            if (end < raw.length() && raw.charAt(end) == '\r' && end + 1 < raw.length() && raw.charAt(end + 1) == '\n') {
                end++;
            }
            i = end + 1;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }
}
