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
    void shouldHashEveryTickOfTheBuiltInAppsButNotOfTheLargestStates() {
        int docRegion = 8 + 4104;
        assertTrue(docRegion <= Limits.TICK_HASH_REGION_BYTES_MAX, "the built-in apps keep a hash every tick");
        assertTrue(Limits.TICK_HASH_REGION_BYTES_MAX < Limits.STATE_BYTES_MAX / 64,
                "hashing the largest state every tick would cost more than its tick");
    }

    @Test
    void shouldShrinkTheRingForLargeStatesButKeepAtLeastTwoSlots() {
        int slots = Limits.snapshotSlotsFor(64 << 20, Limits.SNAPSHOT_SLOTS_DEFAULT);
        assertEquals(4, slots);
        assertEquals(2, Limits.snapshotSlotsFor(Integer.MAX_VALUE, Limits.SNAPSHOT_SLOTS_DEFAULT));
        assertEquals(Integer.bitCount(Limits.snapshotSlotsFor(3000, 1000)), 1, "a power of two");
    }

    @Test
    void shouldFoundTheTimeAmongWaitingJoinersBeforeAnyOfThemGivesUp() {
        assertTrue(Limits.WAITING_JOINERS_FOUND_SECONDS < Limits.SILENT_NEIGHBOURS_WAIT_SECONDS_MAX,
                "the lowest id founds before --until-tick says nobody holds the time");
        assertTrue(Limits.WAITING_JOINERS_FOUND_SECONDS * 1000L >= 2L * Limits.HANDSHAKE_DEADLINE_MS,
                "a time source behind a timed-out handshake or two is still waited for");
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
        // TransitCosts: weights per transit −max..2·max, costs per Δ 1..max, a spread of ±max/2.
        long max = (long) Limits.AUTO_DELTA_SECONDS_MAX * Limits.FPS_MAX;
        long tableDoubles = (3 * max + 1) + (max + 1) + (2 * (max / 2) + 2);
        assertTrue(tableDoubles * Double.BYTES <= 512 << 10, "cost tables of a peer at the highest fps fit 512 KiB");
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
        // HASH checkpoints go out once a second (a HAVE round): --until-tick's wait for them
        // spans many, and outlasts a handshake and a redial.
        assertTrue(Limits.UNTIL_TICK_CONFIRM_SECONDS_MAX >= 10, "many HASH rounds");
        assertTrue(Limits.UNTIL_TICK_CONFIRM_SECONDS_MAX * 1000L
                >= 2L * (Limits.HANDSHAKE_DEADLINE_MS + Limits.REDIAL_BACKOFF_MAX_MS), "a redial fits twice");
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
        long eventRecordMax = 1 + 4 * 10 + 8 + 10 + (long) Limits.EVENT_ARGS_MAX * (1 + 10) + Limits.EVENT_STRING_BYTES_MAX;
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

    @Test
    void shouldBoundFloodingAndRepairConsistently() {
        assertTrue(Limits.EVENT_HORIZON_SECONDS > Limits.AUTO_DELTA_SECONDS_MAX + 1,
                "an honest event, stamped Δ ahead and a window late, is within the horizon");
        assertTrue(Limits.ORIGIN_EVENTS_PER_SECOND_MAX <= Limits.PENDING_EMITS_MAX,
                "a second of own events can wait for the rate limit");
        long largestEvent = 1 + 10 + 8 + 10 + 5 + 5 + 10L * io.symp.wire.WireLimits.EVENT_ARGS_MAX + 5
                + io.symp.wire.WireLimits.SIGNATURE_BYTES;
        assertTrue(Limits.REPAIR_BYTES_PER_SECOND >= 1000 * largestEvent, "a second of budget repairs a thousand events");
        assertTrue(Limits.REPAIR_BYTES_PER_SECOND >= 1000 * largestEventFrameBytes(),
                "...of the largest, with the longest texts, too");
        assertTrue(Limits.REPAIR_RESEND_SECONDS * 1_000_000_000L > Limits.CATCH_UP_NANOS_PER_ADVANCE_MAX,
                "an event is not resent while its copy is in flight");
        assertTrue(Limits.CATCH_UP_REPAIR_WAIT_SECONDS >= 2, "an owed repair, sent every HAVE round (1 s), comes within the wait");
        assertTrue(Limits.TIMELINE_EVENTS_MAX >= Limits.REPAIR_EVENTS_PER_HAVE_MAX, "a peer keeps at least one HAVE's repair");
        assertTrue(Limits.REPLAY_TIMELINE_EVENTS_MAX >= 2 * Limits.TIMELINE_EVENTS_MAX,
                "a replay trimming at its own ticks keeps what the live peer kept");
        assertTrue(Limits.RETIRED_ORIGINS_MAX >= io.symp.wire.WireLimits.ORIGINS_MAX, "retiring frees room in HAVEs");
    }

    @Test
    void shouldBoundWhatSignaturesKeep() {
        assertTrue(Limits.ORIGIN_KEYS_MAX >= Limits.RATE_ORIGINS_MAX,
                "every origin whose rate is tracked has its key kept");
        assertTrue(Limits.ORIGIN_KEYS_MAX >= Limits.AUTO_DELTA_ORIGINS_MAX, "every origin Δ is estimated for");
        assertTrue(Limits.ORIGIN_KEYS_MAX * 256L <= 8L << 20, "origin keys (about 200 bytes each) hold at most 8 MiB");
        assertTrue(Limits.ORIGINS_TOLD_PER_LINK_MAX <= Limits.ORIGIN_KEYS_MAX, "a link is told at most every key kept");
        assertTrue(Limits.ORIGINS_TOLD_PER_LINK_MAX >= Limits.AUTO_DELTA_ORIGINS_MAX,
                "the origins of a busy network are told each link once");
        assertTrue((long) Limits.LINKS_MAX * Limits.ORIGINS_TOLD_PER_LINK_MAX * 56 <= 64L << 20, "what links were told: at most 64 MiB");
        assertTrue(Limits.SIGNATURE_MEMO_EVENTS_MAX >= 4L * Limits.ORIGIN_EVENTS_PER_SECOND_MAX,
                "the events of a few origins at their rate limit stay remembered for a second");
        assertTrue(Limits.SIGNATURE_MEMO_EVENTS_MAX * 320L <= 4L << 20,
                "remembered signatures: at most 4 MiB a network");
        assertTrue(Limits.SIGNATURE_MEMO_KEYS_MAX >= Limits.ORIGIN_KEYS_MAX,
                "every key a simulated peer keeps stays remembered");
        assertTrue(Limits.SIGNATURE_MEMO_KEYS_MAX * 2L * 320 <= 48L << 20,
                "remembered keys and bindings: at most 48 MiB a network");
        assertTrue(Limits.EVENTS_AWAITING_KEY_MAX >= Limits.LINKS_MAX,
                "a new origin's first event, overtaking its key on every link of a peer, waits on each");
        assertTrue(Limits.EVENTS_AWAITING_KEY_MAX * 4L * largestEventFrameBytes() <= 1L << 20,
                "events awaiting their key (decoded, about four times their frame): at most 1 MiB");
    }

    @Test
    void shouldBoundWhatOneMemberCanDoToAPeer() {
        // A SYNC step stays within the event horizon (an honest event stamped one step ahead
        // is still taken), and a far lead holds for at least one budget window before its
        // first step, so a link's claim is seen on many samples before it moves anything.
        assertTrue(Limits.SYNC_STEP_SECONDS_MAX + Limits.AUTO_DELTA_SECONDS_MAX < Limits.EVENT_HORIZON_SECONDS);
        assertTrue(Limits.SYNC_FAR_LEAD_SECONDS >= Limits.SYNC_MOVE_BUDGET_SECONDS);
        assertTrue(Limits.SYNC_FAR_LEAD_LINKS_MIN >= 2, "a far lead needs more than one link's word");
        // An honest neighbour sends a request and a reply per round, five rounds a second.
        assertTrue(Limits.SYNCS_PER_LINK_PER_SECOND_MAX >= 4 * 2 * 5);
        assertTrue(Limits.SYNC_NANOS_ABS_MAX <= Long.MAX_VALUE / 4, "sums of three values never overflow");
        assertTrue(Limits.SYNC_HELD_SECONDS_MAX * 1_000_000_000L < Limits.SYNC_NANOS_ABS_MAX);
        // A snapshot of the largest state arrives at the repair budget before its ask expires.
        assertTrue((long) Limits.SNAPSHOT_ASK_SECONDS * Limits.REPAIR_BYTES_PER_SECOND
                > io.symp.wire.WireLimits.STATE_BYTES_MAX);
        assertTrue(Limits.SNAPSHOT_SINGLE_WORD_WAIT_SECONDS < Limits.SNAPSHOT_ASK_SECONDS);
        assertTrue(Limits.SYNC_JOIN_WAIT_MS < Limits.SILENT_LINK_SECONDS * 1_000);
        // A HAVE lists at least what an honest timeline holds, and decodes into at most 2 MiB of seqs.
        assertTrue(io.symp.wire.WireLimits.ABOVE_TOTAL_MAX >= Limits.TIMELINE_EVENTS_MAX);
        assertTrue(io.symp.wire.WireLimits.ABOVE_TOTAL_MAX >= io.symp.wire.WireLimits.ABOVE_MAX);
        assertTrue(8L * io.symp.wire.WireLimits.ABOVE_TOTAL_MAX <= 2L << 20);
        // An honest neighbour's HAVEs (connect, rounds, answers) stay well under the HAVE rate.
        assertTrue(Limits.HAVES_PER_LINK_PER_SECOND_MAX >= 4 * 2);
    }

    @Test
    void shouldKeepQuietLinksAliveAndTheirClocksWithinATick() {
        // A quiet link's longest gap between SYNCs (1.5 intervals) leaves the dead-link timer
        // two of them to see, and a far lead (seen on every sample for SYNC_FAR_LEAD_SECONDS)
        // still gets two samples before it is stepped towards.
        long gapMaxMs = Limits.SYNC_QUIET_INTERVAL_MS * 3L / 2;
        assertTrue(2 * gapMaxMs <= Limits.SILENT_LINK_SECONDS * 1_000L);
        assertTrue(2 * gapMaxMs <= Limits.SYNC_FAR_LEAD_SECONDS * 1_000L);
        // Loud long enough to span several quiet intervals (the neighbours hear of a jump).
        assertTrue(Limits.SYNC_LOUD_SECONDS * 1_000L >= 5 * Limits.SYNC_QUIET_INTERVAL_MS);
        // Loud again at twice the bound: still a small part of the half tick that turns it loud,
        // summed along a 14-hop line.
        assertTrue(Limits.SYNC_QUIET_UNCERTAINTY_TICK_DIVISOR >= 2 * 2 * 4, "2 bounds × √14 < ½ tick");
        // A rate needs a few seconds of samples, and the drift gate must pass for an NTP-kept
        // clock (a few ppm) yet fail for a free-running crystal pair (tens to hundreds of ppm).
        assertTrue(Limits.SYNC_QUIET_SAMPLES_MIN >= 5 * 10, "five seconds at ten a second");
        assertTrue(Limits.SYNC_QUIET_DRIFT_PPM_MAX >= 5 && Limits.SYNC_QUIET_DRIFT_PPM_MAX <= 20);
        // Quiet SYNCs are well under the rate a neighbour's SYNCs are taken at.
        assertTrue(Limits.SYNCS_PER_LINK_PER_SECOND_MAX * Limits.SYNC_QUIET_INTERVAL_MS >= 10 * 1_000);
    }

    @Test
    void shouldCarryTheLargestBatchInOneFrameAndLetAWholeOneWaitForItsKey() throws io.symp.wire.MalformedFrameException {
        assertEquals(Limits.EVENT_BATCH_EVENTS_MAX, io.symp.wire.WireLimits.BATCH_EVENTS_MAX, "decoder and peer share the bound");
        java.util.List<io.symp.app.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < Limits.EVENT_BATCH_EVENTS_MAX; i++) {
            io.symp.app.EventArgs.Builder args = io.symp.app.EventArgs.builder().bytes(new byte[Limits.EVENT_STRING_BYTES_MAX]);
            for (int a = 1; a < Limits.EVENT_ARGS_MAX; a++) {
                args.number(Long.MIN_VALUE);
            }
            long tick = i == 0 ? 1 : Long.MAX_VALUE;
            events.add(new io.symp.app.Event(tick, -1, Limits.SEQ_MAX - Limits.EVENT_BATCH_EVENTS_MAX + 1 + i,
                    Integer.MAX_VALUE, args.build()));
        }
        byte[] frame = io.symp.wire.MessageCodec.encode(new io.symp.wire.EventBatchMessage(events, Integer.MAX_VALUE,
                new byte[io.symp.wire.WireLimits.SIGNATURE_BYTES]));
        assertTrue(frame.length <= io.symp.wire.WireLimits.FRAME_OVERHEAD_BYTES_MAX, frame.length + " bytes");
        assertEquals(events, ((io.symp.wire.EventBatchMessage) io.symp.wire.MessageCodec.decode(frame, 0, frame.length))
                .events());
        assertTrue(Limits.EVENTS_AWAITING_KEY_MAX >= Limits.EVENT_BATCH_EVENTS_MAX, "a whole batch may wait for its key");
        assertTrue(Limits.ORIGIN_EVENTS_PER_SECOND_MAX / 50 <= Limits.EVENT_BATCH_EVENTS_MAX,
                "at 50 FPS a tick's events at the rate limit fit one batch");
    }

    /** The largest event frame: the longest byte string, then numbers of the longest varints. */
    private static int largestEventFrameBytes() {
        io.symp.app.EventArgs.Builder args = io.symp.app.EventArgs.builder().bytes(new byte[Limits.EVENT_STRING_BYTES_MAX]);
        for (int i = 1; i < Limits.EVENT_ARGS_MAX; i++) {
            args.number(Long.MIN_VALUE);
        }
        io.symp.app.Event e = new io.symp.app.Event(Long.MAX_VALUE, -1, Limits.SEQ_MAX, Integer.MAX_VALUE, args.build());
        return io.symp.wire.MessageCodec.encode(new io.symp.wire.EventMessage(e, Integer.MAX_VALUE)).length;
    }

    @Test
    void shouldCarryAnEventOfTheLongestArgumentsInAFrameAndALogRecord() throws io.symp.wire.MalformedFrameException {
        assertEquals(Limits.ARG_BYTES_MAX, io.symp.wire.WireLimits.ARG_BYTES_MAX, "decoder and peer share the bound");
        assertEquals(Limits.EVENT_ARGS_MAX, io.symp.wire.WireLimits.EVENT_ARGS_MAX, "decoder and peer share the bound");
        long eventFrameMax = 1 + 10 + 8 + 10 + 5 + 10 + (long) Limits.EVENT_ARGS_MAX * (1 + 10)
                + 2 + Limits.EVENT_STRING_BYTES_MAX + 5 + io.symp.wire.WireLimits.SIGNATURE_BYTES;
        int frame = largestEventFrameBytes();
        assertTrue(frame <= eventFrameMax, "frame of " + frame + " bytes within the bound computed here");
        assertTrue(eventFrameMax <= io.symp.wire.WireLimits.HANDSHAKE_FRAME_BYTES_MAX * 2L,
                "an event stays a small frame, far below a snapshot's");
        assertTrue(Limits.ARG_BYTES_MAX <= io.symp.wire.WireLimits.TEXT_BYTES_MAX,
                "an argument is no longer than a text the wire already takes");
        assertTrue(Limits.ARG_BYTES_MAX <= Limits.EVENT_STRING_BYTES_MAX, "one argument of the longest fits an event");
        // An event in memory: its objects and arrays, a byte array per argument and the bytes.
        long eventBytesMax = 128 + Limits.EVENT_ARGS_MAX * (8 + 8 + 1) + 16L * Limits.EVENT_ARGS_MAX
                + Limits.EVENT_STRING_BYTES_MAX;
        assertTrue((long) Limits.TIMELINE_EVENTS_MAX * eventBytesMax <= Limits.SNAPSHOT_RING_BYTES_MAX,
                "a full timeline of the largest events takes no more than the snapshot ring: "
                        + ((long) Limits.TIMELINE_EVENTS_MAX * eventBytesMax >> 20) + " MB");
    }
}
