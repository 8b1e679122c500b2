package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.wire.HashMessage;
import io.symp.wire.HaveMessage;
import io.symp.wire.Message;
import io.symp.wire.SyncMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an idle link carries once its clocks are settled (docs/PROTOCOL.md, "Quiet links"). */
class QuietLinkTest {
    /** Steps of 1 ms: arrivals are timed to the millisecond, as on a quiet loopback link. */
    private static final long STEP = 1_000_000L;

    @Test
    void shouldSendAboutOneSyncASecondWithTheHashOnAnIdleSettledLink() {
        ManualClock clock = new ManualClock(0);
        Peer a = new Peer(PeerConfig.defaults(1).withSyncWaitTicks(0), Apps.builtIn().create("move"), clock);
        Peer b = new Peer(PeerConfig.defaults(2).withSyncWaitTicks(0), Apps.builtIn().create("move"), clock);
        QueuedLinks net = new QueuedLinks();
        net.connect(a, b);
        int settleSteps = 60_000;
        int idleSteps = 60_000;
        int from = 0;
        for (int i = 0; i < settleSteps + idleSteps; i++) {
            if (i == settleSteps) {
                from = net.sent.size();
            }
            clock.advance(STEP);
            if (i % 60_000 == 30_000) {
                a.emit(i / 60_000 % 4); // one event a minute (move: up, down, left, right)
            }
            net.deliverAll();
            a.advance();
            b.advance();
        }
        List<Map.Entry<Long, Message>> idle = net.sent.subList(from, net.sent.size());
        long fromA = idle.stream().filter(e -> e.getKey() == 1).count();
        long syncs = idle.stream().filter(e -> e.getKey() == 1 && e.getValue() instanceof SyncMessage).count();
        long haves = idle.stream().filter(e -> e.getKey() == 1 && e.getValue() instanceof HaveMessage).count();
        assertTrue(syncs >= 40 && syncs <= 80, "about one SYNC a second, not ten: " + syncs + " in 60 s");
        assertTrue(haves <= 8, "HAVE only on news and every ten seconds: " + haves);
        assertTrue(fromA <= 5 * 60, "at most five messages a second: " + fromA + " in 60 s");
        for (int k = 1; k < idle.size(); k++) {
            if (idle.get(k).getValue() instanceof HashMessage) {
                Map.Entry<Long, Message> before = idle.get(k - 1);
                assertEquals(idle.get(k).getKey(), before.getKey());
                assertTrue(before.getValue() instanceof SyncMessage, "each HASH leaves with a SYNC");
            }
        }
        long hashes = idle.stream().filter(e -> e.getKey() == 1 && e.getValue() instanceof HashMessage).count();
        assertTrue(hashes >= 40, "checkpoints still go out about once a second: " + hashes);
        assertEquals(0, a.divergences());
        assertEquals(a.stateHashAt(a.tick() - 200), b.stateHashAt(a.tick() - 200));
    }
}
