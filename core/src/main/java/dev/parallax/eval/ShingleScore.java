package dev.parallax.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision and recall of an extracted text against a gold text, over sets of shingles: consecutive 4-grams of
 * lower-cased {@code \w+} tokens (Unicode word characters). A text shorter than four tokens is one shingle.
 * Both texts empty count as perfect; one empty counts as zero.
 */
public record ShingleScore(double precision, double recall) {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    public ShingleScore {
        if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
            throw new IllegalArgumentException("precision " + precision + " and recall " + recall + " must be in [0, 1]");
        }
    }

    public static ShingleScore of(String predicted, String gold) {
        Set<String> p = shingles(predicted);
        Set<String> g = shingles(gold);
        if (p.isEmpty() && g.isEmpty()) {
            return new ShingleScore(1, 1);
        }
        if (p.isEmpty() || g.isEmpty()) {
            return new ShingleScore(0, 0);
        }
        int common = 0;
        for (String s : p) {
            if (g.contains(s)) {
                common++;
            }
        }
        return new ShingleScore((double) common / p.size(), (double) common / g.size());
    }

    public double f1() {
        return f1(precision, recall);
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static Set<String> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
        }
        Set<String> out = new HashSet<>();
        if (tokens.isEmpty()) {
            return out;
        }
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            out.add(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N))));
        }
        return out;
    }
}
