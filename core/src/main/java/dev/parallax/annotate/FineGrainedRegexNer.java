package dev.parallax.annotate;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained RegexNER (the KBP gazetteers behind TITLE, NATIONALITY, COUNTRY, CITY, ...) with the same
 * output at a fraction of the cost. Of its 585,000 entries about 1,200 are token regular expressions ("Calif\.?",
 * "secretary of .*", e-mail addresses, URLs), which CoreNLP's matcher cannot index and so tries at every token of
 * every sentence; the plain entries are looked up by their words and cost little. This annotator keeps two
 * matchers: CoreNLP's own over all entries, and one over the plain entries only. A sentence goes to the plain one
 * when no regular-expression entry can match it, tested cheaply: such an entry needs each of its literal words
 * ("secretary of .*" needs "secretary" and "of"), or, without any, its first pattern to match some token of the
 * sentence. On such a sentence the two matchers find the same matches, so the tags are CoreNLP's; the other
 * sentences go to CoreNLP's own matcher.
 * Reads and adds what {@link TokensRegexNERAnnotator} does; installed into CoreNLP's NER by {@link #install}.
 */
final class FineGrainedRegexNer extends TokensRegexNERAnnotator {

    /** The name CoreNLP's NER gives its fine-grained RegexNER, also the prefix of its properties. */
    private static final String NAME = "ner.fine.regexner";
    /** CoreNLP's default mapping of the fine-grained RegexNER (DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS). */
    private static final String DEFAULT_MAPPING = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,"
            + "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab;"
            + "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    private static final Pattern REGEX_CHARACTER = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    private final TokensRegexNERAnnotator all;
    private final Gate gate;

    private FineGrainedRegexNer(Properties plainProperties, TokensRegexNERAnnotator all, Gate gate) {
        super(NAME, plainProperties);
        this.all = all;
        this.gate = gate;
    }

    /**
     * Replaces the fine-grained RegexNER inside CoreNLP's NER annotator (built from {@code properties}) by this
     * faster one with the same output. An NER annotator without fine-grained NER is left as it is.
     */
    static void install(Annotator ner, Properties properties) {
        if (!(ner instanceof NERCombinerAnnotator)) {
            throw new IllegalArgumentException("not CoreNLP's NER annotator: " + ner.getClass().getName());
        }
        try {
            Field field = NERCombinerAnnotator.class.getDeclaredField("fineGrainedNERAnnotator");
            field.setAccessible(true);
            if (field.get(ner) instanceof TokensRegexNERAnnotator all) {
                field.set(ner, build(all, properties));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's NER annotator has no fine-grained RegexNER field where "
                    + "CoreNLP 4.5 keeps it; was the CoreNLP version changed?", e);
        }
    }

