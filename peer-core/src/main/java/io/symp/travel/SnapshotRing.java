package io.symp.travel;

import io.symp.app.State;
import io.symp.core.Check;

/**
 * Snapshots of the state every {@code interval} ticks, in slots preallocated once. The ticks
 * held are kept in order, so the newest snapshot before any tick is a binary search away. When
 * the slots are full, the {@link SnapshotRetention} says which snapshot makes room: the oldest
 * ({@code RECENT}, a fixed reach) or the one whose loss widens the gaps least relative to their
 * age ({@code SPACED}, an unbounded reach: the oldest stays until {@link #dropOldest()}).
 */
public final class SnapshotRing {
    private final int interval;
    private final SnapshotRetention retention;
    private final byte[][] regions;
    private final long[] slotTicks;
    /** Slot indices in ascending tick order; the first {@code held} are in use. */
    private final int[] order;
    private int held;

    /** A ring keeping the newest snapshots ({@link SnapshotRetention#RECENT}). */
    public SnapshotRing(int interval, int slots, int regionBytes) {
        this(interval, slots, regionBytes, SnapshotRetention.RECENT);
    }

    /**
     * @param interval    ticks between snapshots (K), at least 1
     * @param slots       number of snapshots kept, a power of two, at least 2
     * @param regionBytes size of a state region, header included
     * @param retention   which snapshot makes room when the slots are full
     */
    public SnapshotRing(int interval, int slots, int regionBytes, SnapshotRetention retention) {
        Check.argument(interval >= 1, "snapshot interval must be >= 1, got " + interval);
        Check.argument(slots >= 2 && Integer.bitCount(slots) == 1, "snapshot slots must be a power of two >= 2, got " + slots);
        this.interval = interval;
        this.retention = retention;
        this.regions = new byte[slots][regionBytes];
        this.slotTicks = new long[slots];
        this.order = new int[slots];
        for (int i = 0; i < slots; i++) {
            order[i] = i;
        }
    }

    public int interval() {
        return interval;
    }

    public int slots() {
        return regions.length;
    }

    public SnapshotRetention retention() {
        return retention;
    }

    /** Snapshots held now. */
    public int count() {
        return held;
    }

    /** Whether a snapshot is due at {@code tick}. */
    public boolean isDue(long tick) {
        return tick % interval == 0;
    }

    /**
     * How far back, in ticks, the ring reaches: at least (slots - 1) intervals when it keeps the
     * recent ones; when spaced, as far as its oldest snapshot, however old.
     */
    public long reachTicks() {
        if (retention == SnapshotRetention.RECENT || held == 0) {
            return (long) (regions.length - 1) * interval;
        }
        return newestTick() - oldestTick();
    }

    /**
     * Saves {@code state} as the snapshot of {@code tick}, over the one held for that tick if any.
     * Ticks are normally multiples of the interval; a snapshot adopted from the network may fall
     * anywhere. A tick older than the newest that is not held (thinned away) is not saved again.
     */
    public void save(long tick, State state) {
        Check.state(tick >= 0, "snapshot tick is not negative", tick, 0);
        // Live ticks save past the newest: no search then (one per due tick on every peer).
        int at = held > 0 && tick > newestTick() ? -1 : indexOf(tick);
        if (at >= 0) {
            copyIn(order[at], state);
            return;
        }
        if (held > 0 && tick < newestTick()) {
            return;
        }
        if (held == regions.length) {
            removeAt(victim(tick));
        }
        int slot = order[held];
        slotTicks[slot] = tick;
        copyIn(slot, state);
        held++;
    }

    /** The newest snapshot tick at or before {@code tick}, or -1 when none is held. */
    public long newestAtOrBefore(long tick) {
        int lo = 0;
        int hi = held - 1;
        long found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long t = slotTicks[order[mid]];
            if (t <= tick) {
                found = t;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The oldest snapshot tick held, or -1 when empty: no late event can reach before it. */
    public long oldestTick() {
        return held == 0 ? -1 : slotTicks[order[0]];
    }

    /** The newest snapshot tick held, or -1. */
    public long newestTick() {
        return held == 0 ? -1 : slotTicks[order[held - 1]];
    }

    /** Copies the snapshot of {@code tick} into {@code state}; it must be held. */
    public void restore(long tick, State state) {
        byte[] region = bytes(tick);
        System.arraycopy(region, 0, state.region(), 0, region.length);
    }

    /** The raw bytes of the snapshot of {@code tick} (a live view; do not modify). */
    public byte[] bytes(long tick) {
        int at = indexOf(tick);
        Check.state(at >= 0, "snapshot is held", tick, newestAtOrBefore(tick));
        return regions[order[at]];
    }

    /**
     * Forgets the oldest snapshot (history older than the next one can then be folded); the
     * newest is always kept.
     *
     * @return whether one was dropped
     */
    public boolean dropOldest() {
        if (held < 2) {
            return false;
        }
        removeAt(0);
        return true;
    }

    /** Forgets everything, for a peer that adopts a snapshot from the network. */
    public void clear() {
        held = 0;
    }

    /** The position (in tick order) of the snapshot that makes room for one at {@code tick}. */
    private int victim(long tick) {
        if (retention == SnapshotRetention.RECENT) {
            return 0;
        }
        if (held < 3) {
            return held - 1;
        }
        // Dropping i merges the gaps on its sides; a late event just before the next snapshot,
        // d ticks deep, then re-simulates d + gap ticks. Keep gap / d small everywhere.
        int best = 1;
        double bestCost = Double.MAX_VALUE;
        for (int i = 1; i < held - 1; i++) {
            long next = slotTicks[order[i + 1]];
            double gap = next - slotTicks[order[i - 1]];
            double cost = gap / (double) (tick - next + interval);
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
            }
        }
        return best;
    }

    private void removeAt(int at) {
        int slot = order[at];
        System.arraycopy(order, at + 1, order, at, held - at - 1);
        held--;
        order[held] = slot;
    }

    private int indexOf(long tick) {
        int lo = 0;
        int hi = held - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long t = slotTicks[order[mid]];
            if (t == tick) {
                return mid;
            }
            if (t < tick) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private void copyIn(int slot, State state) {
        System.arraycopy(state.region(), 0, regions[slot], 0, regions[slot].length);
    }
}
