package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.cli.apps.TestApps;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL's {@code sync-test on} reports what it finds: a notice above the prompt. */
class ReplSyncTestTest {
    private static final long WAIT_NANOS = 15_000_000_000L;

    @Test
    void shouldNoticeAStaticFieldBugOnceSyncTestIsOn(@TempDir Path dir) throws Exception {
        Path jar = TestApps.leaky(dir);
        NetworkPeer peer = new NetworkPeer(PeerConfig.defaults(1).withSyncWaitTicks(0),
                Apps.withJars(List.of(jar.toFile())).create("leaky"), new TransportConfig("test", null, 0, 0, 1));
        try (ReplSession session = new ReplSession(peer)) {
            List<String> notices = new CopyOnWriteArrayList<>();
            session.notices(notices::add);
            peer.start("127.0.0.1", 0);
            assertEquals("sync-test on\n", run(session, "sync-test on"));
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (notices.stream().noneMatch(n -> n.startsWith("! sync-test: "))) {
                assertTrue(System.nanoTime() < deadline, "no sync-test notice: " + notices);
                run(session, "emit add 3");
                Thread.sleep(50);
            }
            String notice = notices.stream().filter(n -> n.startsWith("! sync-test: ")).findFirst().orElseThrow();
            assertTrue(notice.startsWith("! sync-test: application is not deterministic at tick "), notice);
            assertTrue(notice.contains("\n  score (bytes 8..15): "), notice);
        }
    }

    private static String run(ReplSession session, String line) {
        StringWriter text = new StringWriter();
        assertEquals(ReplSession.OK, session.run(line, new PrintWriter(text)), line + ": " + text);
        return text.toString();
    }
}
