package dev.parallax.extract.html;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.parallax.core.Attested;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Reads: an article's clean text and the languages its page declares. Adds: the text's language as an ISO 639-1
 * code, judged by Lingua on up to {@value #SAMPLE} characters of its prose lines. A declared language that Lingua finds nearly as
 * likely as its own best guess wins (Lingua confuses close languages — Indonesian and Malay — on short or
 * name-heavy texts; a page knows its language); a declaration the text contradicts (a template's {@code lang="en"}
 * on a German article) loses. Lingua's models load on first use, only for the languages whose script the text is
 * written in (low-accuracy mode: trigram models only, enough for article-length text).
 * Bad input: a text too short to judge gives the first declared language, or none.
 */
final class LanguageIdentifier {

    static final int SAMPLE = 800;
    private static final int MIN_LETTERS = 40;
    /** Lingua's confidence in a declared language, relative to its best guess, above which the declaration stands. */
    private static final double CONFIRMS = 0.75;

    private LanguageIdentifier() {
    }

    private static final class Holder {
        // Thread-safe once built; building is cheap, loading the models happens lazily on detection.
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllSpokenLanguages()
                .withLowAccuracyMode().build();
    }

    /** The language of the text, with the evidence for it. */
    static Optional<Attested> identify(String text, List<Attested> declared) {
        Optional<Attested> firstDeclared = declared.stream().findFirst()
                .map(d -> new Attested(code(d.value()), d.evidence() + " '" + d.value() + "'"));
        String sample = sample(text);
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return firstDeclared.map(d -> new Attested(d.value(), d.evidence() + "; text too short to check"));
        }
        SortedMap<Language, Double> confidences = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
        Map.Entry<Language, Double> best = null;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        if (best == null || best.getKey() == Language.UNKNOWN || best.getValue() <= 0) {
            return firstDeclared.map(d -> new Attested(d.value(), d.evidence() + "; Lingua could not tell"));
        }
        double top = best.getValue();
        for (Attested d : declared) {
            String code = code(d.value());
            Optional<Language> language = languageOf(code);
            if (language.isPresent() && confidences.getOrDefault(language.get(), 0.0) >= CONFIRMS * top) {
                return Optional.of(new Attested(code, d.evidence() + " '" + d.value() + "', confirmed by Lingua on the text"));
            }
        }
        String found = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        String note = firstDeclared.map(d -> " (the page declares '" + d.value() + "', which the text does not bear out)")
                .orElse("");
        return Optional.of(new Attested(found, "identified by Lingua on up to " + SAMPLE + " characters of the text's prose" + note));
    }

    /** Up to {@value #SAMPLE} characters of prose lines: tables of names and numbers say little of the language. */
    static String sample(String text) {
        StringBuilder prose = new StringBuilder();
        for (String line : text.split("\n")) {
            long letters = line.codePoints().filter(Character::isLetter).count();
            long digits = line.codePoints().filter(Character::isDigit).count();
            if (line.length() >= 40 && letters > line.length() * 0.6 && digits < line.length() * 0.1) {
                prose.append(line).append('\n');
                if (prose.length() >= SAMPLE) {
                    break;
                }
            }
        }
        String chosen = prose.length() >= 200 ? prose.toString() : text;
        return chosen.length() > SAMPLE ? chosen.substring(0, SAMPLE) : chosen;
    }

    private static String code(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static Optional<Language> languageOf(String code) {
        for (IsoCode639_1 iso : IsoCode639_1.values()) {
            if (iso.name().equalsIgnoreCase(code)) {
                return Optional.of(Language.getByIsoCode639_1(iso));
            }
        }
        return Optional.empty();
    }
}
