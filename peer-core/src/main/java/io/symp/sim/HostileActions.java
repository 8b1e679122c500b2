package io.symp.sim;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.hash.StateHash;
import io.symp.peer.Peer;
import io.symp.timeline.VersionVector;
import io.symp.wire.HaveMessage;
import io.symp.wire.SnapshotMessage;
import io.symp.wire.SnapshotNote;
import io.symp.wire.SyncMessage;
import java.util.ArrayList;

/**
 * What a hostile member does to its neighbours, besides running the protocol honestly (so its
 * own state stays the network's): every {@link #PERIOD_NANOS} from the end of the warmup while
 * faults last, on each link, an unsolicited snapshot of a forged state, the same offered and
 * then sent, a SYNC an hour ahead and one of out-of-range values, and a burst of HAVEs listing
 * thousands of one-byte gaps.
 * The swarm's checkers then say whether the honest peers were affected (docs/SECURITY.md).
 */
final class HostileActions {
    static final long PERIOD_NANOS = 2_000_000_000L;
    private static final long HOUR_NANOS = 3_600_000_000_000L;
    private static final long FORGED_ORIGIN = 0xBAD0_0000_0000_0001L;
    private static final int HAVES_PER_STRIKE = 20;
    private static final int HAVE_GAPS = 4_096;

    private HostileActions() {}

    /** One strike by {@code self} (a peer at clock time {@code clockNanos}) on every open link. */
    static void strike(Peer self, long clockNanos, Iterable<SimLink> links) {
        long tick = self.tick();
        if (tick < 30) {
            return;
        }
        SnapshotMessage unasked = forged(self, tick - 10);
        SnapshotMessage offered = forged(self, tick / 2);
        SnapshotNote offer = new SnapshotNote(SnapshotNote.OFFER, offered.tick(), StateHash.of(offered.region()), 1, 1);
        SyncMessage ahead = new SyncMessage(self.networkNanos(clockNanos) + HOUR_NANOS, clockNanos, 0,
                SyncMessage.NO_ECHO, SyncMessage.SETTLED);
        SyncMessage absurd = new SyncMessage(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
                SyncMessage.SETTLED);
        HaveMessage gaps = gaps(tick);
        for (SimLink l : new ArrayList<SimLink>(toList(links))) {
            l.send(unasked);
            l.send(ahead);
            l.send(absurd);
            l.send(offer);
            l.send(offered);
            for (int i = 0; i < HAVES_PER_STRIKE; i++) {
                l.send(gaps);
            }
        }
    }

    /** A state of the right size, all ones, covering every event this peer holds and a made-up origin. */
    private static SnapshotMessage forged(Peer self, long tick) {
        byte[] region = new byte[State.HEADER_BYTES + self.appInfo().stateSize()];
        java.util.Arrays.fill(region, (byte) 1);
        VersionVector covered = new VersionVector();
        for (Event e : self.eventsBetween(1, Long.MAX_VALUE - 1)) {
            covered.add(e.origin(), e.seq());
        }
        covered.raiseWatermark(FORGED_ORIGIN, 5);
        return new SnapshotMessage(tick, region, covered);
    }

    private static HaveMessage gaps(long tick) {
        VersionVector v = new VersionVector();
        for (int i = 1; i <= HAVE_GAPS; i++) {
            v.add(FORGED_ORIGIN, 2L * i);
        }
        return new HaveMessage(v, tick);
    }

    private static java.util.List<SimLink> toList(Iterable<SimLink> links) {
        java.util.List<SimLink> out = new ArrayList<>();
        links.forEach(out::add);
        return out;
    }
}
