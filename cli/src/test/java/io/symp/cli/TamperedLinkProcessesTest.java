package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real {@code symp peer} processes of a secured session in a line, A &lt;- proxy &lt;- B
 * &lt;- C, where the proxy flips one bit of B's traffic to A, after the handshake, on each of its
 * first two connections. TLS rejects the altered record: the link is reported in one line and
 * closed, B dials again, repair brings what was lost, and all three print one hash.
 */
class TamperedLinkProcessesTest {
    private static final int TAMPERED_CONNECTIONS = 2;
    private static final long FLIP_AT_BYTE = 3_000;

    @TempDir Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Process symp(Path stderr, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "io.symp.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    @Test
    void shouldReportRedialAndAgreeThroughABitFlippingProxy() throws Exception {
        Path withNewline = dir.resolve("secret");
        Files.writeString(withNewline, "tamper-proof\n");
        Path without = dir.resolve("secret-no-newline");
        Files.writeString(without, "tamper-proof");
        int portA = freePort();
        int portB = freePort();
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> proxyLoop(proxy, portA, connections), "proxy");
            accept.setDaemon(true);
            accept.start();
            List<String> common = List.of("--fps", "200", "--emit-rate", "300", "--until-tick", "3000", "--session", "t");
            List<Process> peers = new ArrayList<>();
            List<Path> errs = new ArrayList<>();
            String[][] roles = {
                {"--listen", "127.0.0.1:" + portA, "--secret-file", withNewline.toString(), "--seed", "1"},
                {"--listen", "127.0.0.1:" + portB, "--join", "127.0.0.1:" + proxy.getLocalPort(),
                    "--secret-file", withNewline.toString(), "--seed", "2"},
                {"--listen", "127.0.0.1:0", "--join", "127.0.0.1:" + portB, "--secret-file", without.toString(),
                    "--seed", "3"},
            };
            for (int i = 0; i < roles.length; i++) {
                List<String> args = new ArrayList<>(List.of("peer"));
                args.addAll(List.of(roles[i]));
                args.addAll(common);
                errs.add(dir.resolve("peer" + i + ".err"));
                peers.add(symp(errs.get(i), args));
            }
            List<String> lines = new ArrayList<>();
            for (Process p : peers) {
                assertTrue(p.waitFor(150, TimeUnit.SECONDS), "peer finished");
                lines.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
            }
            String stderrA = Files.readString(errs.get(0));
            String stderrB = Files.readString(errs.get(1));
            String report = "\nA:\n" + stderrA + "\nB:\n" + stderrB + "\nC:\n" + Files.readString(errs.get(2))
                    + lines + ", proxy connections " + connections.get();
            for (int i = 0; i < peers.size(); i++) {
                assertEquals(0, peers.get(i).exitValue(), "peer " + i + ": " + Files.readString(errs.get(i)));
            }
            assertTrue(lines.get(0).matches("tick 3000 hash [0-9a-f]{16}"), lines.get(0));
            assertEquals(lines.get(0), lines.get(1), "B agrees with A" + report);
            assertEquals(lines.get(0), lines.get(2), "C (secret file without a newline) agrees with A" + report);
            long reportedByA = stderrA.lines().filter(l -> l.contains("TLS record failed authentication")).count();
            assertEquals(TAMPERED_CONNECTIONS, reportedByA, "one line per tampered link at A" + report);
            assertTrue(stderrB.lines().filter(l -> l.contains("TLS record failed authentication")).count()
                    <= TAMPERED_CONNECTIONS, report);
            assertTrue(connections.get() > TAMPERED_CONNECTIONS, "B dialled again after each tampered link" + report);
        }
    }

    private static void proxyLoop(ServerSocket proxy, int target, AtomicInteger connections) {
        while (!proxy.isClosed()) {
            Socket in;
            try {
                in = proxy.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                int n = connections.getAndIncrement();
                pump(in, out, n < TAMPERED_CONNECTIONS);
                pump(out, in, false);
            } catch (IOException notListeningYet) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // B dials again.
                }
            }
        }
    }

    private static void pump(Socket from, Socket to, boolean flip) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            long offset = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) > 0; offset += n) {
                    if (flip && offset <= FLIP_AT_BYTE && FLIP_AT_BYTE < offset + n) {
                        buf[(int) (FLIP_AT_BYTE - offset)] ^= 0x01;
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException closed) {
                // Either side closed: close both.
            }
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // Already closed.
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }
}
