package io.symp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.Limits;
import io.symp.wire.SyncMessage;
import java.util.ArrayDeque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * When a link is quiet ({@link ClockSync#quiet}): two peers exchanging SYNCs ten times a second
 * each way over one FIFO link with normal delays, B's clock offset and possibly drifting.
 */
class ClockSyncQuietTest {
    private static final long MS = 1_000_000L;
    private static final long TICK = 20 * MS;

    /** Two peers and the link between them, run in steps of 10 ms of shared time. */
    private static final class Pair {
        final ClockSync a = new ClockSync(0, TICK, true);
        final ClockSync b = new ClockSync(5_000 * MS, TICK, true);
        final SplittableRandom random = new SplittableRandom(7);
        final ArrayDeque<long[]> toB = new ArrayDeque<>();
        final ArrayDeque<long[]> toA = new ArrayDeque<>();
        final ArrayDeque<SyncMessage> toBm = new ArrayDeque<>();
        final ArrayDeque<SyncMessage> toAm = new ArrayDeque<>();
        final double meanMs;
        final double jitterMs;
        final double driftPpm;
        long now;
        long leadNanos;

        Pair(double meanMs, double jitterMs, double driftPpm) {
            this.meanMs = meanMs;
            this.jitterMs = jitterMs;
            this.driftPpm = driftPpm;
            a.found();
            a.linkUp(2);
            b.linkUp(1);
        }

        long clockB() {
            return 9_000_000 * MS + now + (long) (now * driftPpm * 1e-6);
        }

        void run(int seconds) {
            for (long end = now + seconds * 1_000L * MS; now < end; now += 10 * MS) {
                deliver(toB, toBm, b, 1, true);
                deliver(toA, toAm, a, 2, false);
                if (now % (100 * MS) == 0) {
                    send(toB, toBm, a.outgoing(2, now));
                    SyncMessage m = b.outgoing(1, clockB());
                    send(toA, toAm, new SyncMessage(m.networkNanos() + leadNanos, m.sentClockNanos(),
                            m.echoClockNanos(), m.heldNanos(), m.clockState()));
                }
            }
        }

        private void deliver(ArrayDeque<long[]> at, ArrayDeque<SyncMessage> ms, ClockSync to, long from,
                             boolean isB) {
            while (!at.isEmpty() && at.peek()[0] <= now) {
                at.poll();
                SyncMessage m = ms.poll();
                long clock = isB ? clockB() : now;
                if (to.incoming(from, m, clock)) {
                    send(isB ? toA : toB, isB ? toAm : toBm, to.reply(m, clock));
                }
            }
        }

        private void send(ArrayDeque<long[]> at, ArrayDeque<SyncMessage> ms, SyncMessage m) {
            long delay = (long) (Math.max(0, meanMs + jitterMs * random.nextGaussian()) * MS);
            long arrival = Math.max(now + delay, at.isEmpty() ? 0 : at.peekLast()[0]);
            at.add(new long[] {arrival});
            ms.add(m);
        }
    }

    @Test
    void shouldQuietALowJitterLinkOnceItsOffsetAndDriftAreKnown() {
        Pair p = new Pair(1, 0.1, 0);
        p.run(2);
        assertFalse(p.a.quiet(2, p.now), "a new link is loud");
        p.run(60);
        assertTrue(p.a.quiet(2, p.now), "A, settled, quiets its link");
        assertTrue(p.b.settled());
        assertTrue(p.b.quiet(1, p.clockB()), "and so does B once settled");
    }

    @Test
    void shouldKeepLoudALinkWhoseClocksDriftOrJitter() {
        Pair drifting = new Pair(1, 0.1, 100);
        Pair jittery = new Pair(100, 20, 0);
        for (int i = 0; i < 12; i++) {
            drifting.run(10);
            jittery.run(10);
            assertFalse(drifting.a.quiet(2, drifting.now), "100 ppm apart: moves must keep up with the drift");
            assertFalse(jittery.a.quiet(2, jittery.now), "100 ms ± 20 ms: every sample counts");
        }
    }

    @Test
    void shouldGoLoudWhenTheClocksDisagreeAndEverywhereAfterAJump() {
        Pair p = new Pair(1, 0.1, 0);
        p.run(60);
        assertTrue(p.a.quiet(2, p.now));
        long jumps = p.a.jumps();
        p.leadNanos = 200 * MS; // B's time is suddenly ahead (it followed another part of the network).
        p.run(1);
        assertFalse(p.a.quiet(2, p.now), "half a tick apart or more: loud");
        assertTrue(p.a.jumps() > jumps, "A took the lead whole");
        p.leadNanos = 0;
        p.run(Limits.SYNC_LOUD_SECONDS - 2);
        assertFalse(p.a.quiet(2, p.now), "loud for a while after the jump");
        p.run(30);
        assertTrue(p.a.quiet(2, p.now), "quiet again once they agree");
        assertEquals(0, new ClockSync(0, TICK, false).jumps());
    }

    @Test
    void shouldNeverQuietUnderThePapersRule() {
        ClockSync paper = new ClockSync(0, TICK, false);
        paper.found();
        paper.linkUp(2);
        for (long t = 0; t < 60_000 * MS; t += 100 * MS) {
            paper.incoming(2, new SyncMessage(t, t, 0, SyncMessage.NO_ECHO, SyncMessage.SETTLED), t);
        }
        assertFalse(paper.quiet(2, 60_000 * MS));
    }
}
