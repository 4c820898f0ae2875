package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The options of the commands that read labelled articles ({@code eval stories}, {@code train stories}): the file,
 * its gold field and the caches that let later runs skip annotation. A picocli mixin, so both commands take them
 * the same way.
 */
final class LabelledInput {

    @Parameters(paramLabel = "FILE.jsonl", description = "Labelled articles, one JSON object a line (or a CSV/TSV table).")
    Path file;

    @Option(names = "--field", defaultValue = "story", description = "Gold story id field (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--signals", paramLabel = "FILE.json",
            description = "Cache of the articles' clustering signals: written after the first run, read on later runs "
                    + "(when newer than the corpus) so that tuning need not annotate and embed again.")
    Path cache;

    @Option(names = "--analyses", paramLabel = "DIR",
            description = "Cache of the articles' whole analyses, one file per article id: analyses found there "
                    + "(of this analysis version) are read instead of annotating again, new ones are written, so that "
                    + "changes to clustering can be measured in seconds.")
    Path analysesDir;

    /** Where {@link LabelledSignals#read} reads from. */
    LabelledSignals.Source source() {
        return new LabelledSignals.Source(file, field, cache, analysesDir, threads, quiet);
    }

    /** The labelled articles; a file without any gold label is a usage error of the command. */
    LabelledSignals read(CommandLine command) throws IOException {
        try {
            return LabelledSignals.read(source());
        } catch (LabelledSignals.Unlabelled e) {
            throw new CommandLine.ParameterException(command, e.getMessage());
        }
    }
}
