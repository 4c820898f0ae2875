package dev.parallax.spark;

import dev.parallax.core.Problem;
import org.apache.spark.sql.Row;

import java.io.Serializable;

/** What a task of the job hands on: an input read, an article's finished row, or a problem. */
sealed interface Piece extends Serializable {

    /** An input read from a file, waiting to be extracted and analysed. */
    record Read(RawInput input) implements Piece {
    }

    /** One article's row of the {@code analyses} table. */
    record Analysed(Row row) implements Piece {
    }

    /** A row of the {@code problems} table: an input that could not be read, or an article that failed. */
    record Trouble(String stage, String location, String message, String kind) implements Piece {
        static Trouble of(Problem p) {
            return new Trouble(p.stage(), p.location(), p.message(), p.kind().name());
        }

        Problem problem() {
            return new Problem(stage, location, message, Problem.Kind.valueOf(kind));
        }
    }
}
