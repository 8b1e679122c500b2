package io.symp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal (for progress that must not reach files and pipes). */
final class Terminals {
    private Terminals() {}

    static boolean stderrIsTerminal() {
        try {
            // Linux names a descriptor's target here; elsewhere, a console means a terminal.
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Fall through.
        }
        return System.console() != null;
    }
}
