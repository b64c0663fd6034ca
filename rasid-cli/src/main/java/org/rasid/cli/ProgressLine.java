package org.rasid.cli;

import java.io.PrintStream;
import org.rasid.store.IngestRun;

/**
 * A progress bar on stderr: count, rate and ETA against an estimated total, redrawn in place at most twice a
 * second on a terminal, and printed as a plain line every 10 seconds otherwise (logs, CI).
 */
final class ProgressLine implements IngestRun.Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressLine(PrintStream err, long estimatedTotal, boolean terminal) {
        this.err = err;
        this.total = estimatedTotal;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(long done, long stored) {
        long now = System.nanoTime();
        if (now - lastDrawn < (terminal ? 500_000_000L : 10_000_000_000L)) {
            return;
        }
        lastDrawn = now;
        draw(done, stored, now);
    }

    synchronized void finish(long done, long stored) {
        draw(done, stored, System.nanoTime());
        if (terminal) {
            err.println();
        }
    }

    private void draw(long done, long stored, long now) {
        double seconds = Math.max(now - started, 1) / 1e9;
        double rate = done / seconds;
        String bar = "";
        String eta = "";
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            bar = "[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] ";
            eta = rate > 0 && done < total ? " ETA " + clock((total - done) / rate) : "";
        }
        String line = String.format("ingest %s%d/%s  stored %d  %.1f art/s  %s%s", bar, done,
                total > 0 ? Long.toString(total) : "?", stored, rate, clock(seconds), eta);
        err.print(terminal ? "\r" + line : line + System.lineSeparator());
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
