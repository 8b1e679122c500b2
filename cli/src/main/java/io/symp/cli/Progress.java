package io.symp.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;

/**
 * Progress of long work on stderr: a bar sized to the terminal when stderr is one (and TERM is
 * not dumb), otherwise a plain line at most every {@link #PLAIN_INTERVAL_NANOS}, so a log file
 * or a pipe never receives an escape code.
 */
final class Progress implements AutoCloseable {
    static final long PLAIN_INTERVAL_NANOS = 10_000_000_000L;

    private final String task;
    private final long max;
    private final PrintWriter err;
    private final ProgressBar bar;
    private long lastPlainNanos = System.nanoTime();
    private long current;

    Progress(String task, long max, PrintWriter err) {
        this.task = task;
        this.max = max;
        this.err = err;
        if (Terminals.canRedraw(SystemStream.Error)) {
            int width = Math.max(20, TtySize.ofStderr().getColumns() - 1);
            var consumer = new DelegatingProgressBarConsumer(line -> {
                err.print("\r" + line);
                err.flush();
            }, width);
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(consumer).build();
        } else {
            bar = null;
        }
    }

    synchronized void stepTo(long n) {
        current = n;
        if (bar != null) {
            bar.stepTo(n);
            return;
        }
        long now = System.nanoTime();
        if (now - lastPlainNanos >= PLAIN_INTERVAL_NANOS) {
            lastPlainNanos = now;
            err.printf(Locale.ROOT, "%s: %d of %d (%.0f%%)%n", task, n, max, 100.0 * n / Math.max(1, max));
            err.flush();
        }
    }

    synchronized void step() {
        stepTo(current + 1);
    }

    synchronized void stepBy(int n) {
        stepTo(current + n);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
        }
    }
}
