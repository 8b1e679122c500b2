package io.symp.cli.repl;

import io.symp.core.UserError;
import io.symp.net.NetworkPeer;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One REPL session: a live peer (touched only through its thread) and the commands typed at it.
 * Each line is parsed by a fresh {@link ReplCommands} tree, so no option outlives its line. A bad
 * line gets a one-line error and the session goes on.
 */
public final class ReplSession implements AutoCloseable {
    /** What {@link #run} returns for a line that worked. */
    public static final int OK = 0;
    /** What {@link #run} returns for a line that failed (bad input or a refused command). */
    public static final int FAILED = 1;

    private final NetworkPeer peer;
    private final LateEvents late = new LateEvents();
    private final ReplRecording recording;
    private volatile Consumer<String> noticeSink = s -> { };
    private final long startNanos = System.nanoTime();
    private boolean quit;

    /** Takes over {@code peer}: listens to it, and closes it on {@link #close}. */
    public ReplSession(NetworkPeer peer) {
        this.peer = peer;
        this.recording = new ReplRecording(peer);
        Notices notices = new Notices(s -> noticeSink.accept(s), () -> peer.peer().nonDeterminism());
        peer.call(() -> {
            peer.peer().addListener(late);
            peer.peer().addListener(notices);
            return null;
        });
    }

    /** Where asynchronous notices (rollbacks, links, divergences) go; any thread may call it. */
    public void notices(Consumer<String> sink) {
        this.noticeSink = sink;
    }

    NetworkPeer peer() {
        return peer;
    }

    /** When the session began (monotonic clock), for the pace in {@code stats}. */
    long startNanos() {
        return startNanos;
    }

    LateEvents late() {
        return late;
    }

    ReplRecording recording() {
        return recording;
    }

    /** Whether {@code quit} was typed. */
    public boolean quitRequested() {
        return quit;
    }

    void requestQuit() {
        quit = true;
    }

    /** Runs one line, writing its result and any error to {@code out}; OK or FAILED. */
    public int run(String line, PrintWriter out) {
        return run(line, out, out);
    }

    /** Runs one line: its result to {@code out}, an error (one line) to {@code err}. */
    public int run(String line, PrintWriter out, PrintWriter err) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return OK;
        }
        String[] words;
        try {
            words = ReplWords.split(trimmed).toArray(String[]::new);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return FAILED;
        }
        CommandLine cl = commandLine(out, err);
        int code = cl.execute(words);
        out.flush();
        err.flush();
        return code == 0 ? OK : FAILED;
    }

    /** A fresh command tree for one line. */
    CommandLine commandLine(PrintWriter out) {
        return commandLine(out, out);
    }

    private CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ReplCommands(this));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            boolean unknown = ex instanceof CommandLine.UnmatchedArgumentException
                    && ex.getCommandLine() == cl && !args[0].equals("help");
            err.println(unknown ? "error: unknown command '" + args[0] + "'"
                    + Suggestions.didYouMean(args[0], cl.getSubcommands().keySet()) + " (try 'help')"
                    : "error: " + ex.getMessage() + " (try 'help " + args[0] + "')");
            return FAILED;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            Throwable cause = ex instanceof IllegalStateException && ex.getCause() != null
                    ? ex.getCause() : ex;
            if (cause instanceof InterruptedException) {
                Thread.interrupted();
                err.println("error: interrupted");
                return FAILED;
            }
            if (cause instanceof UserError || cause instanceof IllegalArgumentException
                    || cause instanceof IllegalStateException) {
                err.println("error: " + cause.getMessage());
                return FAILED;
            }
            throw ex;
        });
        return cl;
    }

    /** Stops any recording (its last block written), then the peer. */
    @Override
    public void close() {
        noticeSink = s -> { };
        try {
            if (recording.isOn()) {
                recording.stop();
            }
        } finally {
            peer.close();
        }
    }
}
