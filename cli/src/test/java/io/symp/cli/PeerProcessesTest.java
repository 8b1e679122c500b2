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

    private static Process symp(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "io.symp.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void shouldPrintTheSameHashFromThreePeerProcesses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        int[] ports = {freePort(), freePort(), freePort()};
        List<Process> peers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> args = new ArrayList<>(List.of("peer", "--id", String.valueOf(i + 1),
                    "--listen", "127.0.0.1:" + ports[i], "--fps", "200", "--emit-rate", "300",
                    "--seed", String.valueOf(i), "--until-tick", "800", "--link-delay", "5ms"));
            if (i > 0) {
                args.addAll(List.of("--join", "127.0.0.1:" + ports[i - 1]));
            }
            args.addAll(List.of("--record", dir.resolve("peer" + i + ".symplog").toString()));
            peers.add(symp(args.toArray(String[]::new)));
        }
        List<String> lines = new ArrayList<>();
        for (Process p : peers) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "peer finished");
            assertEquals(0, p.exitValue());
            lines.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assertTrue(lines.get(0).matches("tick 800 hash [0-9a-f]{16}"), lines.get(0));
        assertEquals(lines.get(0), lines.get(1));
        assertEquals(lines.get(0), lines.get(2));
        for (int i = 0; i < 3; i++) {
            CliTest.Result replay = CliTest.run("replay", dir.resolve("peer" + i + ".symplog").toString());
            assertEquals(0, replay.code(), "peer " + i + "'s log replays clean: " + replay.out() + replay.err());
        }
        assertEquals(0, CliTest.run("bisect", dir.resolve("peer0.symplog").toString(),
                dir.resolve("peer2.symplog").toString()).code(), "two healthy peers agree");
    }
}
