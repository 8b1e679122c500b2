package io.symp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.utils.OSUtils;

/**
 * The size of the terminal stderr is on, asked of that terminal itself ({@code stty -F} on the
 * device behind file descriptor 2), so that it is right even when stdin is a file or a pipe
 * (JLine's own query, {@code stty -a}, reads stdin's terminal). Falls back to LINES and COLUMNS,
 * then 24 × 80.
 */
final class TtySize {
    static final int ROWS_DEFAULT = 24;
    static final int COLUMNS_DEFAULT = 80;
    private static final long STTY_WAIT_MS = 2_000;

    private TtySize() {}

    /** Rows and columns of stderr's terminal, or the fallbacks when they cannot be read. */
    static Size ofStderr() {
        Size asked = askStty();
        if (asked != null) {
            return asked;
        }
        return new Size(env("COLUMNS", COLUMNS_DEFAULT), env("LINES", ROWS_DEFAULT));
    }

    private static Size askStty() {
        try {
            Path device = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            if (!device.toString().startsWith("/dev/")) {
                return null;
            }
            Process p = new ProcessBuilder(OSUtils.STTY_COMMAND, OSUtils.STTY_F_OPTION, device.toString(), "size")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!p.waitFor(STTY_WAIT_MS, TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                return null;
            }
            String[] rowsColumns = out.split("\\s+");
            int rows = Integer.parseInt(rowsColumns[0]);
            int columns = Integer.parseInt(rowsColumns[1]);
            return rows > 0 && columns > 0 ? new Size(columns, rows) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int env(String name, int fallback) {
        try {
            int n = Integer.parseInt(System.getenv().getOrDefault(name, ""));
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
