package io.symp.net;

import static io.symp.net.TestPeers.assertAgree;
import static io.symp.net.TestPeers.await;
import static io.symp.net.TestPeers.emit;
import static io.symp.net.TestPeers.links;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppIdentity;
import io.symp.app.Apps;
import io.symp.peer.Limits;
import io.symp.peer.Link;
import io.symp.peer.PeerListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An outsider with a port, against a live peer over real loopback TCP: idle and slow-loris
 * connections, oversized frames before the handshake, duplicate ids. Honest links stay, a new
 * honest peer still links, memory stays bounded (docs/SECURITY.md). The attackers connect from
 * other loopback addresses (127.0.1.x and up), as attackers on other hosts would.
 *
 * <p>The slow one-byte connections run at full size (4,000, about 10 s); the idle ones too (500).
 * The same from the command line, or larger:
 * {@code mvn -pl peer-core test -Dtest=ConnectionFloodTest -Dsymp.flood.idle=500 -Dsymp.flood.slow=4000}
 */
class ConnectionFloodTest {
    private static final byte[] SECRET = "flood".getBytes(StandardCharsets.UTF_8);
    /** Heap growth allowed during an attack: far above the pending-handshake bound of docs/SECURITY.md. */
    private static final long HEAP_GROWTH_BYTES_MAX = 64L << 20;
    private final TestPeers peers = new TestPeers();
    private final List<Socket> attackers = new ArrayList<>();

