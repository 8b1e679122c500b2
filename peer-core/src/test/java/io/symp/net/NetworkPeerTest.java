package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.peer.PeerConfig;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Peers over real loopback TCP: flooding, delay, churn, late joiners, secrets, garbage. */
class NetworkPeerTest {
    private static final int FPS = 200;
    private final List<NetworkPeer> peers = new ArrayList<>();

    @AfterEach
    void closeAll() {
        peers.forEach(NetworkPeer::close);
    }

    private NetworkPeer peer(long id, TransportConfig transport, boolean joins) {
        PeerConfig config = PeerConfig.defaults(id).withFps(FPS).withDeltaTicks(40)
                .withSyncWaitTicks(joins ? Integer.MAX_VALUE : 0);
        NetworkPeer p = new NetworkPeer(config, Apps.builtIn().create("counter"), transport);
        peers.add(p);
        return p;
    }

    private static void await(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long events(NetworkPeer p) {
        return p.call(() -> p.peer().state().getLong(8));
    }

    /** Every peer holds {@code expected} events and agrees on the state at a common tick. */
    private void assertAgree(List<NetworkPeer> group, long expected) throws InterruptedException {
        try {
            await("every event everywhere", 15_000, () -> group.stream().allMatch(p -> events(p) == expected));
        } catch (AssertionError e) {
            StringBuilder state = new StringBuilder(e.getMessage());
            for (NetworkPeer p : group) {
                state.append("; peer ").append(p.id()).append(": ").append(events(p)).append(" events, ")
                        .append((int) p.call(() -> p.peer().links().size())).append(" links, tick ")
                        .append((long) p.call(() -> p.peer().tick())).append(", settled to ")
                        .append(p.call(() -> p.peer().settledTick()));
            }
            throw new AssertionError(state.toString(), e);
        }
        long common = group.stream().mapToLong(p -> p.call(() -> p.peer().tick())).min().orElseThrow();
        long hash = group.get(0).call(() -> group.get(0).peer().stateHashAt(common));
        for (NetworkPeer p : group) {
            assertEquals(hash, (long) p.call(() -> p.peer().stateHashAt(common)), "peer " + p.id() + " at " + common);
            assertEquals(0L, (long) p.call(() -> p.peer().divergences()), "no false divergence on peer " + p.id());
        }
    }

    private void emit(NetworkPeer p, int n) {
        p.execute(() -> p.peer().emit(0, n));
    }

    @Test
    void shouldFloodEventsOverDelayedLinksAndAgree() throws InterruptedException {
        TransportConfig slow = new TransportConfig("test", null, 20_000_000, 8_000_000, 5);
        NetworkPeer a = peer(1, slow, false);
        int portA = a.start("127.0.0.1", 0);
        NetworkPeer b = peer(2, slow, true);
        int portB = b.start("127.0.0.1", 0);
        b.join("127.0.0.1", portA);
        NetworkPeer c = peer(3, slow, true);
        c.start("127.0.0.1", 0);
        c.join("127.0.0.1", portB);
        await("a line of three linked", 10_000, () -> c.call(() -> c.peer().links().size()) == 1
                && b.call(() -> b.peer().links().size()) == 2);
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 60; i++) {
            emit(peers.get(r.nextInt(3)), r.nextInt(-50, 50));
            Thread.sleep(r.nextInt(20));
        }
        assertAgree(List.of(a, b, c), 60);
    }

    @Test
    void shouldRepairARestartedPeerAndALateJoiner() throws InterruptedException {
        TransportConfig open = TransportConfig.open("test");
        NetworkPeer a = peer(1, open, false);
        int portA = a.start("127.0.0.1", 0);
        NetworkPeer b = peer(2, open, true);
        b.start("127.0.0.1", 0);
        b.join("127.0.0.1", portA);
        await("b linked", 10_000, () -> b.call(() -> b.peer().links().size()) == 1);
        for (int i = 0; i < 20; i++) {
            emit(i % 2 == 0 ? a : b, i);
        }
        await("2000 ticks of history", 20_000, () -> a.call(() -> a.peer().tick()) > 2_000);
        b.close();
        peers.remove(b);
        for (int i = 0; i < 10; i++) {
            emit(a, 100 + i);
        }
        NetworkPeer b2 = peer(2, open, true);
        b2.start("127.0.0.1", 0);
        b2.join("127.0.0.1", portA);
        NetworkPeer late = peer(3, open, true);
        late.start("127.0.0.1", 0);
        late.join("127.0.0.1", portA);
        await("restarted and late peers linked", 10_000, () -> a.call(() -> a.peer().links().size()) == 2);
        emit(b2, 7);
        emit(late, 8);
        assertAgree(List.of(a, b2, late), 32);
    }

