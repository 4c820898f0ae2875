package dev.parallax.eval;

import dev.parallax.core.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads brat standoff attribution annotations (PolNeAR's layout): text-bound {@code T} lines typed
 * {@code Content}, {@code Cue} and {@code Source} (fragments separated by {@code ;}), tied together by event
 * {@code E} lines {@code Attribution:T4 Content:T3 Cue:T2 Source:T1} (or {@code Attribution-no-source:…}).
 * Other annotation types ({@code Discuss}, {@code Discard}, notes) are skipped.
 * Bad input: a malformed line or a dangling reference is reported as a problem with its line number; the rest of
 * the file is read.
 */
public final class BratReader {

    /** The attributions of one file and what could not be read. */
    public record Read(List<BratAttribution> attributions, List<String> problems) {
        public Read {
            attributions = List.copyOf(attributions);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param ann  the .ann file's content
     * @param text the annotated text, to turn brat's code-point offsets into string offsets
     */
    public Read read(String ann, String text) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = ann.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith("T")) {
                String[] cols = lines[n].split("\t");
                if (cols.length < 2) {
                    problems.add("line " + (n + 1) + ": text-bound annotation without type and offsets: " + line);
                    continue;
                }
                int space = cols[1].indexOf(' ');
                if (space < 0) {
                    problems.add("line " + (n + 1) + ": no offsets in '" + cols[1] + "'");
                    continue;
                }
                try {
                    List<Span> fragments = new ArrayList<>();
                    for (String fragment : cols[1].substring(space + 1).split(";")) {
                        String[] se = fragment.trim().split("\\s+");
                        int start = toUtf16(text, Integer.parseInt(se[0]));
                        int end = toUtf16(text, Integer.parseInt(se[1]));
                        fragments.add(new Span(start, end));
                    }
                    spans.put(cols[0], fragments);
                } catch (RuntimeException e) {
                    problems.add("line " + (n + 1) + ": bad offsets '" + cols[1] + "' (" + e.getMessage() + ")");
                }
            } else if (line.startsWith("E")) {
                events.add((n + 1) + "\t" + lines[n]);
            }
        }
        List<BratAttribution> out = new ArrayList<>();
        for (String event : events) {
            String[] cols = event.split("\t");
            String lineNo = cols[0];
            if (cols.length < 3) {
                problems.add("line " + lineNo + ": event without arguments");
                continue;
            }
            List<Span> content = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            boolean attribution = false;
            for (String arg : cols[2].trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon);
                List<Span> target = spans.get(arg.substring(colon + 1));
                if (role.startsWith("Attribution")) {
                    attribution = true;
                    continue;
                }
                if (target == null) {
                    problems.add("line " + lineNo + ": " + arg + " refers to no text-bound annotation");
                    continue;
                }
                if (role.startsWith("Content")) {
                    content.addAll(target);
                } else if (role.startsWith("Cue")) {
                    cue.addAll(target);
                } else if (role.startsWith("Source")) {
                    source.addAll(target);
                }
            }
            if (attribution && !content.isEmpty()) {
                out.add(new BratAttribution(cols[1], content, cue, source));
            } else if (attribution) {
                problems.add("line " + lineNo + ": attribution " + cols[1] + " has no content");
            }
        }
        return new Read(out, problems);
    }

    /** brat counts code points; Java strings count UTF-16 units. */
    private static int toUtf16(String text, int codePoints) {
        int cps = text.codePointCount(0, text.length());
        if (codePoints > cps) {
            throw new IllegalArgumentException("offset " + codePoints + " is past the text's end (" + cps + ")");
        }
        return text.offsetByCodePoints(0, codePoints);
    }
}
