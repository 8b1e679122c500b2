package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.record.LogContents;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code symp repl} in a real terminal (tmux): Tab completion of events, commands and files,
 * history, Ctrl-C, and Ctrl-D flushing a recording.
 */
class ReplConsoleTest {
    private static final long WAIT_NANOS = 20_000_000_000L;

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

    private static String awaitScreen(String session, String what, Predicate<String> condition)
            throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", session);
            if (condition.test(screen)) {
                return screen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
    }

    /** Waits until the line was accepted: JLine moved the cursor below it. */
    private static void awaitCursorBelow(String session, int row) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (Integer.parseInt(tmux("display-message", "-p", "-t", session, "#{cursor_y}").strip())
                <= row) {
            assertTrue(System.nanoTime() < deadline, "line not accepted");
            Thread.sleep(20);
        }
    }

    /**
     * Waits until the pane's terminal is back in canonical mode: the REPL left the line editor
     * (JLine's exec provider switches modes with stty, which takes a moment under load) and runs
     * the command, so Ctrl-C is a signal rather than a key.
     */
    private static void awaitCookedMode(String session) throws Exception {
        awaitMode(session, true);
    }

    /** Waits until the line editor has the terminal (raw: no canonical mode). */
    private static void awaitRawMode(String session) throws Exception {
        awaitMode(session, false);
    }

    private static void awaitMode(String session, boolean cooked) throws Exception {
        String tty = tmux("display-message", "-p", "-t", session, "#{pane_tty}").strip();
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            Process p = new ProcessBuilder("stty", "-a", "-F", tty).redirectErrorStream(true).start();
            String modes = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            if (modes.contains("-icanon") != cooked) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "terminal mode: " + modes);
            Thread.sleep(20);
        }
    }

    @Test
    void shouldCompleteAnEventNameAndRecallHistory() throws Exception {
        Assumptions.assumeTrue(hasTmux(), "tmux is not installed");
        Path history = dir.resolve("history");
        String session = "symp-repl-test-" + ProcessHandle.current().pid();
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "'" + java + "' --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.lang.reflect=ALL-UNNAMED"
                + " -cp '" + System.getProperty("java.class.path")
                + "' io.symp.cli.Main repl --app move --history '" + history
                + "'; echo EXIT=$?; sleep 30";
        tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", session, command);
        try {
            awaitScreen(session, "the prompt", s -> s.contains("symp>"));
            tmux("send-keys", "-t", session, "emit u", "Tab");
            awaitScreen(session, "completion", s -> s.contains("symp> emit up"));
            tmux("send-keys", "-t", session, "Enter");
            awaitScreen(session, "the event and a fresh prompt",
                    s -> s.contains("emitted up") && s.strip().endsWith("symp>"));
            tmux("send-keys", "-t", session, "Up");
            awaitScreen(session, "history", s -> s.strip().endsWith("symp> emit up"));
            tmux("send-keys", "-t", session, "C-c");
            awaitScreen(session, "a fresh prompt", s -> s.strip().endsWith("symp>"));
            tmux("send-keys", "-t", session, "timeline", "Enter");
            String screen = awaitScreen(session, "the timeline", s -> s.contains("1 events"));
            assertEquals(1, screen.split("emitted up", -1).length - 1, "Ctrl-C cancels the line");
            tmux("send-keys", "-t", session, "sleep 30s", "Enter");
            String typed = awaitScreen(session, "the sleep", s -> s.contains("symp> sleep 30s"));
            int row = typed.lines().toList().indexOf("symp> sleep 30s");
            awaitCursorBelow(session, row);
            awaitCookedMode(session);
            tmux("send-keys", "-t", session, "C-c");
            awaitScreen(session, "the interrupt", s -> s.contains("error: interrupted"));
            Files.createDirectory(dir.resolve("logs"));
            tmux("send-keys", "-t", session, "rec", "Tab", "st", "Tab");
            awaitScreen(session, "record completion", s -> s.contains("symp> record st"));
            tmux("send-keys", "-t", session, "C-u", "record start " + dir + "/lo", "Tab");
            awaitScreen(session, "file completion", s -> s.contains("record start " + dir + "/logs/"));
            tmux("send-keys", "-t", session, "r.log", "Enter");
            awaitScreen(session, "the recording", s -> s.contains("recording to " + dir + "/logs/r.log"));
            awaitRawMode(session);
            tmux("send-keys", "-t", session, "C-d");
            awaitScreen(session, "a clean exit", s -> s.contains("EXIT=0"));
            LogContents log = LogReader.read(dir.resolve("logs/r.log"));
            assertEquals(null, log.warning(), "Ctrl-D flushed the recording whole");
            assertEquals(1, log.records().stream().filter(r -> r instanceof LogRecord.EventRecord).count());
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (!Files.exists(history) || !Files.readString(history).contains("emit up")) {
                assertTrue(System.nanoTime() < deadline, "history not saved");
                Thread.sleep(50);
            }
        } finally {
            tmux("kill-session", "-t", session);
        }
    }
}
