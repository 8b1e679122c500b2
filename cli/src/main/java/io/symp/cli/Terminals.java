package io.symp.cli;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether symp may draw on a stream: decided per stream (isatty through JLine's exec provider,
 * not {@code System.console()}, which reflects stdin and stdout together, and on JDK 22+ is
 * there even when both are files). Progress bars and live views are drawn on stderr only when
 * stderr is a terminal whose TERM is not {@code dumb} ({@link Progress}, {@link LiveLines}); its
 * size is {@link TtySize}'s. symp writes no colour of its own; picocli's help colours follow
 * NO_COLOR, and TERM=dumb turns them off ({@link Main}).
 */
public final class Terminals {
    private static final Map<SystemStream, Boolean> TERMINAL = new EnumMap<>(SystemStream.class);

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

    private static TerminalProvider provider() throws IOException {
        return TerminalProvider.load("exec");
    }
}
