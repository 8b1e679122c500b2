package io.symp.cli;

import java.io.PrintWriter;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

/**
 * A few lines kept up to date on stderr. On a terminal: JLine's {@link Status}, at the bottom of
 * the screen, each line cut to the terminal's width (so nothing wraps at any size), while other
 * lines scroll above it. Anywhere else (a file, a pipe, TERM=dumb): the lines printed plainly once
 * every {@code plainIntervalNanos}, never an escape code. Closing gives the terminal back
 * as it was (also on Ctrl-C, by a shutdown hook); {@link #closeShowingLast} then prints the last
 * lines plainly, for a view whose final state is worth keeping on screen.
 */
final class LiveLines implements AutoCloseable {
    /** Whether stderr's charset has '…' (in a C locale AsciiFallback writes it as "..."). */
    private static final boolean ELLIPSIS_SHOWN = AsciiFallback.charsetOf("stderr").newEncoder().canEncode('…');

    private final PrintWriter err;
    private final long plainIntervalNanos;
    private final StderrTerminal terminal;
    private final Status status;
    private final Thread restore;
    private long plainNanos = System.nanoTime();
    private List<String> last = List.of();
    private boolean closed;

    LiveLines(PrintWriter err, long plainIntervalNanos) {
        this.err = err;
        this.plainIntervalNanos = plainIntervalNanos;
        StderrTerminal t = StderrTerminal.open(err);
        Status s = t == null ? null : t.status();
        if (s == null && t != null) {
            t.close();
            t = null;
        }
        terminal = t;
        status = s;
        restore = status == null ? null : new Thread(this::restoreTerminal, "symp-live-lines");
        if (restore != null) {
            Runtime.getRuntime().addShutdownHook(restore);
        }
    }

    /** Whether the lines are drawn in place on a terminal (false: plain periodic lines). */
    boolean onTerminal() {
        return status != null;
    }

    /** Shows {@code lines} now on a terminal, or plainly if the interval has passed. */
    synchronized void show(List<String> lines) {
        last = List.copyOf(lines);
        if (due()) {
            draw(last);
        }
    }

    /**
     * Shows the lines {@code lines} gives, asked for only when they are drawn: every call on a
     * terminal, once an interval elsewhere (so a peer is not queried for a status nobody sees).
     */
    synchronized void show(java.util.function.Supplier<List<String>> lines) {
        if (due()) {
            last = List.copyOf(lines.get());
            draw(last);
        }
    }

    private boolean due() {
        return !closed && (status != null || System.nanoTime() - plainNanos >= plainIntervalNanos);
    }

    private void draw(List<String> lines) {
        if (status != null) {
            terminal.followSize(status);
            int columns = terminal.columns();
            // Cut here rather than by Status, whose '…' a C locale would widen to '...' and wrap.
            status.update(lines.stream().map(l -> new AttributedString(fit(l, columns))).toList());
            return;
        }
        plainNanos = System.nanoTime();
        lines.forEach(err::println);
        err.flush();
    }

    /** A line printed once, above the live lines (they stay where they are). */
    synchronized void above(String line) {
        err.println(line);
        err.flush();
    }

    /** Clears the live area and gives the terminal back. */
    @Override
    public synchronized void close() {
        restoreTerminal();
        if (restore != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // Shutting down: the hook runs, and restoring twice is harmless.
            }
        }
    }

    /** {@link #close}, then the last lines shown, printed plainly (cut to a terminal's width). */
    synchronized void closeShowingLast() {
        boolean wasOpen = !closed;
        int columns = status != null ? TtySize.ofStderr().getColumns() : Integer.MAX_VALUE;
        close();
        if (wasOpen) {
            last.forEach(line -> err.println(fit(line, columns)));
            err.flush();
        }
    }

    /** {@code line} if it fits in {@code columns}, else its start and an ellipsis that fits too. */
    static String fit(String line, int columns) {
        if (line.length() <= columns) {
            return line;
        }
        String ellipsis = ELLIPSIS_SHOWN ? "…" : "...";
        return line.substring(0, Math.max(0, columns - ellipsis.length())) + ellipsis;
    }

    private synchronized void restoreTerminal() {
        if (closed) {
            return;
        }
        closed = true;
        if (status != null) {
            status.hide();
            status.close();
            terminal.close();
        }
        err.flush();
    }
}
