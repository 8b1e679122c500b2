package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.testapps.ThrowingEventsApp;
import io.symp.testapps.TickBombApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code symp peer} processes under faults: an app whose events throw, an app whose tick
 * throws, and a peer killed with {@code kill -9} and started again with the same id and port.
 */
class PeerFaultsProcessTest {
    @TempDir Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Process symp(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java")));
        // The JVM options the launcher passes (Chronicle's exports and opens), as this JVM got them.
        List<String> jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < jvm.size(); i++) {
            String a = jvm.get(i);
            if (a.equals("--add-exports") || a.equals("--add-opens")) {
                command.add(a);
                command.add(jvm.get(++i));
            } else if (a.startsWith("--add-") || a.startsWith("-Dchronicle")) {
                command.add(a);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.symp.cli.Main"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(dir.resolve(name + ".err").toFile()).start();
        awaitListening(name, p);
        return p;
    }

    /**
     * Waits until the peer listens before the next one dials it: a dial that races the
     * listener's start can leave a link up on one side only (a transport issue of its own).
     */
    private void awaitListening(String name, Process p) throws IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Path err = dir.resolve(name + ".err");
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(err) && Files.readString(err).contains(" listening on ")) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<String> peerArgs(int id, int[] ports, int untilTick, String... more) {
        List<String> args = new ArrayList<>(List.of("peer", "--id", String.valueOf(id), "--listen",
                "127.0.0.1:" + ports[id - 1], "--fps", "100", "--seed", String.valueOf(id),
                "--until-tick", String.valueOf(untilTick), "--link-delay", "5ms"));
        for (int other = 1; other < id; other++) {
            args.addAll(List.of("--join", "127.0.0.1:" + ports[other - 1]));
        }
        args.addAll(List.of(more));
        return args;
    }

