package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terminal output follows stderr, not stdin/stdout (tmux as the terminal): a replay piped into
 * a file still shows its bar on the terminal, and one whose stderr is a file writes no escape
 * code into it.
 */
class ProgressTerminalTest {
    @TempDir Path dir;

    @Test
    void shouldDrawTheBarOnStderrOnlyWhenStderrIsATerminal() throws Exception {
        Assumptions.assumeTrue(Tmux.installed(), "tmux is not installed");
        Path logs = dir.resolve("logs");
        CliTest.Result sim = CliTest.run("sim", "--topology", "line-2", "--fps", "1000",
                "--duration", "110s", "--warmup", "1s", "--start-spread", "0s", "--rate", "60",
                "--record-dir", logs.toString());
        assertEquals(0, sim.code(), sim.err());
        Path log = logs.resolve("peer0.symplog");
        String symp = Tmux.symp("replay", log.toString());
        Path piped = dir.resolve("piped.txt");
        Path errFile = dir.resolve("err.txt");
        String session = Tmux.session("progress");
        String command = symp + " | cat > '" + piped + "'; " + symp + " 2>'" + errFile
                + "' | cat >/dev/null; echo DONE; sleep 30";
        Tmux.run("new-session", "-d", "-x", "100", "-y", "30", "-s", session, command);
        try {
            String screen = Tmux.awaitScreen(session, sc -> sc.contains("DONE"));
            assertTrue(screen.matches("(?s).*replay 100% \\[=+\\].*"), screen);
            String out = Files.readString(piped);
            assertTrue(out.contains("clean: true"), out);
            assertFalse(out.contains("\033"), "stdout piped: no escape codes");
            String err = Files.readString(errFile);
            assertFalse(err.contains("\033") || err.contains("\r"), "stderr a file: " + err);
        } finally {
            Tmux.run("kill-session", "-t", session);
        }
    }
}
