package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppIdentity;
import io.symp.app.Apps;
import io.symp.cli.apps.TestApps;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code identity covers every class an app's jar holds: two builds that differ only in a helper
 * class get different code hashes and their peers refuse each other, saying why.
 */
class AppCodeIdentityTest {
    private static final long WAIT_NANOS = 15_000_000_000L;

    @TempDir
    Path dir;

    private static AppIdentity identity(Path jar) {
        return AppIdentity.of(Apps.withJars(List.of(jar.toFile())).create("arena"));
    }

    @Test
    void shouldTellApartTwoBuildsThatDifferOnlyInAHelperClass() throws IOException {
        Path one = TestApps.arena(dir.resolve("a"), "arena.jar", "return v + 1;");
        Path same = TestApps.arena(dir.resolve("b"), "arena.jar", "return v + 1;");
        Path other = TestApps.arena(dir.resolve("c"), "arena.jar", "return v + 2;");
        assertEquals(identity(one), identity(same), "the same build, built twice");
        assertNotEquals(identity(one).codeHash(), identity(other).codeHash());
        assertEquals(identity(one).version(), identity(other).version(), "only the helper differs");
    }

    @Test
    void shouldRefuseToLinkPeersOfBuildsThatDifferOnlyInAHelperClass() throws Exception {
        Path one = TestApps.arena(dir.resolve("a"), "arena.jar", "return v + 1;");
        Path other = TestApps.arena(dir.resolve("c"), "arena.jar", "return v + 2;");
        TransportConfig transport = new TransportConfig("test", null, 0, 0, 1);
        try (NetworkPeer a = new NetworkPeer(PeerConfig.defaults(1), Apps.withJars(List.of(one.toFile()))
                .create("arena"), transport);
             NetworkPeer b = new NetworkPeer(PeerConfig.defaults(2).withSyncWaitTicks(Integer.MAX_VALUE),
                     Apps.withJars(List.of(other.toFile())).create("arena"), transport)) {
            int port = a.start("127.0.0.1", 0);
            b.start("127.0.0.1", 0);
            b.join("127.0.0.1", port);
            long deadline = System.nanoTime() + WAIT_NANOS;
            // Only the dialler counts it: a refusal of a connection another peer opened must not
            // make a listening peer give up (docs/SECURITY.md, claim 27).
            while (b.linkAttempts().refusals() == 0) {
                assertTrue(System.nanoTime() < deadline, "timed out waiting for the refusal");
                Thread.sleep(20);
            }
            assertEquals(0, a.linkAttempts().refusals(), "the listener counts no refusal");
            assertEquals(0, a.call(() -> a.peer().links().size()));
            assertEquals(0, b.call(() -> b.peer().links().size()));
            String why = b.linkAttempts().lastRefusal();
            assertTrue(why.startsWith("refused") && why.contains("the other side has app arena v1 (16 bytes, code "),
                    why);
            assertTrue(why.contains(", ours is arena v1 (16 bytes, code "), why);
        }
    }
}
