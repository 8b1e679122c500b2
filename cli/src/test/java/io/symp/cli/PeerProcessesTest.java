package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Three real {@code symp peer} processes on loopback, each emitting, agree on the hash of a tick. */
class PeerProcessesTest {
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Each peer listens before the next dials it (a JVM may start slower than its neighbour). */
    private static void awaitListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                assertTrue(System.nanoTime() < deadline, "peer on port " + port + " listening");
                Thread.sleep(50);
            }
        }
    }

    /** A peer process; its stderr goes to {@code err}, for the failure message. */
    private static Process symp(java.nio.file.Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "io.symp.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(err.toFile()).start();
    }

    @Test
    void shouldPrintTheSameHashFromThreePeerProcesses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        agreeRecordReplayAndBisect(dir, List.of(), 2);
    }

    /** An app of one's own from a jar, through peer processes, replay, bisect and inspect. */
    @Test
    void shouldRunAnAppFromAJarThroughPeersReplayAndBisect(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path jar = io.symp.cli.apps.TestApps.arena(dir, "arena.jar", "return v * 5 + 3;");
        List<String> app = List.of("--app-path", jar.toString(), "--app", "arena");
        // Neighbours: a peer that outlives its relay lacks the events emitted after the relay left.
        agreeRecordReplayAndBisect(dir, app, 1);
        CliTest.Result inspect = CliTest.run("inspect", "--app-path", jar.toString(),
                dir.resolve("peer1.symplog").toString());
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("app: arena\n") && inspect.out().contains("app version: 1"), inspect.out());
        assertTrue(inspect.out().contains("app code matches: true"), inspect.out());
    }

    private static void agreeRecordReplayAndBisect(java.nio.file.Path dir, List<String> app, int bisectWith)
            throws Exception {
        List<String> appPath = app.isEmpty() ? List.of() : app.subList(0, 2);
        int[] ports = {freePort(), freePort(), freePort()};
        List<Process> peers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> args = new ArrayList<>(List.of("peer", "--id", String.valueOf(i + 1),
                    "--listen", "127.0.0.1:" + ports[i], "--fps", "200", "--emit-rate", "300",
                    "--seed", String.valueOf(i), "--until-tick", "1600", "--link-delay", "5ms"));
            args.addAll(app);
            if (i > 0) {
                args.addAll(List.of("--join", "127.0.0.1:" + ports[i - 1]));
            }
            args.addAll(List.of("--record", dir.resolve("peer" + i + ".symplog").toString()));
            peers.add(symp(dir.resolve("peer" + i + ".err"), args.toArray(String[]::new)));
            awaitListening(ports[i]);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            Process p = peers.get(i);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "peer finished");
            assertEquals(0, p.exitValue(), "peer " + i + ": " + java.nio.file.Files.readString(dir.resolve("peer" + i + ".err")));
            lines.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assertTrue(lines.get(0).matches("tick 1600 hash [0-9a-f]{16}"), lines.get(0));
        assertEquals(lines.get(0), lines.get(1));
        assertEquals(lines.get(0), lines.get(2));
        for (int i = 0; i < 3; i++) {
            List<String> replayArgs = new ArrayList<>(List.of("replay"));
            replayArgs.addAll(appPath);
            replayArgs.add(dir.resolve("peer" + i + ".symplog").toString());
            CliTest.Result replay = CliTest.run(replayArgs.toArray(String[]::new));
            assertEquals(0, replay.code(), "peer " + i + "'s log replays clean: " + replay.out() + replay.err());
        }
        List<String> bisect = new ArrayList<>(List.of("bisect"));
        bisect.addAll(appPath);
        bisect.addAll(List.of(dir.resolve("peer0.symplog").toString(),
                dir.resolve("peer" + bisectWith + ".symplog").toString()));
        CliTest.Result r = CliTest.run(bisect.toArray(String[]::new));
        assertEquals(0, r.code(), "two healthy peers agree: " + r.out() + r.err());
    }
}
