package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.Limits;
import io.symp.peer.PeerConfig;
import org.junit.jupiter.api.Test;

/**
 * A peer that nobody will link with (here a forgotten --app: it runs move, its neighbour
 * counter) says why and, with --until-tick, exits 1 after {@link Limits#UNLINKED_WAIT_SECONDS_MAX}
 * instead of running alone (before: one WARN, then exit 0, or no end for a joiner).
 */
class UnlinkedPeerTest {
    @Test
    void shouldGiveUpWithTheReasonWhenEveryLinkIsRefused() {
        try (NetworkPeer other = new NetworkPeer(PeerConfig.defaults(1), Apps.builtIn().create("counter"),
                new TransportConfig("symp", null, 0, 0, 1))) {
            int port = other.start("127.0.0.1", 0);
            long start = System.nanoTime();
            CliTest.Result r = CliTest.run("peer", "--id", "2", "--join", "127.0.0.1:" + port,
                    "--until-tick", "100000");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(1, r.code(), r.err());
            assertTrue(seconds >= Limits.UNLINKED_WAIT_SECONDS_MAX && seconds < 3L * Limits.UNLINKED_WAIT_SECONDS_MAX,
                    seconds + " s");
            assertTrue(r.err().contains("symp peer: no link in " + Limits.UNLINKED_WAIT_SECONDS_MAX + " s: "), r.err());
            // Either side may be the one that refused: both apps are named.
            assertTrue(r.err().contains("app counter v1") || r.err().contains("ours is counter v1"), r.err());
            assertTrue(r.err().contains("app move v1") || r.err().contains("ours is move v1"), r.err());
            assertEquals("", r.out());
        }
    }

    /**
     * A peer whose only neighbour leaves before confirming the tick (as when a late joiner links
     * with a peer about to end its own run) exits 1 saying so; before, it printed its own hash
     * and exited 0, the silent kind of disagreement (seen once in PeerProcessesTest under load:
     * three peers exited 0, the third with another hash).
     */
    @Test
    void shouldSayNoNeighbourConfirmedWhenItsOnlyNeighbourLeft() throws Exception {
        NetworkPeer other = new NetworkPeer(PeerConfig.defaults(1).withSyncWaitTicks(0), Apps.builtIn().create("move"),
                new TransportConfig("symp", null, 0, 0, 1));
        int port = other.start("127.0.0.1", 0);
        java.util.concurrent.CompletableFuture<CliTest.Result> run = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> CliTest.run("peer", "--id", "2", "--join", "127.0.0.1:" + port,
                        "--until-tick", "400"));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (other.call(() -> other.peer().links().size()) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, (int) other.call(() -> other.peer().links().size()), "linked");
        // The joiner counts the link once its side of the handshake completes, a round trip
        // after ours: let it exchange a few rounds before this peer leaves.
        Thread.sleep(2_000);
        assertEquals(1, (int) other.call(() -> other.peer().links().size()), "still linked");
        other.close();
        CliTest.Result r = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("symp peer: tick 400 confirmed by no neighbour: every neighbour it linked with"
                + " left before reporting the same events through it"), r.err());
    }

    /**
     * A joiner whose only neighbour leaves before giving it the network's time (that neighbour
     * was waiting to found it) holds at tick 0: it says so and exits 1 instead of waiting for
     * ever (before the joiner's hold it simulated on its own clock and printed that hash).
     */
    @Test
    void shouldSayItNeverGotTheNetworksTimeWhenItsOnlyNeighbourLeftFirst() throws Exception {
        NetworkPeer other = new NetworkPeer(PeerConfig.defaults(1).withSyncWaitTicks(Integer.MAX_VALUE),
                Apps.builtIn().create("move"), new TransportConfig("symp", null, 0, 0, 1));
        int port = other.start("127.0.0.1", 0);
        java.util.concurrent.CompletableFuture<CliTest.Result> run = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> CliTest.run("peer", "--id", "2", "--join", "127.0.0.1:" + port, "--until-tick", "400"));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (other.call(() -> other.peer().links().size()) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(2_000);
        other.close();
        CliTest.Result r = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("symp peer: no network time: every neighbour it linked with left before one gave"
                + " it the network's time"), r.err());
        assertEquals("", r.out());
    }
}
