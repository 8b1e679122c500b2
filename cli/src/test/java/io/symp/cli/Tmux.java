package io.symp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** tmux as a real terminal for tests: sessions, screens, and symp run as its own process. */
final class Tmux {
    private static final long WAIT_NANOS = 60_000_000_000L;

    private Tmux() {}

    static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String screen(String session) throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", session);
    }

    /** The first screen of {@code session} that {@code done} accepts; fails after a minute. */
    static String awaitScreen(String session, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen(session);
            if (done.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out; screen:\n" + screen);
    }

    /** A shell command line running symp from this test's classes, in its own JVM. */
    static String symp(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        StringBuilder b = new StringBuilder("'" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' io.symp.cli.Main");
        for (String a : args) {
            b.append(" '").append(a).append("'");
        }
        return b.toString();
    }

    /** A session name unique to this JVM and {@code what}. */
    static String session(String what) {
        return "symp-" + what + "-" + ProcessHandle.current().pid();
    }
}
