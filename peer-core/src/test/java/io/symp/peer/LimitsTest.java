package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the bounds in {@link Limits} must relate to each other. */
class LimitsTest {
    @Test
    void shouldReachBackFurtherThanTheLongestUsefulDelta() {
        long reachTicks = (long) Limits.SNAPSHOT_INTERVAL_DEFAULT * (Limits.SNAPSHOT_SLOTS_DEFAULT - 1);
        long tenMinutesAtDefaultFps = 10L * 60 * 50;
        assertTrue(reachTicks > tenMinutesAtDefaultFps, "partitions of minutes can still be repaired");
    }

    @Test
    void shouldKeepTheDefaultRingWithinItsMemoryBudgetForTheBuiltInApps() {
        int docRegion = 8 + 4104;
        int slots = Limits.snapshotSlotsFor(docRegion, Limits.SNAPSHOT_SLOTS_DEFAULT);
        assertTrue((long) slots * docRegion <= Limits.SNAPSHOT_RING_BYTES_MAX);
        assertEquals(Limits.SNAPSHOT_SLOTS_DEFAULT, slots, "small states keep every slot");
    }

    @Test
    void shouldShrinkTheRingForLargeStatesButKeepAtLeastTwoSlots() {
        int slots = Limits.snapshotSlotsFor(64 << 20, Limits.SNAPSHOT_SLOTS_DEFAULT);
        assertEquals(4, slots);
        assertEquals(2, Limits.snapshotSlotsFor(Integer.MAX_VALUE, Limits.SNAPSHOT_SLOTS_DEFAULT));
        assertEquals(Integer.bitCount(Limits.snapshotSlotsFor(3000, 1000)), 1, "a power of two");
    }

    @Test
    void shouldCatchUpFasterThanTicksArrive() {
        assertTrue(Limits.CATCH_UP_SPREAD >= 2);
        assertTrue(Limits.CATCH_UP_TICKS_PER_ADVANCE_MAX > Limits.FPS_MAX, "more than a second of ticks per advance");
        assertTrue(Limits.REPAIR_EVENTS_PER_HAVE_MAX >= Limits.PENDING_EMITS_MAX);
    }

    @Test
    void shouldMeasureLongEnoughForAutoDeltaAndKeepItsTablesSmall() {
        assertTrue(Limits.AUTO_DELTA_RATE_WINDOW_SECONDS >= Limits.AUTO_DELTA_WARMUP_SECONDS,
                "the rate is measured over at least the warm-up");
        assertTrue(Limits.AUTO_DELTA_SAMPLES_MIN <= 2 * Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN, "two origins can fill it");
        long tableDoubles = 3L * Limits.AUTO_DELTA_SECONDS_MAX * Limits.FPS_MAX + 2;
        assertTrue(tableDoubles * Double.BYTES <= 256 << 10, "cost tables of a peer at the highest fps fit 256 KiB");
    }

    @Test
    void shouldBoundTheTransportBeforeAndAfterTrust() {
        int helloBytes = 1 + 2 * (5 + io.symp.wire.WireLimits.TEXT_BYTES_MAX) + 4 * 5 + 2 * 8;
        assertTrue(io.symp.wire.WireLimits.HANDSHAKE_FRAME_BYTES_MAX >= helloBytes, "any valid HELLO fits");
        assertTrue(io.symp.wire.WireLimits.HANDSHAKE_FRAME_BYTES_MAX * 1024 <= io.symp.wire.WireLimits.FRAME_BYTES_MAX,
                "strangers get far less than members");
        assertTrue(Limits.PENDING_HANDSHAKES_PER_ADDRESS_MAX * 8 <= Limits.PENDING_HANDSHAKES_MAX,
                "one address holds at most an eighth of the pending slots");
        // A pending connection holds at most a TLS record (16 KiB plus its header) and a small frame.
        long pendingBytes = (long) Limits.PENDING_HANDSHAKES_MAX * (16_709 + io.symp.wire.WireLimits.HANDSHAKE_FRAME_BYTES_MAX);
        assertTrue(pendingBytes <= 8L << 20, "pending connections hold at most 8 MiB of buffers");
        assertTrue(Limits.OUTBOUND_BYTES_PER_LINK_MAX >= io.symp.wire.WireLimits.FRAME_BYTES_MAX,
                "a full snapshot can always be queued");
        assertTrue(Limits.INBOUND_MESSAGES_PER_LINK_MAX >= Limits.SYNC_ROUNDS_PER_HAVE * 100, "pauses are for floods");
        assertTrue(Limits.LINK_REPLACE_SILENT_MS < Limits.HANDSHAKE_DEADLINE_MS);
        assertTrue(Limits.HANDSHAKE_DEADLINE_MS <= 10_000, "a slow-loris slot is freed within seconds");
    }
}
