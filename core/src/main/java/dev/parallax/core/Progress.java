package dev.parallax.core;

/** Receives progress of long stages; the CLI shows it as a progress bar. */
public interface Progress {

    /** A stage begins that will take {@code total} steps. */
    void start(String stage, int total);

    /** One step of the current stage is done. */
    void step();

    /** The current stage is finished. */
    void finish();

    Progress NONE = new Progress() {
        @Override
        public void start(String stage, int total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void finish() {
        }
    };
}
