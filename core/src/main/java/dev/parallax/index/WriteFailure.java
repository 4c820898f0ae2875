package dev.parallax.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns an I/O error met while writing a corpus into a message that says what happened and what to do. */
public final class WriteFailure {

    /** Below this much usable space, a failed write is taken for a full disk. */
    private static final long NEARLY_FULL = 1L << 20;

    private WriteFailure() {
    }

    /** {@code e} explained for the corpus under {@code dir}: a full disk is named as such, with the way out. */
    public static IOException explain(Path dir, IOException e) {
        if (diskFull(dir, e)) {
            return new IOException("the disk holding the corpus at " + dir + " is full (" + e.getMessage()
                    + "); free some space and run the same command again: what was committed before is kept, the"
                    + " raw inputs of this run are kept in " + dir.resolve("raw") + " as far as they were written,"
                    + " and the rerun finishes the rest", e);
        }
        return new IOException("cannot write to the corpus at " + dir + ": " + e.getMessage(), e);
    }

    /** Whether {@code e} came from a full disk: its message says so, or the corpus's file store is nearly full. */
    public static boolean diskFull(Path dir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("There is not enough space on the disk")) {
                return true;
            }
        }
        try {
            return Files.getFileStore(Files.exists(dir) ? dir : dir.toAbsolutePath().getParent()).getUsableSpace()
                    < NEARLY_FULL;
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }
}
