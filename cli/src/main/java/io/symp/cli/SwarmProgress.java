package io.symp.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** The swarm's progress bar on standard error, drawn only when it is a terminal. */
final class SwarmProgress {
    private static final int WIDTH = 40;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;

    SwarmProgress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    synchronized void step(int seeds) {
        done += seeds;
        if (shown) {
            int filled = (int) ((long) WIDTH * done / total);
            err.printf(Locale.ROOT, "\rswarm [%s%s] %d/%d", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
            err.flush();
        }
    }

    synchronized void close() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
