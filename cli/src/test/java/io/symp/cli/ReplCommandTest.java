package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code symp repl --script FILE} in-process: scripted sessions and their output. */
class ReplCommandTest {
    @TempDir Path dir;

    private CliTest.Result script(String lines) throws IOException {
        Path file = dir.resolve("session.txt");
        Files.writeString(file, lines);
        return CliTest.run("repl", "--app", "move", "--script", file.toString());
    }

    @Test
    void shouldShowTheEmittedEventInTheState() throws IOException {
        CliTest.Result r = script("emit up\nsleep 1500ms\nstate\nquit\n");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("> state"), r.out());
        String state = "(?s).*tick \\d+ hash [0-9a-f]{16} x=-?\\d+ y=-?\\d+ dx=0 dy=-1.*";
        assertTrue(r.out().matches(state), r.out());
    }

    @Test
    void shouldGoOnAfterBadLinesAndExitOne() throws IOException {
        CliTest.Result r = script("bogus\nemit nope\nemit up 3\nstate x\nsync-test maybe\n"
                + "sleep soon\n"
                + "emit down\ntimeline\nquit\n");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("error: unknown command 'bogus' (try 'help')"), r.err());
        assertTrue(r.err().contains(
                "error: unknown event 'nope' (events: up, down, left, right, space)"), r.err());
        assertTrue(r.err().contains("error: usage: emit up"), r.err());
        assertTrue(r.err().contains("error: sync-test takes 'on' or 'off', got 'maybe'"), r.err());
        assertTrue(r.err().contains("is not a duration"), r.err());
        assertTrue(!r.out().contains("error:"), "script-mode errors go to stderr: " + r.out());
        assertTrue(r.out().contains("emitted down"), r.out());
        assertTrue(r.out().matches("(?s).*seq 1 down \\(on time\\)\n1 events.*"), r.out());
        assertTrue(!r.out().contains("Exception"), r.out());
    }

    @Test
    void shouldSuggestTheCommandATypoMeantAndRefuseAnUnwritableRecording() throws IOException {
        CliTest.Result r = script("stat\nrecord start /nonexistent/x.symplog\nquit\n");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("error: unknown command 'stat' (did you mean 'state'?)"
                + " (try 'help')"), r.err());
        assertTrue(r.err().contains("error: record start /nonexistent/x.symplog: no such directory"
                + " /nonexistent\n"), r.err());
        assertEquals(2, r.err().lines().filter(l -> l.startsWith("error: ")).count(), r.err());
    }

    @Test
    void shouldShowAPastStateWithoutDisturbingTheLiveOne() throws IOException {
        CliTest.Result r = script("emit right\nsleep 1s\nstate 5\nstate 5\nstate 100000000\n"
                + "snapshots\n"
                + "sync-test on\nsleep 300ms\nstats\nsync-test off\nquit\n");
        assertEquals(1, r.code(), r.out());
        String[] lines = r.out().split("\n");
        String first = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("> state 5")) {
                if (first == null) {
                    first = lines[i + 1];
                } else {
                    assertEquals(first, lines[i + 1]);
                }
            }
        }
        assertTrue(first.startsWith("tick 5 hash "), r.out());
        assertTrue(r.err().contains("error: tick 100000000 is out of reach"), r.err());
        assertTrue(r.out().contains("snapshots every 32 ticks"), r.out());
        assertTrue(r.out().contains("sync-test on\n"), r.out());
        assertTrue(r.out().matches("(?s).*pace [0-9.]+ ticks/s.*sync-test on.*"), r.out());
    }

    @Test
    void shouldRefuseAMissingScriptInOneLine() {
        CliTest.Result r = CliTest.run("repl", "--script", dir.resolve("none.txt").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--script " + dir.resolve("none.txt")
                + ": no such file or directory"), r.err());
    }

    @Test
    void shouldReadAScriptFromPipedStdinOfSympPeerRepl() throws Exception {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "io.symp.cli.Main",
                "peer", "--repl", "--app", "move", "--id", "5");
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var in = p.getOutputStream()) {
            in.write("emit left\nsleep 1s\nstate\nquit\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "symp peer --repl did not exit");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        String state = "(?s).*> state\ntick \\d+ hash \\p{XDigit}{16} .*dx=-1 dy=0.*";
        assertTrue(out.matches(state), out);
    }

    @Test
    void shouldRefuseReplWithUntilTick() {
        CliTest.Result r = CliTest.run("peer", "--repl", "--until-tick", "10");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--repl and --until-tick do not go together"), r.err());
    }
}
