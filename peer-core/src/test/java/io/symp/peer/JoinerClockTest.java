package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.wire.HaveMessage;
import org.junit.jupiter.api.Test;

/**
 * A joiner's first reading of the network's time is not skewed by its neighbour's work on the
 * history it asked for: the neighbour answers the joiner's SYNC before it composes the answer to
 * its HAVE. (When the HAVE went first, the time the neighbour spent on it counted as the SYNC
 * request's transit, and the joiner started half of it ahead of the network: a neighbour busy
 * 1.2 s put it 30 ticks ahead, more than Δ, so live events landed in its past.)
 */
class JoinerClockTest {
    private static final long TICK = 20_000_000L;
    private static final long BUSY_NANOS = 1_200_000_000L;

    @Test
    void shouldReadTheNetworksTimeUnskewedByTheHistoryItAskedFor() {
        ManualClock clock = new ManualClock(0);
        Peer a = new Peer(PeerConfig.defaults(1).withSyncWaitTicks(0), Apps.builtIn().create("counter"), clock);
        Peer b = new Peer(PeerConfig.defaults(2).withSyncWaitTicks(Integer.MAX_VALUE),
                Apps.builtIn().create("counter"), clock);
        QueuedLinks net = new QueuedLinks();
        net.connect(a, b);
        for (int t = 0; t < 3000; t++) {
            if (t % 5 == 0) {
                (t % 10 == 0 ? a : b).emit(0, 1);
            }
            clock.advance(TICK);
            net.deliverAll();
            a.advance();
            b.advance();
        }
        Peer joiner = new Peer(PeerConfig.defaults(3).withSyncWaitTicks(Integer.MAX_VALUE),
                Apps.builtIn().create("counter"), clock);
        // The neighbour spends 1.2 s on the joiner's HAVE (a long history, a loaded machine):
        // what it sent before arrives meanwhile, what the joiner sent after waits for it.
        net.afterEach((to, message) -> {
            if (to == b && message instanceof HaveMessage && !joiner.clockSynced()) {
                net.deliverAllBut(b);
                clock.advance(BUSY_NANOS);
            }
        });
        net.connect(b, joiner);
        net.deliverAll();
        net.afterEach((to, message) -> {});
        assertTrue(joiner.clockSynced(), "the joiner took the network's time");
        long lead = joiner.targetTick() - b.targetTick();
        assertTrue(Math.abs(lead) <= 2, "the joiner's clock leads its neighbour's by " + lead + " ticks");
    }
}
