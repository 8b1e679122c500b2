package io.symp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.Limits;
import io.symp.wire.SyncMessage;
import org.junit.jupiter.api.Test;

/**
 * What one neighbour's SYNCs can do to a peer that holds the network's time (docs/SECURITY.md):
 * one SYNC far ahead moves nothing, a step at most within the link's budget, a far lead only
 * when two links report it, no field value overflows; a joiner still takes the time whole.
 */
class ClockSyncBoundsTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final long TICK = 20 * MS;
    private static final int DELTA_TICKS = 25;
    private static final long HOUR = 3_600 * SECOND;

    /** A settled peer with links 2 (honest) and 3 (hostile), at clock time 100 s. */
    private static ClockSync settledVictim() {
        ClockSync v = new ClockSync(0, TICK, true, DELTA_TICKS);
        v.found();
        v.linkUp(2);
        v.linkUp(3);
        return v;
    }

    /** Link {@code peer} answers v's request at clock {@code now}, claiming to be {@code aheadNanos} ahead. */
    private static void answer(ClockSync v, long peer, long now, long aheadNanos) {
        SyncMessage request = v.outgoing(peer, now);
        SyncMessage reply = new SyncMessage(request.networkNanos() + aheadNanos, now, request.sentClockNanos(), 0,
                SyncMessage.SETTLED);
        v.incoming(peer, reply, now + MS);
    }

    @Test
    void shouldNotMoveASyncedPeerForOneSyncAnHourAhead() {
        ClockSync v = settledVictim();
        long now = 100 * SECOND;
        for (int i = 0; i < 20; i++, now += 200 * MS) {
            answer(v, 2, now, 0);
        }
        long before = v.networkNanos(now);
        answer(v, 3, now, HOUR);
        assertEquals(before, v.networkNanos(now), "not moved by one SYNC an hour ahead");
        assertTrue(v.refused() >= 1);
    }

    @Test
    void shouldLetOneLinkDragTheTimeAtMostAStepPerBudgetWindow() {
        ClockSync v = settledVictim();
        long now = 100 * SECOND;
        long start = v.networkNanos(now);
        int seconds = 60;
        for (int i = 0; i < seconds * 5; i++, now += 200 * MS) {
            answer(v, 2, now, 0);
            answer(v, 3, now, HOUR);
        }
        long moved = v.networkNanos(now) - start - seconds * SECOND;
        long bound = v.stepNanosMax() * (1 + seconds / Limits.SYNC_MOVE_BUDGET_SECONDS);
        assertTrue(moved <= bound, "moved " + moved / MS + " ms, at most " + bound / MS);
        assertTrue(v.stepNanosMax() <= DELTA_TICKS * TICK + Limits.SYNC_STEP_SECONDS_MAX * SECOND);
    }

    @Test
    void shouldTakeALeadWithinOneStepFromOneLink() {
        ClockSync v = settledVictim();
        long now = 100 * SECOND;
        long before = v.networkNanos(now);
        answer(v, 3, now, 2 * SECOND);
        long moved = v.networkNanos(now) - before;
        assertTrue(Math.abs(moved - 2 * SECOND) < 10 * MS, "moved " + moved / MS + " ms");
    }

    @Test
    void shouldTakeAFarLeadThatTwoLinksAgreeOn() {
        ClockSync v = settledVictim();
        long now = 100 * SECOND;
        long before = v.networkNanos(now);
        answer(v, 2, now, 60 * SECOND);
        answer(v, 3, now, 61 * SECOND);
        long moved = v.networkNanos(now) - before;
        assertTrue(Math.abs(moved - 60 * SECOND) < 10 * MS, "moved by the smaller lead: " + moved / MS + " ms");
    }

    @Test
    void shouldLetAJoinerTakeTheNetworksTimeWhole() {
        ClockSync joiner = new ClockSync(0, TICK, true, DELTA_TICKS);
        joiner.linkUp(2);
        long now = 5 * SECOND;
        long before = joiner.networkNanos(now);
        answer(joiner, 2, now, HOUR);
        assertTrue(joiner.synced());
        long moved = joiner.networkNanos(now) - before;
        assertTrue(Math.abs(moved - HOUR) < 10 * MS, "moved " + moved / MS + " ms");
    }

    @Test
    void shouldRefuseValuesNearTheEndsOfALongWithoutOverflow() {
        ClockSync v = settledVictim();
        long now = 100 * SECOND;
        long before = v.networkNanos(now);
        long[] edges = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 1L << 62, -(1L << 62)};
        for (long edge : edges) {
            v.incoming(3, new SyncMessage(edge, now, 0, SyncMessage.NO_ECHO, SyncMessage.SETTLED), now);
            v.incoming(3, new SyncMessage(0, edge, 0, SyncMessage.NO_ECHO, SyncMessage.SETTLED), now);
            v.incoming(3, new SyncMessage(0, now, edge, 0, SyncMessage.SETTLED), now);
            v.incoming(3, new SyncMessage(0, now, now - MS, edge, SyncMessage.SETTLED), now);
            v.incoming(3, new SyncMessage(0, now, now - MS, 0, SyncMessage.SETTLED, edge), now);
        }
        assertEquals(before, v.networkNanos(now));
        assertTrue(v.refused() >= 5 * edges.length - 2, "refused " + v.refused());
        assertTrue(v.rttNanos(3) < SECOND, "no absurd round trip learnt: " + v.rttNanos(3));
    }

    @Test
    void shouldTakeAtMostTheRateOfSyncsFromOneLink() {
        ClockSync v = settledVictim();
        long now = 100 * SECOND;
        int answered = 0;
        for (int i = 0; i < 1_000; i++) {
            SyncMessage request = new SyncMessage(0, now, 0, SyncMessage.NO_ECHO, SyncMessage.SETTLED);
            if (v.incoming(3, request, now + i * 1_000L)) {
                answered++;
            }
        }
        assertEquals(Limits.SYNCS_PER_LINK_PER_SECOND_MAX, answered, "one second's worth answered");
    }
}
