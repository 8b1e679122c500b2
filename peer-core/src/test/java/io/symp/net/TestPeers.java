package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.Apps;
import io.symp.peer.PeerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Real peers on loopback for the transport's tests (the counter app: slot 8 counts events). */
final class TestPeers implements AutoCloseable {
    static final int FPS = 200;
    private final List<NetworkPeer> peers = new ArrayList<>();

    NetworkPeer peer(long id, TransportConfig transport, boolean joins) {
        PeerConfig config = PeerConfig.defaults(id).withFps(FPS).withDeltaTicks(40)
                .withSyncWaitTicks(joins ? Integer.MAX_VALUE : 0);
        NetworkPeer p = new NetworkPeer(config, Apps.builtIn().create("counter"), transport);
        peers.add(p);
        return p;
    }

    /** A peer of a secured session with a new key (its id is the key's). */
    NetworkPeer secured(String session, byte[] secret, boolean joins) {
        PeerIdentity key = PeerIdentity.generate();
        return peer(key.id(), TransportConfig.secured(session, secret, key), joins);
    }

    static void await(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    static long events(NetworkPeer p) {
        return p.call(() -> p.peer().state().getLong(8));
    }

    static int links(NetworkPeer p) {
        return p.call(() -> p.peer().links().size());
    }

    static void emit(NetworkPeer p, int n) {
        p.execute(() -> p.peer().emit(0, n));
    }

    /** Every peer holds {@code expected} events and agrees on the state at a common tick. */
    static void assertAgree(List<NetworkPeer> group, long expected) throws InterruptedException {
        await("every event everywhere", 15_000, () -> group.stream().allMatch(p -> events(p) == expected));
        long common = group.stream().mapToLong(p -> p.call(() -> p.peer().tick())).min().orElseThrow();
        long hash = group.get(0).call(() -> group.get(0).peer().stateHashAt(common));
        for (NetworkPeer p : group) {
            assertEquals(hash, (long) p.call(() -> p.peer().stateHashAt(common)), "peer " + p.id() + " at " + common);
            assertEquals(0L, (long) p.call(() -> p.peer().divergences()), "no divergence on peer " + p.id());
        }
    }

    /** Heap in use after a collection, in bytes (an estimate: enough to see growth by the MiB). */
    static long heapUsedBytes() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Override
    public void close() {
        peers.forEach(NetworkPeer::close);
    }
}
