package io.symp.travel;

import io.symp.app.State;
import io.symp.core.Check;

/**
 * Snapshots of the state every {@code interval} ticks, in a ring preallocated once (a power of
 * two of slots, indexed by {@code (tick / interval) & mask}, as the Disruptor indexes its ring).
 * It always holds the newest {@code slots} snapshot ticks that have been saved, so the oldest
 * tick a late event can reach back to is bounded and known: {@link #oldestTick()}.
 */
public final class SnapshotRing {
    private final int interval;
    private final int mask;
    private final byte[][] regions;
    private final long[] ticks;
    private long newest = -1;
    private long oldest = -1;

    /**
     * @param interval ticks between snapshots (K), at least 1
     * @param slots    number of snapshots kept, a power of two, at least 2
     * @param regionBytes size of a state region, header included
     */
    public SnapshotRing(int interval, int slots, int regionBytes) {
        Check.argument(interval >= 1, "snapshot interval must be >= 1, got " + interval);
        Check.argument(slots >= 2 && Integer.bitCount(slots) == 1, "snapshot slots must be a power of two >= 2, got " + slots);
        this.interval = interval;
        this.mask = slots - 1;
        this.regions = new byte[slots][regionBytes];
        this.ticks = new long[slots];
        java.util.Arrays.fill(ticks, -1);
    }

    public int interval() {
        return interval;
    }

    public int slots() {
        return regions.length;
    }

    /** Whether a snapshot is due at {@code tick}. */
    public boolean isDue(long tick) {
        return tick % interval == 0;
    }

    /** How far back, in ticks, the ring reaches at least: (slots - 1) intervals. */
    public long reachTicks() {
        return (long) mask * interval;
    }

    /**
     * Saves {@code state} as the snapshot of {@code tick}. Ticks are normally multiples of the
     * interval; a snapshot adopted from the network may fall anywhere and takes its interval's
     * slot.
     */
    public void save(long tick, State state) {
        Check.state(tick >= 0, "snapshot tick is not negative", tick, 0);
        int slot = slot(tick);
        System.arraycopy(state.region(), 0, regions[slot], 0, regions[slot].length);
        ticks[slot] = tick;
        if (tick > newest) {
            newest = tick;
            oldest = oldest < 0 ? tick : Math.max(oldest, (tick / interval - mask) * interval);
        }
    }

    /** The newest snapshot tick at or before {@code tick}, or -1 when none is held. */
    public long newestAtOrBefore(long tick) {
        if (tick < oldest || newest < 0) {
            return -1;
        }
        for (long bucket = Math.min(tick, newest) / interval; bucket >= oldest / interval; bucket--) {
            long held = ticks[slot(bucket * interval)];
            if (held >= oldest && held / interval == bucket && held <= tick) {
                return held;
            }
        }
        return -1;
    }

    /** The oldest snapshot tick held, or -1 when empty: no late event can reach before it. */
    public long oldestTick() {
        if (oldest < 0) {
            return -1;
        }
        long held = ticks[slot(oldest)];
        return held >= oldest ? held : oldest;
    }

    /** The newest snapshot tick held, or -1. */
    public long newestTick() {
        return newest;
    }

    /** Copies the snapshot of {@code tick} into {@code state}; it must be held. */
    public void restore(long tick, State state) {
        int slot = slot(tick);
        Check.state(ticks[slot] == tick, "snapshot is held", tick, ticks[slot]);
        System.arraycopy(regions[slot], 0, state.region(), 0, regions[slot].length);
    }

    /** The raw bytes of the snapshot of {@code tick} (a live view; do not modify). */
    public byte[] bytes(long tick) {
        int slot = slot(tick);
        Check.state(ticks[slot] == tick, "snapshot is held", tick, ticks[slot]);
        return regions[slot];
    }

    /** Forgets everything, for a peer that adopts a snapshot from the network. */
    public void clear() {
        java.util.Arrays.fill(ticks, -1);
        newest = -1;
        oldest = -1;
    }

    private int slot(long tick) {
        return (int) ((tick / interval) & mask);
    }
}