    @Test
    void shouldHealAPartitionWhereBothSidesKeptEmitting() throws InterruptedException {
        TransportConfig open = TransportConfig.open("test");
        NetworkPeer bridge = peer(2, open, false);
        int port = bridge.start("127.0.0.1", 0);
        NetworkPeer left = peer(1, open, true);
        left.start("127.0.0.1", 0);
        left.join("127.0.0.1", port);
        NetworkPeer right = peer(3, open, true);
        right.start("127.0.0.1", 0);
        right.join("127.0.0.1", port);
        await("both sides linked to the bridge", 10_000, () -> bridge.call(() -> bridge.peer().links().size()) == 2);
        emit(left, 1);
        emit(right, 2);
        await("first events everywhere", 10_000, () -> events(left) == 2 && events(right) == 2);
        bridge.close();
        peers.remove(bridge);
        for (int i = 0; i < 10; i++) {
            emit(left, 10 + i);
            emit(right, 20 + i);
            Thread.sleep(30);
        }
        await("each side took its own events", 10_000, () -> events(left) == 12 && events(right) == 12);
        NetworkPeer healed = peer(2, open, false);
        healed.start("127.0.0.1", port);
        assertAgree(List.of(left, healed, right), 22);
    }

    @Test
    void shouldRefuseAPeerWithoutTheSecretOrWithAnotherOne() throws InterruptedException {
        byte[] s3cret = "s3cret".getBytes();
        PeerIdentity ka = PeerIdentity.generate();
        NetworkPeer a = peer(ka.id(), TransportConfig.secured("test", s3cret, ka), false);
        int port = a.start("127.0.0.1", 0);
        PeerIdentity kw = PeerIdentity.generate();
        NetworkPeer wrong = peer(kw.id(), TransportConfig.secured("test", "guess".getBytes(), kw), true);
        wrong.start("127.0.0.1", 0);
        wrong.join("127.0.0.1", port);
        NetworkPeer none = peer(3, TransportConfig.open("test"), true);
        none.start("127.0.0.1", 0);
        none.join("127.0.0.1", port);
        PeerIdentity kr = PeerIdentity.generate();
        NetworkPeer right = peer(kr.id(), TransportConfig.secured("test", s3cret, kr), true);
        right.start("127.0.0.1", 0);
        right.join("127.0.0.1", port);
        await("the peer with the secret linked", 10_000, () -> right.call(() -> right.peer().links().size()) == 1);
        Thread.sleep(500);
        assertEquals(1, (int) a.call(() -> a.peer().links().size()), "only the peer with the secret");
        assertEquals(0, (int) wrong.call(() -> wrong.peer().links().size()));
        assertEquals(0, (int) none.call(() -> none.peer().links().size()));
    }

    @Test
    void shouldSurviveGarbageAndTruncatedFramesWithoutChangingState() throws Exception {
        NetworkPeer a = peer(1, TransportConfig.open("test"), false);
        int port = a.start("127.0.0.1", 0);
        emit(a, 5);
        await("the event applied", 5_000, () -> events(a) == 1);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 30; i++) {
            try (Socket s = new Socket("127.0.0.1", port); OutputStream out = s.getOutputStream()) {
                byte[] junk = new byte[r.nextInt(1, 200)];
                r.nextBytes(junk);
                if (i % 3 == 0) {
                    junk[0] = 0;
                    junk[1] = 0;
                    junk[2] = 0;
                    junk[3] = (byte) (junk.length + 10);
                }
                out.write(junk);
                out.flush();
            } catch (java.io.IOException closedByPeer) {
                // The peer may close the connection first: that is the point.
            }
        }
        long tick = a.call(() -> a.peer().tick());
        await("still ticking", 5_000, () -> a.call(() -> a.peer().tick()) > tick + 50);
        assertEquals(1, events(a));
        assertEquals(0, (int) a.call(() -> a.peer().links().size()));
    }
}