    @AfterEach
    void closeAll() {
        attackers.forEach(s -> {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closed already.
            }
        });
        peers.close();
    }

    /** Opens {@code n} TCP connections to {@code port}, 16 per source address from 127.{octet}.x. */
    private void openAttackers(int n, int octet, int port) {
        for (int i = 0; i < n; i++) {
            Socket s = new Socket();
            try {
                s.bind(new InetSocketAddress("127." + octet + "." + (1 + i / 16 / 250) + "." + (1 + i / 16 % 250), 0));
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            } catch (IOException refusedOrReset) {
                // Refused by the backlog: it counts as an attempt all the same.
            }
            attackers.add(s);
        }
    }

    /** A secured V with an honest neighbour W linked to it, and one event agreed. */
    private NetworkPeer[] honestPair() throws InterruptedException {
        NetworkPeer v = peers.secured("flood", SECRET, false);
        int port = v.start("127.0.0.1", 0);
        NetworkPeer w = peers.secured("flood", SECRET, true);
        w.start("127.0.0.1", 0);
        w.join("127.0.0.1", port);
        await("W linked", 10_000, () -> links(v) == 1);
        v.execute(() -> v.peer().addListener(new PeerListener() {
            @Override
            public void linkDown(Link link, String reason) {
                linksLost.incrementAndGet();
            }
        }));
        emit(w, 1);
        assertAgree(List.of(v, w), 1);
        portV = port;
        return new NetworkPeer[] {v, w};
    }

    private int portV;
    private final AtomicInteger linksLost = new AtomicInteger();

    /** While the attack goes on: a new honest peer links, W keeps its link, everyone agrees. */
    private void assertHonestPeersUnharmed(NetworkPeer[] vw, long heapBefore) throws InterruptedException {
        NetworkPeer v = vw[0];
        assertTrue(v.pendingHandshakes() <= Limits.PENDING_HANDSHAKES_MAX, "pending " + v.pendingHandshakes());
        NetworkPeer x = peers.secured("flood", SECRET, true);
        x.start("127.0.0.1", 0);
        x.join("127.0.0.1", portV);
        await("a new honest peer linked during the attack", 10_000, () -> links(x) == 1);
        await("X at V", 5_000, () -> links(v) == 2);
        assertEquals(1, links(vw[1]), "W kept its link");
        assertEquals(0, linksLost.get(), "no honest link lost during the attack");
        emit(x, 2);
        assertAgree(List.of(v, vw[1], x), 2);
        long growth = TestPeers.heapUsedBytes() - heapBefore;
        assertTrue(growth < HEAP_GROWTH_BYTES_MAX, "heap grew by " + (growth >> 20) + " MiB");
    }

    @Test
    void shouldKeepHonestLinksThroughIdleConnections() throws Exception {
        NetworkPeer[] vw = honestPair();
        long heapBefore = TestPeers.heapUsedBytes();
        int n = Integer.getInteger("symp.flood.idle", 500);
        openAttackers(n, 1, portV);
        await("the attack seen", 10_000, () -> vw[0].pendingHandshakes() > 0);
        assertHonestPeersUnharmed(vw, heapBefore);
        await("idle connections closed by the handshake deadline", Limits.HANDSHAKE_DEADLINE_MS + 5_000,
                () -> vw[0].pendingHandshakes() == 0);
    }

    @Test
    void shouldKeepHonestLinksThroughSlowOneByteConnections() throws Exception {
        NetworkPeer[] vw = honestPair();
        long heapBefore = TestPeers.heapUsedBytes();
        int n = Integer.getInteger("symp.flood.slow", 4_000);
        openAttackers(n, 2, portV);
        AtomicInteger written = new AtomicInteger();
        Thread trickle = new Thread(() -> {
            // One byte a second on every connection (a TLS record header, never finished): each
            // byte would reset an idle timer, not the handshake deadline.
            byte[] header = {22, 3, 1, 0x40, 0};
            for (int second = 0; second < 5 && !Thread.currentThread().isInterrupted(); second++) {
                for (Socket s : attackers) {
                    try {
                        s.getOutputStream().write(header[second]);
                        written.incrementAndGet();
                    } catch (IOException closedByV) {
                        // The peer closed it: the point.
                    }
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "slowloris");
        trickle.setDaemon(true);
        trickle.start();
        await("the attack seen", 10_000, () -> vw[0].pendingHandshakes() > 0);
        assertHonestPeersUnharmed(vw, heapBefore);
        trickle.join(15_000);
        await("slow connections closed by the handshake deadline", Limits.HANDSHAKE_DEADLINE_MS + 5_000,
                () -> vw[0].pendingHandshakes() == 0);
        assertTrue(written.get() > 0);
    }

    @Test
    void shouldCloseAnOversizedFrameBeforeTheHandshakeCompletes() throws Exception {
        NetworkPeer v = peers.peer(1, TransportConfig.open("flood"), false);
        int port = v.start("127.0.0.1", 0);
        // An open session: anyone completes TLS, then a 16 MiB frame header instead of a HELLO.
        try (HostileClient c = HostileClient.tls(port, PeerIdentity.generate(), null)) {
            c.sendRaw(new byte[] {1, 0, 0, 0, 1, 2, 3});
            assertNull(c.readFrame(), "closed, not waiting for 16 MiB");
        }
        // TLS up, then nothing: the handshake deadline closes it.
        try (HostileClient c = HostileClient.tls(port, PeerIdentity.generate(), null)) {
            assertNull(c.readFrame(), "closed by the handshake deadline");
        }
        assertEquals(0, links(v));
    }

    /**
     * A listening peer run with {@code --until-tick} gave up after 10 s when it had no link yet
     * and any connection had failed its handshake: one stranger's silent connection, or one
     * handshake that timed out while 21 JVMs started on two cores (then every joiner, waiting
     * for the network's time from it, gave up too). Neither is a refusal that stays: a silent
     * connection accepted, and one dialled to a listener that never answers, count for nothing.
     */
    @Test
    void shouldNotCountAHandshakeThatTimedOutAsARefusal() throws Exception {
        NetworkPeer v = peers.peer(1, TransportConfig.open("timeout"), false);
        int port = v.start("127.0.0.1", 0);
        NetworkPeer w = peers.peer(2, TransportConfig.open("timeout"), true);
        w.start("127.0.0.1", 0);
        try (HostileClient silent = HostileClient.plain("127.0.0.1", port);
                java.net.ServerSocket mute = new java.net.ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            w.join("127.0.0.1", mute.getLocalPort());
            try (Socket accepted = mute.accept()) {
                assertTrue(silent.closedWithin(Limits.HANDSHAKE_DEADLINE_MS + 5_000), "the silent connection was closed");
                await("the dialled handshake timed out", Limits.HANDSHAKE_DEADLINE_MS + 5_000,
                        () -> accepted.isClosed() || readsEnd(accepted));
            }
        }
        assertEquals(0, v.linkAttempts().refusals(), "a stranger's silent connection is not a refusal");
        assertEquals(0, w.linkAttempts().refusals(), "a handshake that timed out is not a refusal");
    }

    /** Whether the other end has closed {@code s} (reads until its end, within 100 ms). */
    private static boolean readsEnd(Socket s) {
        try {
            s.setSoTimeout(100);
            java.io.InputStream in = s.getInputStream();
            byte[] sink = new byte[4096];
            while (true) {
                if (in.read(sink) < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void shouldRefuseADuplicateIdWithoutFlapping() throws Exception {
        NetworkPeer v = peers.peer(1, TransportConfig.open("dup"), false);
        int port = v.start("127.0.0.1", 0);
        AtomicInteger ups = new AtomicInteger();
        v.execute(() -> v.peer().addListener(new PeerListener() {
            @Override
            public void linkUp(Link link) {
                ups.incrementAndGet();
            }
        }));
        NetworkPeer first = peers.peer(42, TransportConfig.open("dup"), true);
        first.start("127.0.0.1", 0);
        first.join("127.0.0.1", port);
        await("the first 42 linked", 10_000, () -> links(first) == 1);
        NetworkPeer second = peers.peer(42, TransportConfig.open("dup"), true);
        second.start("127.0.0.1", 0);
        second.join("127.0.0.1", port);
        // Two processes sharing one identity file: the same key, the same proven id.
        PeerIdentity shared = PeerIdentity.generate();
        NetworkPeer k1 = peers.peer(shared.id(), TransportConfig.open("dup").withIdentity(shared), true);
        k1.start("127.0.0.1", 0);
        k1.join("127.0.0.1", port);
        await("the first holder of the shared key linked", 10_000, () -> links(k1) == 1);
        NetworkPeer k2 = peers.peer(shared.id(), TransportConfig.open("dup").withIdentity(shared), true);
        k2.start("127.0.0.1", 0);
        k2.join("127.0.0.1", port);
        Thread.sleep(4_000);
        assertEquals(2, ups.get(), "two links came up, once each: no flapping");
        assertEquals(1, links(first));
        assertEquals(0, links(second));
        assertEquals(1, links(k1));
        assertEquals(0, links(k2));
        assertEquals(2, links(v));
    }

    @Test
    void shouldProveAnIdInAnOpenSessionAgainstOneThatIsOnlyClaimed() throws Exception {
        NetworkPeer v = peers.peer(1, TransportConfig.open("claim"), false);
        int port = v.start("127.0.0.1", 0);
        PeerIdentity key = PeerIdentity.generate();
        AppIdentity counter = AppIdentity.of(Apps.builtIn().create("counter"));
        // A squatter claims the id first...
        try (HostileClient squatter = HostileClient.tls(port, PeerIdentity.generate(), null)) {
            squatter.sendFrame(HostileClient.hello("claim", counter, TestPeers.FPS, key.id()));
            await("the squatter linked", 5_000, () -> links(v) == 1);
            // ...and the peer that holds the key takes it over.
            NetworkPeer owner = peers.peer(key.id(), TransportConfig.open("claim").withIdentity(key), true);
            owner.start("127.0.0.1", 0);
            owner.join("127.0.0.1", port);
            await("the owner linked", 10_000, () -> links(owner) == 1);
            assertTrue(squatter.closedWithin(5_000), "the claim gave way to the proof");
            assertEquals(1, links(v));
        }
    }
}
