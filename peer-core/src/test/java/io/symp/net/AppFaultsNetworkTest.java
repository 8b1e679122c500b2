package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.PeerConfig;
import io.symp.peer.PeerStoppedException;
import io.symp.testapps.ThrowingApp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An app that throws, on three peers over real loopback TCP: skipped alike, or stopped loudly. */
class AppFaultsNetworkTest {
    private static final int FPS = 200;
    private final List<NetworkPeer> peers = new ArrayList<>();

    @AfterEach
    void closeAll() {
        peers.forEach(NetworkPeer::close);
    }

    private List<NetworkPeer> line() {
        TransportConfig transport = new TransportConfig("faults", null, 5_000_000, 0, 1);
        int port = 0;
        for (long id = 1; id <= 3; id++) {
            PeerConfig config = PeerConfig.defaults(id).withFps(FPS).withDeltaTicks(10)
                    .withSyncWaitTicks(id == 1 ? 0 : Integer.MAX_VALUE);
            NetworkPeer p = new NetworkPeer(config, new ThrowingApp(), transport);
            int bound = p.start("127.0.0.1", 0);
            if (port != 0) {
                p.join("127.0.0.1", port);
            }
            port = bound;
            peers.add(p);
        }
        return peers;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void shouldSkipThrowingEventsAlikeOnEveryPeer() throws InterruptedException {
        List<NetworkPeer> group = line();
        await("links", () -> group.stream().allMatch(p -> p.call(() -> p.peer().clockSynced())));
        int emitted = 0;
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 3; i++) {
                NetworkPeer p = group.get(i);
                long n = (round * 3L + i) % 4 == 0 ? 7L * round : round + i;
                int type = round % 3 == 2 ? 1 : 0;
                p.execute(() -> p.peer().emit(type, n));
                emitted++;
            }
            Thread.sleep(15);
        }
        int expected = emitted;
        await("every event everywhere", () -> group.stream()
                .allMatch(p -> p.call(() -> p.peer().stats().eventsApplied()) == expected));
        long taken = group.stream().mapToLong(p -> p.call(() -> p.peer().tick())).max().orElseThrow();
        await("every event simulated", () -> group.stream()
                .allMatch(p -> p.call(() -> p.peer().tick()) > taken + 20));
        long common = group.stream().mapToLong(p -> p.call(() -> p.peer().tick())).min().orElseThrow();
        long hash = group.get(0).call(() -> group.get(0).peer().stateHashAt(common));
        long skipped = group.get(0).call(() -> group.get(0).peer().stats().eventsSkipped());
        assertTrue(skipped > 0, "some events threw");
        for (NetworkPeer p : group) {
            assertEquals(hash, (long) p.call(() -> p.peer().stateHashAt(common)), "peer " + p.id());
            assertEquals(skipped, (long) p.call(() -> p.peer().stats().eventsSkipped()), "peer " + p.id());
            assertEquals(null, p.failureReason(), "events that throw never stop a peer");
        }
    }

    @Test
    void shouldStopEveryPeerLoudlyAtTheSameTickWhenTickThrows() throws InterruptedException {
        List<NetworkPeer> group = line();
        await("links", () -> group.stream().allMatch(p -> p.call(() -> p.peer().clockSynced())));
        NetworkPeer last = group.get(2);
        last.execute(() -> last.peer().emit(2, 0));
        List<String> reasons = new ArrayList<>();
        for (NetworkPeer p : group) {
            assertTrue(p.awaitStop(20, TimeUnit.SECONDS), "peer " + p.id() + " stops");
            reasons.add(p.failureReason());
            assertThrows(PeerStoppedException.class, () -> p.call(() -> p.peer().tick()));
        }
        assertTrue(reasons.get(0).matches("app tick threw at tick \\d+: java.lang.IllegalStateException: armed"
                + " at io.symp.testapps.ThrowingApp.tick\\(ThrowingApp.java:\\d+\\)"), reasons.get(0));
        assertEquals(reasons.get(0), reasons.get(1), "the same tick everywhere");
        assertEquals(reasons.get(0), reasons.get(2));
    }
}
