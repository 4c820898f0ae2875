package dev.parallax.ingest;

import dev.parallax.core.Problem;

import java.util.List;

/** What reading a set of paths produced: the documents found and the inputs that could not be read. */
public record Ingested(List<RawDocument> documents, List<Problem> problems) {

    public Ingested {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
