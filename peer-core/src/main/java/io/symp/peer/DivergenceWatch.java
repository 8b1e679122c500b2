package io.symp.peer;

import io.symp.app.Event;
import io.symp.hash.StateHash;
import io.symp.travel.TimeMachine;
import io.symp.wire.HashMessage;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live divergence detection. Once a second each peer sends its neighbours the state hash of a
 * past checkpoint tick, with a digest of the events it holds at or before that tick (count and
 * an order-independent hash of their ids). A neighbour compares hashes only when the digests
 * agree, so an event that is merely late never looks like a divergence; equal events with
 * unequal states are one: a non-deterministic app, a corrupted peer, a different build.
 */
final class DivergenceWatch {
    private static final Logger log = LoggerFactory.getLogger(DivergenceWatch.class);
    private static final int CHECKPOINTS_KEPT = 64;

    private final TimeMachine machine;
    private final PeerListener listener;
    private final long selfId;
    private final int checkpointTicks;
    private final int settleTicks;
    private long foldedCount;
    private long foldedDigest;
    /** Count and digest of every event on the timeline, so a checkpoint costs only the events after it. */
    private long timelineCount;
    private long timelineDigest;
    private long divergences;
    /** Checkpoint ticks already compared, per neighbour: each is reported at most once. */
    private final TreeMap<Long, Long> comparedUpTo = new TreeMap<>();
    private final java.util.TreeSet<Long> divergedWith = new java.util.TreeSet<>();
    /** Where a checkpoint's state is rebuilt: one per peer, not one per checkpoint (16 MiB each for big states). */
    private io.symp.app.State scratch;

    DivergenceWatch(TimeMachine machine, PeerListener listener, long selfId, int fps, int deltaTicks) {
        this.machine = machine;
        this.listener = listener;
        this.selfId = selfId;
        this.checkpointTicks = fps;
        this.settleTicks = deltaTicks + fps;
    }

    long divergences() {
        return divergences;
    }

    /**
     * The newest checkpoint tick at which neighbour {@code peerId} reported the same events as
     * this peer held through it (-1: none yet).
     */
    long agreedThrough(long peerId) {
        return comparedUpTo.getOrDefault(peerId, -1L);
    }

    /** An event entered the timeline: counted until it leaves it. */
    void taken(Event e) {
        timelineCount++;
        timelineDigest += idHash(e);
    }

    /** Events leaving the timeline stay counted in the digest of every later checkpoint. */
    void folding(Event e) {
        foldedCount++;
        foldedDigest += idHash(e);
        timelineCount--;
        timelineDigest -= idHash(e);
    }

    /**
     * After a snapshot replaced the history: its events (as offered, {@code count} with
     * {@code digest}) count as folded, and the timeline is counted again.
     */
    void adopted(long count, long digest) {
        foldedCount = count;
        foldedDigest = digest;
        recount();
    }

    /** The count and digest of the events held at or before {@code tick}. */
    long[] digestAt(long tick) {
        return digest(tick);
    }

    /** After a snapshot replaced the history: the timeline is counted again. */
    void recount() {
        timelineCount = 0;
        timelineDigest = 0;
        for (Event e : machine.timeline().all()) {
            taken(e);
        }
    }

    /** The message for the newest settled checkpoint, or null when there is none yet. */
    HashMessage checkpoint() {
        long tick = (machine.tick() - settleTicks) / checkpointTicks * checkpointTicks;
        if (tick <= 0 || tick < machine.snapshots().oldestTick()) {
            return null;
        }
        long[] digest = digest(tick);
        return new HashMessage(tick, hashAt(tick), digest[0], digest[1]);
    }

    /** A neighbour's checkpoint: compared with ours when both saw the same events. */
    void compare(Link link, HashMessage theirs) {
        long tick = theirs.tick();
        if (tick > machine.tick() || tick < machine.snapshots().oldestTick() + 1
                || tick <= comparedUpTo.getOrDefault(link.peerId(), -1L)) {
            return;
        }
        long[] digest = digest(tick);
        if (digest[0] != theirs.eventCount() || digest[1] != theirs.eventDigest()) {
            return;
        }
        comparedUpTo.put(link.peerId(), tick);
        if (comparedUpTo.size() > CHECKPOINTS_KEPT) {
            comparedUpTo.pollFirstEntry();
        }
        long ours = hashAt(tick);
        if (ours != theirs.hash()) {
            divergences++;
            // The first divergence with each neighbour is the news; later checkpoints repeat it.
            boolean first = divergedWith.add(link.peerId());
            (first ? log.atError() : log.atDebug()).log(
                    "DIVERGENCE at tick {}: peer {} has state {} and peer {} has {}, with the same {} events",
                    tick, Long.toUnsignedString(selfId), StateHash.hex(ours), link.describe(),
                    StateHash.hex(theirs.hash()), digest[0]);
            listener.divergence(tick, ours, theirs.hash(), link);
        }
    }

    private long hashAt(long tick) {
        if (scratch == null || scratch.size() != machine.state().size()) {
            scratch = new io.symp.app.State(machine.state().size());
        }
        // replay overwrites all of scratch from a snapshot before it simulates.
        machine.replay(tick, tick, scratch, (t, s) -> true);
        return scratch.hash();
    }

    private long[] digest(long tick) {
        long count = foldedCount + timelineCount;
        long sum = foldedDigest + timelineDigest;
        for (Event e : machine.timeline().between(tick + 1, Long.MAX_VALUE - 1)) {
            count--;
            sum -= idHash(e);
        }
        return new long[] {count, sum};
    }

    private static long idHash(Event e) {
        return io.symp.core.Mix.mix64(e.origin() * 0x9E3779B97F4A7C15L + e.seq());
    }
}
