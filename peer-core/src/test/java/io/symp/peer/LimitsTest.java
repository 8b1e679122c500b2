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
    void shouldCarryASnapshotOfTheLargestStateInOneFrame() throws io.symp.wire.MalformedFrameException {
        assertEquals(Limits.STATE_BYTES_MAX + io.symp.app.State.HEADER_BYTES, io.symp.wire.WireLimits.STATE_BYTES_MAX,
                "the wire carries the region of the largest state an app may have");
        io.symp.timeline.VersionVector held = new io.symp.timeline.VersionVector();
        for (int origin = 1; origin <= io.symp.wire.WireLimits.ORIGINS_MAX; origin++) {
            held.raiseWatermark(Long.MAX_VALUE - origin, Limits.SEQ_MAX);
        }
        byte[] region = new byte[io.symp.wire.WireLimits.STATE_BYTES_MAX];
        byte[] frame = io.symp.wire.MessageCodec.encode(new io.symp.wire.SnapshotMessage(Long.MAX_VALUE, region, held));
        assertTrue(frame.length <= io.symp.wire.WireLimits.FRAME_BYTES_MAX, "frame of " + frame.length + " bytes");
        assertTrue(io.symp.wire.MessageCodec.decode(frame, 0, frame.length) instanceof io.symp.wire.SnapshotMessage);
    }

    @Test
    void shouldWriteLogBlocksThatReadersTake() {
        long snapshotRecordMax = 1 + 10 + 5 + (long) Limits.STATE_BYTES_MAX + io.symp.app.State.HEADER_BYTES;
        assertTrue(Limits.LOG_BLOCK_BYTES_MAX >= snapshotRecordMax, "a snapshot of the largest state fits a block");
        long eventRecordMax = 1 + 4 * 10 + 8 + 10 + (long) Limits.EVENT_ARGS_MAX * 10;
        assertTrue(Limits.LOG_BLOCK_BYTES_MAX >= Limits.LOG_BLOCK_FLUSH_BYTES + eventRecordMax,
                "a block flushed at the threshold, plus the record that crossed it, fits");
    }

    @Test
    void shouldKeepTheRingOfTheLargestStateWithinItsBudget() {
        int region = Limits.STATE_BYTES_MAX + io.symp.app.State.HEADER_BYTES;
        int slots = Limits.snapshotSlotsFor(region, Limits.SNAPSHOT_SLOTS_DEFAULT);
        assertTrue((long) slots * region <= Limits.SNAPSHOT_RING_BYTES_MAX, slots + " slots");
    }

    @Test
    void shouldAnswerLinksWhileCatchingUpAndNeverOverflowASeq() {
        assertTrue(Limits.CATCH_UP_NANOS_PER_ADVANCE_MAX * 10 <= Limits.SILENT_LINK_SECONDS * 1_000_000_000L,
                "an advance takes a small part of the silence that kills a link");
        assertTrue(Limits.SEQ_MAX + Limits.PENDING_EMITS_MAX < Long.MAX_VALUE / 2, "seq + 1 never overflows");
        assertEquals(Limits.SEQ_MAX, io.symp.wire.WireLimits.SEQ_MAX, "decoder and peer share the bound");
    }
}