    private static FineGrainedRegexNer build(TokensRegexNERAnnotator all, Properties properties) {
        Properties own = new Properties();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(NAME + "."))
                .forEach(k -> own.setProperty(k, properties.getProperty(k)));
        if (own.containsKey(NAME + ".mapping.header") || own.containsKey(NAME + ".mapping.field")) {
            throw new IllegalArgumentException("the fine-grained RegexNER's mapping header is CoreNLP's default "
                    + "(pattern first) here; " + NAME + ".mapping.header is not supported");
        }
        String mapping = own.getProperty(NAME + ".mapping", DEFAULT_MAPPING);
        boolean ignoreCase = Boolean.parseBoolean(own.getProperty(NAME + ".ignorecase", "false"));
        try {
            Path dir = Files.createTempDirectory("parallax-regexner");
            dir.toFile().deleteOnExit();
            List<String> plainFiles = new ArrayList<>();
            Gate.Builder gate = new Gate.Builder();
            String[] files = files(mapping);
            for (int i = 0; i < files.length; i++) {
                String[] options = files[i].trim().split("\\s*,\\s*");
                String path = options[options.length - 1];
                boolean caseless = ignoreCase;
                for (int o = 0; o < options.length - 1; o++) {
                    String[] kv = options[o].split("\\s*=\\s*", 2);
                    if (kv.length == 2 && kv[0].equalsIgnoreCase("ignorecase")) {
                        caseless = Boolean.parseBoolean(kv[1]);
                    }
                }
                Path plain = dir.resolve(i + ".tab");
                plain.toFile().deleteOnExit();
                try (BufferedReader in = IOUtils.readerFromString(path);
                     BufferedWriter out = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        String pattern = line.split("\t", 2)[0].trim();
                        if (REGEX_CHARACTER.matcher(pattern).find()) {
                            gate.add(pattern, caseless);
                        } else {
                            out.write(line);
                            out.newLine();
                        }
                    }
                }
                options[options.length - 1] = plain.toString();
                plainFiles.add(String.join(",", options));
            }
            own.setProperty(NAME + ".mapping", String.join(";", plainFiles));
            return new FineGrainedRegexNer(own, all, gate.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split the fine-grained RegexNER mapping " + mapping
                    + " into plain and regular-expression entries (temporary directory not writable?)", e);
        }
    }

    /** Splits a RegexNER mapping into its files as CoreNLP does (";" between files when options use ","). */
    private static String[] files(String mapping) {
        if (mapping.contains(";") && mapping.contains(",")) {
            return mapping.split("\\s*;\\s*");
        } else if (mapping.contains(",")) {
            return mapping.split("\\s*,\\s*");
        }
        return mapping.split("\\s*;\\s*");
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            all.annotate(annotation);
            return;
        }
        List<CoreMap> plain = new ArrayList<>();
        List<CoreMap> candidates = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            (gate.couldMatch(sentence.get(CoreAnnotations.TokensAnnotation.class)) ? candidates : plain).add(sentence);
        }
        if (!plain.isEmpty()) {
            super.annotate(withSentences(plain));
        }
        if (!candidates.isEmpty()) {
            all.annotate(withSentences(candidates));
        }
    }

    private static Annotation withSentences(List<CoreMap> sentences) {
        Annotation part = new Annotation("");
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return part;
    }

    /**
     * Whether some regular-expression entry could match a sentence. Every token pattern of an entry must match some
     * token of a sentence the entry matches, so the entry is a candidate only when each of its literal tokens
     * ("u\\.s\\." is the literal "u.s.") is a word of the sentence (case-folded for case-insensitive entries) and,
     * for an entry without literal tokens, when its first pattern matches some word. Such patterns are tried only on
     * the words that start with their literal prefix, or on every word if they have none.
     */
    private record Gate(Map<String, List<Set<String>>> byLiteral, Map<Character, List<Pattern>> byFirst,
                        List<Pattern> everywhere, boolean always) {

        boolean couldMatch(List<CoreLabel> tokens) {
            if (always) {
                return true;
            }
            Set<String> words = new HashSet<>();
            for (CoreLabel token : tokens) {
                String word = token.word();
                if (word != null && !word.isEmpty()) {
                    words.add(word);
                    words.add(CASELESS + fold(word));
                }
            }
            for (String word : words) {
                List<Set<String>> needs = byLiteral.get(word);
                if (needs != null) {
                    for (Set<String> need : needs) {
                        if (words.containsAll(need)) {
                            return true;
                        }
                    }
                }
                if (word.startsWith(CASELESS)) {
                    continue;
                }
                List<Pattern> keyed = byFirst.get(fold(word.charAt(0)));
                if (keyed != null && anyMatches(keyed, word) || anyMatches(everywhere, word)) {
                    return true;
                }
            }
            return false;
        }

        /** Marks a case-folded word, for entries that ignore case; no token starts with this character. */
        private static final String CASELESS = "\u0000";

        private static boolean anyMatches(List<Pattern> patterns, String word) {
            for (Pattern p : patterns) {
                if (p.matcher(word).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** Case folding as Java's case-insensitive Unicode matching compares characters. */
        static char fold(char c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        static String fold(String s) {
            char[] chars = s.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = fold(chars[i]);
            }
            return new String(chars);
        }

        /** The string a token pattern matches when it is a literal (escaped punctuation allowed), else empty. */
        static Optional<String> literal(String pattern) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\\') {
                    if (i + 1 == pattern.length() || Character.isLetterOrDigit(pattern.charAt(i + 1))) {
                        return Optional.empty(); // \w, \d, \Q... are not literals
                    }
                    out.append(pattern.charAt(++i));
                } else if (REGEX_CHARACTER.matcher(String.valueOf(c)).find()) {
                    return Optional.empty();
                } else {
                    out.append(c);
                }
            }
            return Optional.of(out.toString());
        }

        static final class Builder {
            private final Map<String, List<Set<String>>> byLiteral = new HashMap<>();
            private final Map<String, Pattern> compiled = new HashMap<>();
            private final Map<Character, List<Pattern>> byFirst = new HashMap<>();
            private final List<Pattern> everywhere = new ArrayList<>();
            private boolean always;

            void add(String entry, boolean ignoreCase) {
                if (entry.startsWith("( ") && entry.endsWith(" )")) {
                    // A TokensRegex entry: its tokens are not simple patterns; every sentence is a candidate.
                    always = true;
                    return;
                }
                String[] tokens = entry.split("\\s+");
                Set<String> literals = new HashSet<>();
                String longest = null;
                for (String t : tokens) {
                    Optional<String> literal = literal(t);
                    if (literal.isPresent()) {
                        String word = ignoreCase ? CASELESS + fold(literal.get()) : literal.get();
                        literals.add(word);
                        if (longest == null || word.length() > longest.length()) {
                            longest = word;
                        }
                    }
                }
                if (longest != null) {
                    byLiteral.computeIfAbsent(longest, w -> new ArrayList<>()).add(Set.copyOf(literals));
                    return;
                }
                String key = tokens[0];
                int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                String id = flags + "\t" + key;
                if (compiled.containsKey(id)) {
                    return;
                }
                Pattern pattern = Pattern.compile(key, flags);
                compiled.put(id, pattern);
                String prefix = literalPrefix(key);
                if (prefix.isEmpty()) {
                    everywhere.add(pattern);
                } else {
                    // Keyed by the case-folded first character also for case-sensitive entries: a superset.
                    byFirst.computeIfAbsent(fold(prefix.charAt(0)), c -> new ArrayList<>()).add(pattern);
                }
            }

            /** The characters every match of {@code regex} starts with; empty when that is not simple to tell. */
            private static String literalPrefix(String regex) {
                if (regex.indexOf('|') >= 0) {
                    return "";
                }
                int end = 0;
                while (end < regex.length() && !REGEX_CHARACTER.matcher(String.valueOf(regex.charAt(end))).find()) {
                    end++;
                }
                if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0) {
                    end--; // the character before an optional quantifier may be absent
                }
                return regex.substring(0, Math.max(end, 0));
            }

            Gate build() {
                Map<String, List<Set<String>>> literal = new HashMap<>();
                byLiteral.forEach((w, needs) -> literal.put(w, List.copyOf(needs)));
                Map<Character, List<Pattern>> keyed = new HashMap<>();
                byFirst.forEach((c, patterns) -> keyed.put(c, List.copyOf(patterns)));
                return new Gate(Map.copyOf(literal), Map.copyOf(keyed), List.copyOf(everywhere), always);
            }
        }
    }
}
