package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live views in a real terminal (tmux, 50 columns): the demo's view and a peer's status line are
 * drawn on stderr at the bottom of the screen and cut to the terminal's width while stdout is
 * piped into a file; plain lines only, never an escape code, when stderr is a file or TERM is dumb.
 */
class LiveViewTerminalTest {
    private static final int COLUMNS = 50;
    private static final int ROWS = 24;
    @TempDir Path dir;

    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(Tmux.installed(), "tmux is not installed");
    }

    /**
     * The demo for {@code seconds}: at least 3 s, since its joiners show tick 0 until they have
     * the network's time (about 2.5 s after the start: three hops of joiners learning it in turn),
     * and only then is there a tick every peer has settled to compare hashes at.
     */
    private static String demo(String seconds) {
        return Tmux.symp("demo", "--seconds", seconds, "--delta", "20ms", "--rate", "120");
    }

    @Test
    void shouldDrawTheViewOnStderrSizedToTheTerminalWhileStdoutIsPiped() throws Exception {
        Path piped = dir.resolve("piped.txt");
        Path errFile = dir.resolve("err.txt");
        String session = Tmux.session("live-view");
        Tmux.run("new-session", "-d", "-x", "" + COLUMNS, "-y", "" + ROWS, "-s", session,
                demo("4s") + " | cat > '" + piped + "'; " + demo("3s") + " 2>'" + errFile + "' >/dev/null;"
                        + " echo DONE; sleep 60");
        try {
            // While the demo runs (its verdict not yet on stdout), the view is on the screen.
            String live = Tmux.awaitScreen(session, s -> s.contains("hashes at tick") && running(piped));
            List<String> rows = live.lines().toList();
            assertEquals(ROWS, rows.size(), live);
            assertTrue(rows.get(ROWS - 1).startsWith("hashes at tick"), "the view's last line at the bottom:\n" + live);
            for (int peer = 1; peer <= 5; peer++) {
                String row = rows.get(ROWS - 7 + peer);
                assertTrue(row.startsWith("peer " + peer + "  tick "), live);
                assertTrue(row.length() <= COLUMNS && row.endsWith("…"), "cut to the width, not wrapped:\n" + live);
            }
            Tmux.awaitScreen(session, s -> s.contains("DONE"));
            String out = Files.readString(piped);
            assertTrue(out.contains("all 5 peers agree at tick"), out);
            assertFalse(out.contains("\033") || out.contains("hashes at tick"), "stdout: the verdict only\n" + out);
            String err = Files.readString(errFile);
            assertTrue(err.matches("(?s).*hashes at tick \\d+: all 5 peers [0-9a-f]{8}.*"), err);
            assertFalse(err.contains("\033") || err.contains("\r"), "stderr a file: plain lines\n" + err);
        } finally {
            Tmux.run("kill-session", "-t", session);
        }
    }

    private static boolean running(Path piped) {
        try {
            return Files.exists(piped) && !Files.readString(piped).contains("events stopped");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void shouldKeepAPeersStatusOnTheLastRowWhileStdoutIsPiped() throws Exception {
        Path piped = dir.resolve("peer.txt");
        String session = Tmux.session("peer-status");
        Tmux.run("new-session", "-d", "-x", "" + COLUMNS, "-y", "" + ROWS, "-s", session,
                Tmux.symp("peer", "--until-tick", "100") + " | cat > '" + piped + "'; echo DONE; sleep 60");
        try {
            String live = Tmux.awaitScreen(session, s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("tick "));
            String last = live.lines().reduce((a, b) -> b).orElseThrow();
            assertTrue(last.length() <= COLUMNS && last.endsWith("…"), "cut to the width:\n" + live);
            Tmux.awaitScreen(session, s -> s.contains("DONE"));
            String out = Files.readString(piped);
            assertTrue(out.matches("tick 100 hash [0-9a-f]{16}\\R"), out);
        } finally {
            Tmux.run("kill-session", "-t", session);
        }
    }

    @Test
    void shouldWritePlainLinesToADumbTerminal() throws Exception {
        Path raw = dir.resolve("raw.txt");
        Path go = dir.resolve("go");
        String session = Tmux.session("dumb-view");
        Tmux.run("new-session", "-d", "-x", "" + COLUMNS, "-y", "" + ROWS, "-s", session,
                "while [ ! -e '" + go + "' ]; do sleep 0.1; done; TERM=dumb " + demo("3s")
                        + " >/dev/null; echo DONE; sleep 60");
        try {
            Tmux.run("pipe-pane", "-o", "-t", session, "cat > '" + raw + "'");
            Files.createFile(go);
            Tmux.awaitScreen(session, s -> s.contains("DONE"));
            String written = Files.readString(raw);
            assertTrue(written.contains("hashes at tick"), written);
            assertFalse(written.contains("\033"), "TERM=dumb: no escape code\n" + written);
        } finally {
            Tmux.run("kill-session", "-t", session);
        }
    }
}
