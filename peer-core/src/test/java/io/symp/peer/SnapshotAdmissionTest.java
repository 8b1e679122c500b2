package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.State;
import io.symp.hash.StateHash;
import io.symp.timeline.VersionVector;
import io.symp.wire.SnapshotMessage;
import io.symp.wire.SnapshotNote;
import org.junit.jupiter.api.Test;

/**
 * A joiner with two honest neighbours that folded their history takes the snapshot it asks for,
 * confirmed by the other; the same joiner drops a snapshot it never asked for, and one whose
 * state the other neighbour contradicts, and its state and tick stay its own.
 */
class SnapshotAdmissionTest {
    private static final long TICK = 20_000_000L;
    private static final PeerConfig SMALL = PeerConfig.defaults(1).withSyncWaitTicks(0).withDeltaTicks(5)
            .withSnapshots(4, 8);

    private final ManualClock clock = new ManualClock(0);
    private final QueuedLinks net = new QueuedLinks();

    /** Two linked peers that emitted 20 events and folded all but the last two. */
    private Peer[] foldedPair() {
        Peer a = new Peer(SMALL, Apps.builtIn().create("counter"), clock);
        Peer c = new Peer(SMALL.withId(3).withSyncWaitTicks(Integer.MAX_VALUE), Apps.builtIn().create("counter"), clock);
        a.historyEventsMax(2);
        c.historyEventsMax(2);
        net.connect(a, c);
        for (int i = 0; i < 400; i++) {
            clock.advance(TICK);
            if (i % 20 == 0 && i > 0) {
                a.emit(0, i);
            }
            net.deliverAll();
            a.advance();
            c.advance();
        }
        assertTrue(a.timeMachine().snapshots().oldestTick() > 300 && c.timeMachine().snapshots().oldestTick() > 300);
        return new Peer[] {a, c};
    }

    private void run(int ticks, Peer... peers) {
        for (int i = 0; i < ticks; i++) {
            net.deliverAll();
            clock.advance(TICK);
            for (Peer p : peers) {
                p.advance();
            }
        }
    }

    @Test
    void shouldAdoptTheSnapshotItAskedForWhenTheOtherNeighbourAgrees() {
        Peer[] ac = foldedPair();
        Peer b = new Peer(SMALL.withId(2).withSyncWaitTicks(Integer.MAX_VALUE), Apps.builtIn().create("counter"), clock);
        int[] adopted = new int[1];
        b.addListener(new PeerListener() {
            @Override
            public void snapshotAdopted(long tick) {
                adopted[0]++;
            }
        });
        net.connect(ac[0], b);
        net.connect(ac[1], b);
        run(40, ac[0], ac[1], b);
        assertEquals(1, adopted[0], "one snapshot adopted");
        assertEquals(19, b.state().getLong(8), "19 events, inside the snapshot and after it");
        long common = Math.min(b.tick(), Math.min(ac[0].tick(), ac[1].tick()));
        assertEquals(ac[0].stateHashAt(common), b.stateHashAt(common));
        assertEquals(ac[1].stateHashAt(common), b.stateHashAt(common));
    }

    @Test
    void shouldDropASnapshotNeverAskedForOrContradicted() {
        Peer[] ac = foldedPair();
        Peer a = ac[0];
        Link hostile = new Link() {
            @Override
            public long peerId() {
                return 9;
            }

            @Override
            public void send(io.symp.wire.Message message) {
                // A hostile member: it reads nothing, answers nothing.
            }

            @Override
            public void close(String reason) {
                // Stays.
            }

            @Override
            public String describe() {
                return "hostile";
            }
        };
        a.linkUp(hostile);
        run(5, ac[0], ac[1]);
        long tick = a.tick();
        long hash = a.stateHash();
        byte[] region = new byte[State.HEADER_BYTES + a.appInfo().stateSize()];
        region[State.HEADER_BYTES + 8] = 99;
        VersionVector covered = a.held().copy();
        covered.raiseWatermark(0xBAD, 5);
        SnapshotMessage forged = new SnapshotMessage(tick - 10, region, covered);
        long refused = a.refusals();
        a.received(hostile, forged);
        assertEquals(refused + 1, a.refusals(), "unasked: dropped");
        a.received(hostile, new SnapshotNote(SnapshotNote.OFFER, tick - 10, StateHash.of(region), 1, 1));
        a.received(hostile, forged);
        assertEquals(refused + 1, a.refusals(), "asked for: waiting for c's answer");
        net.deliverAll(); // c answers a's query with its own state
        assertEquals(refused + 2, a.refusals(), "contradicted by c: dropped");
        assertEquals(tick, a.tick(), "tick not rewound");
        assertEquals(hash, a.stateHash(), "state not replaced");
        assertEquals(0, a.forks());
    }
}
