package dev.parallax.cli;

import dev.parallax.core.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows pipeline progress as a progress bar on standard error. */
final class ProgressBars implements Progress {

    private ProgressBar bar;

    /** A bar on a terminal; on a pipe or log file one line at the start and end of each stage. */
    static Progress onStderr(boolean quiet) {
        if (quiet) {
            return Progress.NONE;
        }
        return System.console() != null ? new ProgressBars() : new Lines();
    }

    private static final class Lines implements Progress {
        private String stage;
        private int total;
        private long started;

        @Override
        public synchronized void start(String stage, int total) {
            this.stage = stage;
            this.total = total;
            this.started = System.nanoTime();
            System.err.println("parallax: " + stage + " " + total + " ...");
        }

        @Override
        public void step() {
        }

        @Override
        public synchronized void finish() {
            if (stage != null) {
                System.err.printf("parallax: %s %d done in %.1f s%n", stage, total, (System.nanoTime() - started) / 1e9);
                stage = null;
            }
        }
    }

    @Override
    public synchronized void start(String stage, int total) {
        finish();
        bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .continuousUpdate().build();
    }

    @Override
    public synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
