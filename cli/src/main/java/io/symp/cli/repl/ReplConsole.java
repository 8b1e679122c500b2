package io.symp.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The two ways to drive a {@link ReplSession}: a person at a terminal (JLine: history,
 * completion, Ctrl-C cancels the line or the running command, notices and log lines above
 * the prompt) or a script (lines in order, each echoed
 * with its result; the exit code says whether every line worked).
 */
public final class ReplConsole {
    /** Lines kept in the history file. */
    static final int HISTORY_SIZE = 10_000;

    private ReplConsole() {
    }

    /** Runs the session at the system terminal until quit or Ctrl-D; returns the exit code. */
    public static int interactive(ReplSession session, Path history) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("symp")
                    .completer(new ReplCompleter(session))
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                    .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE)
                    // The line as typed: JLine would otherwise drop backslashes and expand '!',
                    // which text arguments use ("say \"hi\"!").
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            session.notices(reader::printAbove);
            Thread main = Thread.currentThread();
            terminal.handle(Terminal.Signal.INT, signal -> main.interrupt());
            PrintStream stderr = System.err;
            System.setErr(new PrintStream(new LinesAbove(reader::printAbove), true,
                    StandardCharsets.UTF_8));
            try {
                prompt(session, reader, terminal.writer());
            } finally {
                System.setErr(stderr);
                reader.getHistory().save();
            }
            return 0;
        }
    }

    private static void prompt(ReplSession session, LineReader reader, PrintWriter out) {
        out.println("symp repl: peer " + Long.toUnsignedString(session.peer().id()) + " (app "
                + session.peer().peer().appInfo().name()
                + "); 'help' lists commands, Ctrl-D quits");
        while (!session.quitRequested()) {
            String line;
            try {
                line = reader.readLine("symp> ");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            session.run(line, out);
            Thread.interrupted();
        }
    }

    /**
     * Runs the lines of {@code in} in order, echoing each ({@code > line}) before its result;
     * stops at {@code quit} or the end. Returns 0 when every line worked, 1 otherwise.
     */
    public static int script(ReplSession session, BufferedReader in, PrintWriter out)
            throws IOException {
        return script(session, in, out, out);
    }

    /** As {@link #script(ReplSession, BufferedReader, PrintWriter)}, errors to {@code err}. */
    public static int script(ReplSession session, BufferedReader in, PrintWriter out,
                             PrintWriter err) throws IOException {
        session.notices(s -> {
            synchronized (out) {
                out.println(s);
                out.flush();
            }
        });
        boolean failed = false;
        String line;
        while (!session.quitRequested() && (line = in.readLine()) != null) {
            synchronized (out) {
                out.println("> " + line);
            }
            failed |= session.run(line, out, err) != ReplSession.OK;
        }
        out.flush();
        return failed ? 1 : 0;
    }
}
