package dev.parallax.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The corpus directory every corpus command reads or writes. */
final class CorpusOptions {

    @Option(names = "--data", defaultValue = "parallax-data", paramLabel = "DIR",
            description = "Corpus directory: Lucene index, raw inputs, briefing versions (default: ${DEFAULT-VALUE}).")
    Path data;
}
