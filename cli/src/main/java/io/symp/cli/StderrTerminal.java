package io.symp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * A JLine terminal that draws on the command's stderr writer, opened only when stderr is a
 * terminal that can be redrawn ({@link Terminals#canRedraw}: TERM set and not {@code dumb}) and
 * whose TERM's capabilities are known. It reads nothing (stdin stays the command's) and follows
 * the terminal's size, asked again at most every {@link #SIZE_CHECK_NANOS}.
 */
final class StderrTerminal implements AutoCloseable {
    static final long SIZE_CHECK_NANOS = 1_000_000_000L;

    private final Terminal terminal;
    private long sizeCheckedNanos = System.nanoTime();

    private StderrTerminal(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The terminal on stderr, or null when stderr is not one symp may draw on. */
    static StderrTerminal open(PrintWriter err) {
        String type = System.getenv("TERM");
        // TERM first: asking whether stderr is a terminal runs a process (JLine's exec provider),
        // and a peer started without TERM (a service) need not pay its classes and reaper thread.
        if (type == null || !known(type) || !Terminals.canRedraw(org.jline.terminal.spi.SystemStream.Error)) {
            return null;
        }
        try {
            Terminal t = TerminalBuilder.builder().system(false).provider("exec").type(type)
                    .streams(InputStream.nullInputStream(), new WriterOutputStream(err))
                    .encoding(StandardCharsets.UTF_8).size(TtySize.ofStderr()).paused(true)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
            return new StderrTerminal(t);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether JLine knows how to drive {@code type} (shipped or from infocmp), asked quietly. */
    private static boolean known(String type) {
        try {
            return InfoCmp.getInfoCmp(type) != null;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A status area at the bottom of the screen, or null when this terminal has no scroll region. */
    Status status() {
        boolean scrolls = terminal.getStringCapability(Capability.change_scroll_region) != null
                && terminal.getStringCapability(Capability.save_cursor) != null
                && terminal.getStringCapability(Capability.restore_cursor) != null
                && terminal.getStringCapability(Capability.cursor_address) != null;
        return scrolls ? Status.getStatus(terminal) : null;
    }

    /** The terminal's width in columns, as last asked. */
    int columns() {
        return terminal.getSize().getColumns();
    }

    /** Resizes {@code status} when the terminal's size changed since it was last asked. */
    void followSize(Status status) {
        long now = System.nanoTime();
        if (now - sizeCheckedNanos < SIZE_CHECK_NANOS) {
            return;
        }
        sizeCheckedNanos = now;
        Size size = TtySize.ofStderr();
        if (!size.equals(terminal.getSize())) {
            terminal.setSize(size);
            status.resize(size);
        }
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // Nothing to release: the writer belongs to the command.
        }
    }
}
