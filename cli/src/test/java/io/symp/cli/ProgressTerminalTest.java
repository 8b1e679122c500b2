package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terminal output follows stderr, not stdin/stdout (tmux as the terminal): a replay piped into
 * a file still shows its bar on the terminal, and one whose stderr is a file writes no escape
 * code into it.
 */
class ProgressTerminalTest {
    private static final long WAIT_NANOS = 30_000_000_000L;
    @TempDir Path dir;

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static boolean hasTmux() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String awaitDone(String session) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", session);
            if (screen.contains("DONE")) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out; screen:\n" + screen);
    }

    @Test
    void shouldDrawTheBarOnStderrOnlyWhenStderrIsATerminal() throws Exception {
        Assumptions.assumeTrue(hasTmux(), "tmux is not installed");
        Path logs = dir.resolve("logs");
        CliTest.Result sim = CliTest.run("sim", "--topology", "line-2", "--fps", "1000",
                "--duration", "110s", "--warmup", "1s", "--start-spread", "0s", "--rate", "60",
                "--record-dir", logs.toString());
        assertEquals(0, sim.code(), sim.err());
        Path log = logs.resolve("peer0.symplog");
        String java = ProcessHandle.current().info().command().orElse("java");
        String symp = "'" + java + "' --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.lang.reflect=ALL-UNNAMED"
                + " -cp '" + System.getProperty("java.class.path")
                + "' io.symp.cli.Main replay '" + log + "'";
        Path piped = dir.resolve("piped.txt");
        Path errFile = dir.resolve("err.txt");
        String session = "symp-progress-test-" + ProcessHandle.current().pid();
        String command = symp + " | cat > '" + piped + "'; " + symp + " 2>'" + errFile
                + "' | cat >/dev/null; echo DONE; sleep 30";
        tmux("new-session", "-d", "-x", "100", "-y", "30", "-s", session, command);
        try {
            String screen = awaitDone(session);
            assertTrue(screen.matches("(?s).*replay 100% \\[=+\\].*"), screen);
            String out = Files.readString(piped);
            assertTrue(out.contains("clean: true"), out);
            assertFalse(out.contains("\033"), "stdout piped: no escape codes");
            String err = Files.readString(errFile);
            assertFalse(err.contains("\033") || err.contains("\r"), "stderr a file: " + err);
        } finally {
            tmux("kill-session", "-t", session);
        }
    }
}
