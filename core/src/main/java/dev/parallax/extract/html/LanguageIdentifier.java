package dev.parallax.extract.html;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads: an article's clean text. Adds: its language as an ISO 639-1 code, judged by Lingua on the
 * first {@value #SAMPLE} characters. Lingua's models load on first use, language by language, and only for the
 * languages whose script the text is written in (low-accuracy mode: trigram models only, enough for article-length
 * text). Bad input: a text too short or too mixed to tell gives no language; the caller falls back to what the page
 * declares.
 */
final class LanguageIdentifier {

    static final int SAMPLE = 1500;
    private static final int MIN_LETTERS = 40;

    private LanguageIdentifier() {
    }

    private static final class Holder {
        // Thread-safe once built; building is cheap, loading the models happens lazily on detection.
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllSpokenLanguages()
                .withLowAccuracyMode().build();
    }

    /** The language of the text, when Lingua can tell it from the runner-up clearly enough. */
    static Optional<String> identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
