package io.symp.cli;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether symp may draw on a stream: decided per stream (isatty through JLine's exec provider,
 * not {@code System.console()}, which reflects stdin and stdout together, and on JDK 22+ is
 * there even when both are files). Progress bars and status lines are drawn on stderr only when
 * stderr is a terminal whose TERM is not {@code dumb}; colour also needs NO_COLOR unset or empty.
 */
public final class Terminals {
    private static final Map<SystemStream, Boolean> TERMINAL = new EnumMap<>(SystemStream.class);
    private static final int WIDTH_DEFAULT = 80;

    private Terminals() {}

    /** Whether {@code stream} is a terminal (of any kind, dumb included). */
    public static synchronized boolean isTerminal(SystemStream stream) {
        return TERMINAL.computeIfAbsent(stream, s -> {
            try {
                return provider().isSystemStream(s);
            } catch (IOException | RuntimeException | LinkageError e) {
                return false;
            }
        });
    }

    /** Whether cursor movement and redrawing may be written to {@code stream}. */
    public static boolean canRedraw(SystemStream stream) {
        String term = System.getenv("TERM");
        return isTerminal(stream) && !"dumb".equals(term);
    }

    /** Whether progress may be redrawn on stderr (a terminal, TERM not dumb). */
    public static boolean stderrIsTerminal() {
        return canRedraw(SystemStream.Error);
    }

    /** Whether colour may be written to {@code stream}. */
    public static boolean canColour(SystemStream stream) {
        String noColour = System.getenv("NO_COLOR");
        return canRedraw(stream) && (noColour == null || noColour.isEmpty());
    }

    /** Columns of {@code stream}'s terminal; COLUMNS or 80 when unknown. */
    public static int width(SystemStream stream) {
        if (isTerminal(stream)) {
            try {
                int w = provider().systemStreamWidth(stream);
                if (w > 0) {
                    return w;
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // The fallbacks below.
            }
        }
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return columns > 0 ? columns : WIDTH_DEFAULT;
        } catch (NumberFormatException e) {
            return WIDTH_DEFAULT;
        }
    }

    private static TerminalProvider provider() throws IOException {
        return TerminalProvider.load("exec");
    }
}