    private static String out(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** Every named peer's stderr, for a failure message that says what each peer saw. */
    private String allStderr(String... names) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : names) {
            all.append("== ").append(name).append('\n').append(String.join("\n", stderr(name))).append('\n');
        }
        return all.toString();
    }

    private List<String> stderr(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name + ".err"));
    }

    @Test
    void shouldAgreeOnThreePeerProcessesWhoseAppThrowsForSomeEvents() throws Exception {
        Path jar = io.symp.cli.apps.AppJar.ofClasses(dir.resolve("throwing.jar"), ThrowingEventsApp.class);
        int[] ports = {freePort(), freePort(), freePort()};
        List<Process> peers = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            peers.add(symp("peer" + id, peerArgs(id, ports, 1500, "--app", "throwing", "--app-path", jar.toString(),
                    "--emit-rate", "900")));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Process p = peers.get(i);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "peer " + (i + 1) + " reaches --until-tick");
            lines.add(out(p));
            List<String> err = stderr("peer" + (i + 1));
            assertEquals(0, p.exitValue(), String.join("\n", err));
            long skipLines = err.stream().filter(l -> l.contains("skipped: its handler threw")).count();
            assertTrue(skipLines > 0, "some events threw: " + err);
            // Besides those: the start-up lines, the stats line, and what does not come per event
            // (a status line each 10 s, a link closed by a neighbour that reached the tick first).
            long other = err.stream().filter(l -> !l.contains("skipped: its handler threw")
                    && !l.startsWith("symp peer: tick ") && !l.contains("closing link with")).count();
            assertTrue(other <= 4, "about one line per failing event: " + String.join("\n", err));
            String stats = err.stream().filter(l -> l.startsWith("stats ")).findFirst().orElseThrow();
            assertTrue(stats.matches(".* skipped=[1-9]\\d* .*"), stats);
        }
        assertTrue(lines.get(0).matches("tick 1500 hash [0-9a-f]{16}"), lines.get(0));
        assertEquals(lines.get(0), lines.get(1));
        assertEquals(lines.get(0), lines.get(2));
    }

    @Test
    void shouldStopLoudlyWhenTheAppsTickThrowsAndCloseTheRecordingWhole() throws Exception {
        Path jar = io.symp.cli.apps.AppJar.ofClasses(dir.resolve("bomb.jar"), TickBombApp.class);
        Path log = dir.resolve("bomb.symplog");
        Process p = symp("bomb", List.of("peer", "--app", "tickbomb", "--app-path", jar.toString(), "--fps", "200",
                "--until-tick", "1000", "--record", log.toString()));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the peer stops instead of hanging");
        List<String> err = stderr("bomb").stream().filter(l -> !l.startsWith("symp peer ")
                && !l.startsWith("symp peer: open session")).toList();
        assertEquals(1, p.exitValue(), String.join("\n", err));
        assertEquals(1, err.size(), "one line: " + err);
        assertTrue(err.get(0).matches("symp peer: stopped: app tick threw at tick " + TickBombApp.BOOM_TICK
                + ": java.lang.IllegalStateException: boom at io.symp.testapps.TickBombApp.tick\\(.*\\)"), err.get(0));
        CliTest.Result inspect = CliTest.run("inspect", log.toString());
        assertEquals(0, inspect.code(), "the recording is whole: " + inspect.out() + inspect.err());
    }

    @Test
    void shouldAgreeAfterAPeerIsKilledAndStartedAgainWithTheSameIdAndPort() throws Exception {
        int[] ports = {freePort(), freePort(), freePort()};
        // 28 s at 100 FPS: the restarted JVM needs a few seconds to start and link on a loaded
        // machine (CI), and peers 1 and 3 stop at this tick whether it joined or not.
        int until = 2800;
        List<Process> peers = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            // -v: their link lines, for a failure message that says who linked with whom when.
            List<String> args = new ArrayList<>(List.of("-v"));
            args.addAll(peerArgs(id, ports, until, "--app", "counter", "--emit-rate", "1200"));
            peers.add(symp("peer" + id, args));
        }
        Thread.sleep(5_000);
        peers.get(1).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        List<String> again = new ArrayList<>(List.of("-v"));
        again.addAll(peerArgs(2, ports, until, "--app", "counter", "--emit-rate", "1200"));
        again.addAll(List.of("--join", "127.0.0.1:" + ports[2]));
        peers.set(1, symp("peer2-again", again));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Process p = peers.get(i);
            String name = i == 1 ? "peer2-again" : "peer" + (i + 1);
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(name + " did not reach --until-tick in 90 s\n"
                        + allStderr("peer1", "peer2", "peer2-again", "peer3"));
            }
            assertEquals(0, p.exitValue(), name + "\n" + allStderr("peer1", "peer2", "peer2-again", "peer3"));
            lines.add(out(p));
        }
        assertTrue(lines.get(0).matches("tick " + until + " hash [0-9a-f]{16}"), lines.get(0));
        String logs = allStderr("peer1", "peer2", "peer2-again", "peer3");
        assertEquals(lines.get(0), lines.get(1), "the restarted peer agrees\n" + logs);
        assertEquals(lines.get(0), lines.get(2), logs);
    }

    @Test
    void shouldGoOnAgreeingWhenTheRecordingDiskFillsUp() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("tmpfs"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "mounting a 64 KiB tmpfs is permitted (root)");
        try {
            Path log = disk.resolve("peer2.symplog");
            Path jar = io.symp.cli.apps.AppJar.ofClasses(dir.resolve("blob.jar"), io.symp.testapps.BlobApp.Blob60k.class);
            int[] ports = {freePort(), freePort(), freePort()};
            List<Process> peers = new ArrayList<>();
            for (int id = 1; id <= 3; id++) {
                List<String> args = peerArgs(id, ports, 1500, "--app", "blob60k", "--app-path", jar.toString(),
                        "--emit-rate", "600");
                if (id == 2) {
                    args.addAll(List.of("--record", log.toString()));
                }
                peers.add(symp("peer" + id, args));
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Process p = peers.get(i);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "peer " + (i + 1) + " reaches --until-tick");
                assertEquals(0, p.exitValue(), String.join("\n", stderr("peer" + (i + 1))));
                lines.add(out(p));
            }
            List<String> err = stderr("peer2");
            assertTrue(err.size() < 20, "stderr stays short: " + String.join("\n", err));
            assertEquals(1, err.stream().filter(l -> l.contains("recording to " + log + " stopped")).count(),
                    "said once: " + String.join("\n", err));
            assertTrue(lines.get(0).matches("tick 1500 hash [0-9a-f]{16}"), lines.get(0));
            String logs = allStderr("peer1", "peer2", "peer3");
            assertEquals(lines.get(0), lines.get(1), "the recording peer agrees with its neighbours\n" + logs);
            assertEquals(lines.get(0), lines.get(2), logs);
            CliTest.Result inspect = CliTest.run("inspect", log.toString());
            assertEquals(0, inspect.code(), "the log reads back: " + inspect.out() + inspect.err());
            Path damaged = dir.resolve("damaged.symplog");
            byte[] bytes = Files.readAllBytes(log);
            int second = 16 + java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(4);
            bytes[second + 5] ^= 0x01;
            Files.write(damaged, bytes);
            for (String command : List.of("inspect", "replay")) {
                CliTest.Result r = CliTest.run(command, damaged.toString());
                assertEquals(1, r.code(), command + ": " + r.out() + r.err());
                assertTrue(r.err().contains("damaged block at byte " + second + " (block header checksum mismatch)"),
                        command + ": " + r.err());
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
