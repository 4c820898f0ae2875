package dev.parallax.eval;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CoreNlpAnnotator;
import dev.parallax.core.Ids;
import dev.parallax.index.AnalysisCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * CoreNLP's annotations of evaluation and training texts, kept on disk between runs: annotating PolNeAR's 840
 * training texts takes a quarter of an hour, scoring or training on them a few seconds. An entry is one file,
 * {@code NAME-KEY.smile}, where the key is a digest of the text and of the CoreNLP settings, so a changed text or
 * changed settings are annotated again. A change to the annotation code itself is not seen: delete the directory
 * after one. An unreadable entry is annotated again and overwritten.
 */
public final class AnnotationCache {

    private final Path dir;

    public AnnotationCache(Path dir) {
        this.dir = dir;
    }

    /** The cached annotations of {@code name}'s {@code text}, else {@code annotate}'s, stored for the next run. */
    public AnnotatedArticle get(String name, String text, Supplier<AnnotatedArticle> annotate) {
        Path file = dir.resolve(name + "-" + key(text) + ".smile");
        Optional<AnnotatedArticle> cached = read(file);
        if (cached.isPresent()) {
            return cached.get();
        }
        AnnotatedArticle annotated = annotate.get();
        if (annotated.problems().isEmpty()) {
            write(file, annotated);
        }
        return annotated;
    }

    private static Optional<AnnotatedArticle> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(AnalysisCodec.annotated(Files.readAllBytes(file)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private void write(Path file, AnnotatedArticle annotated) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            Files.write(tmp, AnalysisCodec.encode(annotated));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annotation cache entry " + file
                    + " (is the --cache directory writable?)", e);
        }
    }

    private static String key(String text) {
        String settings = new TreeMap<>(CoreNlpAnnotator.properties()).toString();
        return Ids.sha256(settings + "\u0000" + text).substring(0, 16);
    }
}
